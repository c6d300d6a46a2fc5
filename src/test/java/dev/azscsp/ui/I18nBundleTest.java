package dev.azscsp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.azscsp.app.SignIn;
import dev.azscsp.catalog.Severity;
import dev.azscsp.catalog.Shell;
import dev.azscsp.demo.Scenario;
import dev.azscsp.diagnosis.Intent;
import dev.azscsp.ui.main.Page;

/** The two bundles say the same things, every key the UI asks for exists, and MessageFormat quoting is right. */
class I18nBundleTest {
    private static final Path RESOURCES = Path.of("src/main/resources/dev/azscsp/ui");
    private static final Path SOURCES = Path.of("src/main/java/dev/azscsp/ui");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream("/dev/azscsp/ui/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheUiUsesExists() throws IOException {
        Properties en = load("messages.properties");
        List<String> used = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = Pattern.compile("\"%([A-Za-z0-9.\\-]+)\"").matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = Pattern.compile("(?:get|format|text)\\(\"([a-z][A-Za-z0-9]*\\.[A-Za-z0-9.\\-]*[A-Za-z0-9])\"").matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
                Matcher k = Pattern.compile("\"((?:nav|hint|connect\\.error)\\.[A-Za-z]+)\"").matcher(Files.readString(f));
                while (k.find()) used.add(k.group(1));
            }
        }
        for (Scenario s : Scenario.values()) {
            used.add("scenario." + s.key() + ".title");
            used.add("scenario." + s.key() + ".description");
        }
        for (Intent i : Intent.values()) used.add("intent." + i.name());
        for (Severity s : Severity.values()) used.add("severity." + s.name());
        for (Shell s : Shell.values()) used.add("shell." + s.key());
        for (Page p : Page.values()) used.add(p.titleKey());
        for (SignIn s : SignIn.values()) used.add("connect.method.help." + s.key());
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(used).allSatisfy(k -> assertThat(en).as("key " + k).containsKey(k));
    }

    @Test
    void apostrophesAreQuotedOnlyWhereMessageFormatReadsThem() throws IOException {
        for (String name : List.of("messages.properties", "messages_fr.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                boolean formatted = v.matches("(?s).*\\{\\d.*");
                if (formatted) {
                    assertThat(v.replace("''", "")).as(name + " " + key + " goes through MessageFormat").doesNotContain("'");
                } else {
                    assertThat(v).as(name + " " + key + " is shown as written").doesNotContain("''");
                }
            }
        }
    }

    @Test
    void aTextHasAtMostOneMnemonic() throws IOException {
        for (String name : List.of("messages.properties", "messages_fr.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (key.startsWith("scenario.") || key.startsWith("connect.method.help.") || v.contains("://")) continue;
                assertThat(v.chars().filter(c -> c == '_').count()).as(name + " " + key).isLessThanOrEqualTo(1);
            }
        }
    }

    /** A banner never counts what is not there ("Other findings: 0"). */
    @Test
    void theResultBannerNamesOtherFindingsOnlyWhenThereAreSome() {
        for (dev.azscsp.i18n.Language l : dev.azscsp.i18n.Language.values()) {
            dev.azscsp.ui.common.I18n i18n = new dev.azscsp.ui.common.I18n(l);
            String none = i18n.format("result.problem.text", 0);
            assertThat(none).as(l + ": " + none).doesNotContain("0").doesNotContain(":");
            assertThat(i18n.format("result.problem.text", 2)).as(l.toString())
                    .endsWith(l == dev.azscsp.i18n.Language.FR ? "Autres constats\u00a0: 2." : "Other findings: 2.");
        }
    }
}
