package dev.azscsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir Path dir;

    private Settings sample() {
        return Settings.defaults().withLanguage("fr").withTheme("dark")
                .withConnection("AzureCloud", "device-code", null, null, "contoso.onmicrosoft.com", null, "healthy")
                .withWindow(new WindowBounds(10, 20, 1000, 700, false))
                .withRecentRegistration(new RecentRegistration("dd8597b4-8739-4467-8b10-f8679f62bfbf", "azurestack", "reg", null))
                .withRecentCustomer(new RecentCustomer("e09a4e93-29a7-4eba-a6d4-76202383f07f", null));
    }

    @Test
    void aMissingFileGivesDefaultsQuietly() {
        SettingsStore.Loaded l = new SettingsStore(dir.resolve("not-yet")).load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.recovery()).isEmpty();
    }

    @Test
    void whatIsSavedIsReadBackAndTheFolderIsMade() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("deep/er"));
        store.save(sample());
        SettingsStore.Loaded l = store.load();
        assertThat(l.recovery()).isEmpty();
        assertThat(l.settings()).isEqualTo(sample());
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(sample());
        store.save(sample().withLanguage("en"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsStore.FILE_NAME);
        }
        assertThat(store.load().settings().language()).isEqualTo("en");
    }

    @Test
    void aTruncatedFileIsSetAsideAndDefaultsAreUsed() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(sample());
        String full = Files.readString(store.file());
        Files.writeString(store.file(), full.substring(0, full.length() / 2));
        SettingsStore.Loaded l = store.load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.recovery()).hasValueSatisfying(r -> {
            assertThat(r.backup()).exists().hasFileName(r.backup().getFileName().toString());
            assertThat(r.backup().getFileName().toString()).startsWith("settings.json.broken-");
            assertThat(r.reason()).contains("not valid JSON");
        });
        assertThat(store.file()).doesNotExist();
    }

    @Test
    void anEmptyOrNonObjectFileIsBrokenToo() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "");
        assertThat(store.load().recovery()).isPresent();
        Files.writeString(store.file(), "[1, 2]");
        SettingsStore.Loaded l = store.load();
        assertThat(l.recovery()).hasValueSatisfying(r -> assertThat(r.reason()).contains("not a JSON object"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("settings.json.broken-"))).hasSize(2);
        }
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), "{\"version\":9,\"language\":\"fr\",\"futureThing\":{\"a\":1}}", StandardCharsets.UTF_8);
        SettingsStore.Loaded l = store.load();
        assertThat(l.recovery()).isEmpty();
        assertThat(l.settings().language()).isEqualTo("fr");
    }

    @Test
    void theFileHoldsOnlyWhatWasGiven() throws IOException {
        SettingsStore store = new SettingsStore(dir);
        store.save(sample());
        String text = Files.readString(store.file());
        assertThat(text).contains("\"signIn\" : \"device-code\"").doesNotContain("secret");
    }
}
