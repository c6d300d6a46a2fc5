package dev.azscsp.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.LoggerFactory;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.paste.DomainPastedErrorReader;
import dev.azscsp.ui.paste.PastedErrorReader;

/**
 * What the window needs from disk, read on a background thread while JavaFX starts its toolkit (which keeps the
 * main thread waiting for about half a second): the settings, the catalog, the paste reader made from it, and the
 * logging set-up.
 * The JavaFX thread then takes them ready-made instead of reading them before the first window can show.
 */
final class Preload {
    private final CompletableFuture<SettingsKeeper> settings = new CompletableFuture<>();
    private final CompletableFuture<ErrorCatalog> catalog = new CompletableFuture<>();
    private final CompletableFuture<PastedErrorReader> pasteReader = new CompletableFuture<>();

    Preload(Supplier<SettingsKeeper> settings, Supplier<ErrorCatalog> catalog) {
        // One thread: the settings first, as the window needs them first, then the catalog, then the logging set-up
        // (the first log line would make it anyway; until it is done, SLF4J queues lines instead of blocking). A
        // daemon, so a failure to start the toolkit never leaves the process hanging on it.
        Thread t = new Thread(() -> {
            complete(this.settings, settings);
            complete(this.catalog, catalog);
            complete(pasteReader, () -> new DomainPastedErrorReader(this.catalog.join()));
            LoggerFactory.getILoggerFactory();
        }, "preload");
        t.setDaemon(true);
        t.start();
    }

    static Preload start() {
        return new Preload(() -> new SettingsKeeper(SettingsStore.forCurrentUser()), ErrorCatalog::shipped);
    }

    private static <T> void complete(CompletableFuture<T> f, Supplier<T> work) {
        try {
            f.complete(work.get());
        } catch (Throwable e) {
            f.completeExceptionally(e);
        }
    }

    SettingsKeeper settings() { return join(settings); }

    ErrorCatalog catalog() { return join(catalog); }

    /** The paste page's reader, whose patterns are built from the catalog. */
    PastedErrorReader pasteReader() { return join(pasteReader); }

    /** Waits if the work is not done yet; a failure surfaces as it would have without the preload. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
