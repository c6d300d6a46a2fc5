package dev.azscsp.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.SettingsKeeper;

/** What the window needs from disk is read on another thread, and a failure there surfaces as it would have. */
class PreloadTest {
    @TempDir Path home;

    @Test
    void readsTheSettingsTheCatalogAndThePasteReaderOffTheCallingThread() {
        AtomicReference<Thread> reader = new AtomicReference<>();
        Preload p = new Preload(() -> {
            reader.set(Thread.currentThread());
            return new SettingsKeeper(new SettingsStore(home));
        }, ErrorCatalog::shipped);
        try (SettingsKeeper settings = p.settings()) {
            assertThat(settings.store().folder()).isEqualTo(home);
            assertThat(p.catalog().codes()).isNotEmpty();
            assertThat(p.pasteReader().read("Code: RegistrationNotFound").primaryCode()).isEqualTo("RegistrationNotFound");
            assertThat(reader.get()).isNotSameAs(Thread.currentThread());
            assertThat(reader.get().isDaemon()).isTrue();
        }
    }

    @Test
    void aFailureSurfacesUnwrappedWhereTheResultIsTaken() {
        Preload p = new Preload(() -> { throw new IllegalStateException("settings folder unreadable"); },
                () -> { throw new IllegalArgumentException("catalog broken"); });
        assertThatThrownBy(p::settings).isInstanceOf(IllegalStateException.class).hasMessage("settings folder unreadable");
        assertThatThrownBy(p::catalog).isInstanceOf(IllegalArgumentException.class).hasMessage("catalog broken");
        assertThatThrownBy(p::pasteReader).isInstanceOf(IllegalArgumentException.class).hasMessage("catalog broken");
    }
}
