package dev.azscsp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Counts are written as a reader would write them: "1 registration", "2 registrations", « 1 inscription », « 0 ligne
 * vérifiée », never "registration(s)" or « vérifié(s) ». A text with a count picks its form with a choice format.
 */
class PluralsTest {
    private static final Pattern SHORTCUT = Pattern.compile("\\p{L}\\((?:s|x|e|es)\\)");

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/azscsp"))) {
            return files.filter(p -> p.getFileName().toString().matches("messages(_fr)?\\.properties")).sorted().toList();
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    void noTextWritesAPluralAsAShortcut() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path bundle : bundles()) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                if (SHORTCUT.matcher(p.getProperty(key)).find()) bad.add(bundle.getFileName() + " " + key + ": " + p.getProperty(key));
            }
        }
        assertThat(bundles()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(bad).as(bad.size() + " texts").isEmpty();
    }

    @Test
    void everyChoiceFormatsForNoneOneAndMany() throws IOException {
        for (Path bundle : bundles()) {
            Locale locale = bundle.getFileName().toString().contains("_fr") ? Locale.FRENCH : Locale.ENGLISH;
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (!v.contains(",choice,")) continue;
                for (long n : new long[] {0, 1, 2, 1500}) {
                    Object[] args = new Object[10];
                    java.util.Arrays.fill(args, n);
                    String out = new MessageFormat(v, locale).format(args);
                    assertThat(out).as(bundle.getFileName() + " " + key + " with " + n).doesNotContain("{").doesNotContain("|");
                }
            }
        }
    }

    @Test
    void theCheckerCatchesWhatItIsFor() {
        assertThat(SHORTCUT.matcher("2 registration(s)").find()).isTrue();
        assertThat(SHORTCUT.matcher("jeu(x) de permissions").find()).isTrue();
        assertThat(SHORTCUT.matcher("ligne(s) vérifiée(s)").find()).isTrue();
        assertThat(SHORTCUT.matcher("the roles (see below) and {0} (s)").find()).isFalse();
    }
}
