package dev.azscsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings file that is not what the app writes: too deep, too big, or not a file at all. Each is set aside like
 * any damaged file, and loading gives the defaults, so the window opens.
 */
class SettingsHostileFilesTest {
    @TempDir Path dir;

    private SettingsStore store() { return new SettingsStore(dir); }

    private static void assertSetAside(SettingsStore.Loaded l, String reason) {
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.recovery()).hasValueSatisfying(r -> {
            assertThat(r.reason()).contains(reason);
            assertThat(r.backup()).isNotNull();
            assertThat(r.backup().getFileName().toString()).startsWith(SettingsStore.FILE_NAME + ".broken-");
        });
    }

    /** Loads on another thread so a hang fails the test rather than the build. */
    private SettingsStore.Loaded loadWithin(SettingsStore store, int seconds) throws Exception {
        CompletableFuture<SettingsStore.Loaded> f = CompletableFuture.supplyAsync(store::load);
        return f.get(seconds, TimeUnit.SECONDS);
    }

    @Test
    void thousandsOfNestedArraysAreSetAside() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "{\"language\":" + "[".repeat(1001) + "]".repeat(1001) + "}");
        assertSetAside(store.load(), "nested");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void deepObjectsAreSetAsideToo() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        assertSetAside(store.load(), "nested");
    }

    @Test
    void aHugeSparseFileIsSetAsideWithoutBeingRead() throws IOException {
        SettingsStore store = store();
        try (RandomAccessFile f = new RandomAccessFile(store.file().toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024 + 10);   // sparse: takes no disk
        }
        assertSetAside(store.load(), "too big");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void aFileJustOverTheLimitIsSetAside() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "{\"language\":\"fr\"," + " ".repeat(SettingsStore.MAX_BYTES) + "}");
        assertSetAside(store.load(), "too big");
    }

    @Test
    void aSymlinkToDevZeroIsSetAside() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "/dev/zero exists (Linux, macOS)");
        SettingsStore store = store();
        Files.createSymbolicLink(store.file(), zero);
        assertSetAside(loadWithin(store, 20), "not a regular file");
        assertThat(store.file()).doesNotExist();
        assertThat(zero).exists();   // the link was moved, not what it points at
    }

    @Test
    void aFifoIsSetAsideWithoutWaitingForAWriter() throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"), "Linux");
        SettingsStore store = store();
        Process p = new ProcessBuilder("mkfifo", store.file().toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo works here");
        assertSetAside(loadWithin(store, 20), "not a regular file");
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void aSymlinkToASmallRegularFileIsFollowed() throws IOException {
        SettingsStore real = new SettingsStore(dir.resolve("dotfiles"));
        real.save(Settings.defaults().withLanguage("fr"));
        SettingsStore store = store();
        Files.createSymbolicLink(store.file(), real.file());
        SettingsStore.Loaded l = store.load();
        assertThat(l.recovery()).isEmpty();
        assertThat(l.settings().language()).isEqualTo("fr");
        assertThat(Files.isSymbolicLink(store.file())).isTrue();
    }

    @Test
    void aDanglingSymlinkGivesDefaultsQuietly() throws IOException {
        SettingsStore store = store();
        Files.createSymbolicLink(store.file(), dir.resolve("gone.json"));
        SettingsStore.Loaded l = store.load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(Files.exists(store.file(), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void aFolderInPlaceOfTheFileIsLeftWhereItIs() throws IOException {
        SettingsStore store = store();
        Files.createDirectory(store.file());
        SettingsStore.Loaded l = store.load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.recovery()).hasValueSatisfying(r -> assertThat(r.reason()).contains("folder"));
        assertThat(store.file()).isDirectory();
    }

    @Test
    void valuesOfTheWrongTypeAreSetAsideNotThrown() throws IOException {
        SettingsStore store = store();
        Files.writeString(store.file(), "{\"version\":\"x\",\"window\":[1,2],\"recentRegistrations\":{\"a\":1}}");
        SettingsStore.Loaded l = store.load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.recovery()).isPresent();
    }
}
