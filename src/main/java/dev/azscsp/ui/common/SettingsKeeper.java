package dev.azscsp.ui.common;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.azscsp.settings.Settings;
import dev.azscsp.settings.SettingsStore;

/**
 * The settings as the running app knows them, saved in the background after each change (one writer thread, so
 * saves land in order and never on the JavaFX thread).
 */
public final class SettingsKeeper implements AutoCloseable {
    /** Not a constant: the settings are read before the logging is set up (see Preload), and need no log line then. */
    private static Logger log() { return LoggerFactory.getLogger(SettingsKeeper.class); }

    private final SettingsStore store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private final Optional<SettingsStore.Recovery> recovery;
    private volatile Settings current;

    public SettingsKeeper(SettingsStore store) {
        this.store = store;
        SettingsStore.Loaded loaded = store.load();
        this.current = loaded.settings();
        this.recovery = loaded.recovery();
        recovery.ifPresent(r -> log().warn("Settings file set aside ({}); backup: {}", r.reason(), r.backup()));
    }

    public Settings get() { return current; }

    /** Present when the settings file was broken at start and defaults are used. */
    public Optional<SettingsStore.Recovery> recovery() { return recovery; }

    public SettingsStore store() { return store; }

    public synchronized void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(current);
        if (next.equals(current)) return;
        current = next;
        if (writer.isShutdown()) {
            save(next);   // a change made while the app closes (the window's last size and place) is still kept
        } else {
            writer.execute(() -> save(next));
        }
    }

    private void save(Settings s) {
        try {
            store.save(s);
        } catch (IOException e) {
            log().warn("Settings not saved to {}", store.file(), e);
        }
    }

    /** Waits for pending saves (at exit). */
    public void flush() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            log().debug("Settings flush", e);
        }
    }

    @Override
    public void close() {
        flush();
        writer.shutdown();
    }
}
