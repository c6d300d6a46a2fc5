package dev.azscsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two windows open at once, and a crash in the middle of a save, never leave a settings file that cannot be read. */
class SettingsConcurrencyTest {

    @Test
    void twoInstancesSavingAtOnceLeaveAReadableFile(@TempDir Path folder) throws Exception {
        SettingsStore first = new SettingsStore(folder);
        SettingsStore second = new SettingsStore(folder);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> jobs = new ArrayList<>();
        for (SettingsStore store : List.of(first, second)) {
            String lang = store == first ? "en" : "fr";
            jobs.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 200; i++) store.save(Settings.defaults().withLanguage(lang));
                return null;
            }));
        }
        // A third reader keeps loading while both write: it must never see a broken file.
        jobs.add(pool.submit(() -> {
            go.await();
            for (int i = 0; i < 400; i++) {
                SettingsStore.Loaded l = new SettingsStore(folder).load();
                assertThat(l.recovery()).as("read %d", i).isEmpty();
            }
            return null;
        }));
        go.countDown();
        for (Future<?> f : jobs) f.get();
        pool.shutdown();
        SettingsStore.Loaded last = first.load();
        assertThat(last.recovery()).isEmpty();
        assertThat(last.settings().language()).isIn("en", "fr");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
    }

    @Test
    void aSaveCutShortLeavesTheLastGoodFileInPlace(@TempDir Path folder) throws Exception {
        SettingsStore store = new SettingsStore(folder);
        store.save(Settings.defaults().withLanguage("fr"));
        // What a crash mid-write leaves: a half-written temporary file beside the real one.
        Files.writeString(folder.resolve(SettingsStore.FILE_NAME + ".123.tmp"), "{\"language\":\"e");
        SettingsStore.Loaded l = store.load();
        assertThat(l.recovery()).isEmpty();
        assertThat(l.settings().language()).isEqualTo("fr");
    }
}
