package dev.azscsp.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.azscsp.i18n.Language;

/**
 * A value in a command can never become code: whatever the values, every command keeps the shape of its template
 * in PowerShell's reading and, for the Azure CLI lines, in a real bash; values that are not valid ARM ids or names
 * stay placeholders with a note.
 */
class CommandSafetyTest {
    static final ErrorCatalog CATALOG = ErrorCatalog.shipped();
    static final String HOSTILE_NAME = "AzureStack-1\u201a;Start-Process calc;#";
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";

    @Test
    void aPastedNameThatClosesAPowerShellStringOnALowSingleQuoteStaysOutOfEveryCommand() {
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, SUB).with(Placeholder.RESOURCE_GROUP, "azurestack")
                .with(Placeholder.REGISTRATION_NAME, HOSTILE_NAME);
        for (Language lang : Language.values()) {
            ErrorCard card = CATALOG.card("RegistrationNotFound", lang, v);
            List<ErrorCard.Command> commands = commands(card);
            assertThat(commands).extracting(ErrorCard.Command::text).noneMatch(t -> t.contains("Start-Process"));
            String marker = CATALOG.marker(Placeholder.REGISTRATION_NAME, lang);
            List<ErrorCard.Command> naming = commands.stream().filter(c -> c.text().contains("/registrations/" + marker)).toList();
            assertThat(naming).as("commands that name the registration").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.note()).contains(marker));
            assertThat(commands).filteredOn(c -> c.text().contains(SUB)).isNotEmpty();   // the good values stay
            assertThat(card.details()).contains(HOSTILE_NAME);                        // the service's message as said
        }
    }

    @Test
    void validValuesAreFilledInAndNeedNoNote() {
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, SUB).with(Placeholder.RESOURCE_GROUP, "rg_(prod).eu-1")
                .with(Placeholder.REGISTRATION_NAME, "AzureStack-5bf881b2-6be7-42a1-9f47-d6fcb6737747")
                .with(Placeholder.CUSTOMER_SUBSCRIPTION_ID, "e09a4e93-29a7-4eba-a6d4-76202383f07f");
        for (CodeInfo c : CATALOG.codes()) {
            for (ErrorCard.Command cmd : commands(CATALOG.card(c.code(), Language.FR, v))) {
                assertThat(cmd.note()).as(c.code() + ": " + cmd.text()).isNull();
            }
        }
        assertThat(commands(CATALOG.card("RegistrationNotFound", Language.EN, v))).extracting(ErrorCard.Command::text)
                .anyMatch(t -> t.contains("/resourceGroups/rg_(prod).eu-1/providers/Microsoft.AzureStack/registrations/AzureStack-5bf881b2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's", "a\u2019b", "x\u201bcalc", "x\"y", "x`y", "$(calc)", "a&calc", "a|b", "a\nb",
            "a\u202eb", "a b", "reg."})
    void aNameThatIsNotAnArmNameIsNotPutIntoAnyCommand(String name) {
        Values v = Values.empty().with(Placeholder.REGISTRATION_NAME, name).with(Placeholder.RESOURCE_GROUP, name);
        for (CodeInfo c : CATALOG.codes()) {
            for (ErrorCard.Command cmd : commands(CATALOG.card(c.code(), Language.EN, v))) {
                if (cmd.shell() == Shell.TEXT) continue;
                assertThat(cmd.text()).doesNotContain(name);
            }
        }
    }

    @Test
    void idsWithLookAlikeDigitsAreNotIds() {
        String fullWidth = "\uff44\uff44\uff18\uff15\uff19\uff17\uff42\uff14-8739-4467-8b10-f8679f62bfbf";
        String arabicIndic = "\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661-8739-4467-8b10-f8679f62bfbf";
        for (String id : List.of(fullWidth, arabicIndic)) {
            ErrorCard card = CATALOG.card("SubscriptionNotFound", Language.EN, Values.empty().with(Placeholder.SUBSCRIPTION_ID, id));
            assertThat(commands(card)).extracting(ErrorCard.Command::text).noneMatch(t -> t.contains(id));
            assertThat(commands(card)).filteredOn(c -> c.text().contains(CATALOG.marker(Placeholder.SUBSCRIPTION_ID, Language.EN)))
                    .isNotEmpty().allSatisfy(c -> assertThat(c.note()).isNotNull());
        }
    }

    /** Markers too: a French marker with a typographic apostrophe once ended PowerShell's string in the middle. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void commandsWithPlaceholdersKeepTheShapeOfTheirTemplateInEveryShell(Language lang) {
        for (CodeInfo c : CATALOG.codes()) assertShapeKept(CATALOG.card(c.code(), lang, Values.empty()));
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("'\u2018\u2019\u201a\u201b\"\u201c\u201d\u201e`$();&|<>^%\\ \n#{}-_.aZ09")
                        .ofMaxLength(40),
                Arbitraries.strings().withChars("'\u2018\u2019\u201a\u201b\"`$();&|aZ09-").ofMinLength(1).ofMaxLength(12)
                        .map(s -> "AzureStack-" + s));
    }

    @Property(tries = 400)
    void noValueChangesTheShapeOfACommand(@ForAll("hostile") String a, @ForAll("hostile") String b,
                                          @ForAll boolean french) {
        Map<Placeholder, String> m = new EnumMap<>(Placeholder.class);
        for (Placeholder p : Placeholder.values()) m.put(p, p.ordinal() % 2 == 0 ? a : b);
        Language lang = french ? Language.FR : Language.EN;
        for (CodeInfo c : CATALOG.codes()) assertShapeKept(CATALOG.card(c.code(), lang, Values.of(m)));
    }

    /** The Azure CLI lines run in a real bash: the arguments az receives are the template's, and nothing else runs. */
    @ParameterizedTest
    @ValueSource(strings = {"x'; touch PWNED; echo '", "$(touch PWNED)", "`touch PWNED`", "a\u201a;touch PWNED;\u201a",
            "reg\ntouch PWNED", "AzureStack-1"})
    void azureCliLinesRunInBashWithTheirArgumentsIntact(String name, @TempDir Path dir) throws Exception {
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, SUB).with(Placeholder.RESOURCE_GROUP, "azurestack")
                .with(Placeholder.REGISTRATION_NAME, name).with(Placeholder.CUSTOMER_SUBSCRIPTION_ID, name);
        Values markersOnly = Values.empty().with(Placeholder.SUBSCRIPTION_ID, SUB).with(Placeholder.RESOURCE_GROUP, "azurestack");
        for (String code : List.of("RegistrationNotFound", "CustomerSubscriptionNotFound")) {
            List<ErrorCard.Command> cli = commands(CATALOG.card(code, Language.EN, v)).stream()
                    .filter(c -> c.shell() == Shell.AZURE_CLI).toList();
            List<ErrorCard.Command> expected = commands(CATALOG.card(code, Language.EN, markersOnly)).stream()
                    .filter(c -> c.shell() == Shell.AZURE_CLI).toList();
            assertThat(cli).isNotEmpty().hasSameSizeAs(expected);
            List<String> all = new ArrayList<>();
            for (int i = 0; i < cli.size(); i++) {
                List<String> args = bashArguments(cli.get(i).text(), dir);
                assertThat(args).hasSameSizeAs(bashArguments(expected.get(i).text(), dir));
                all.addAll(args);
            }
            if (name.equals("AzureStack-1")) assertThat(all).anyMatch(a -> a.matches(".*/registrations/AzureStack-1[]/].*"));
            assertThat(dir.resolve("PWNED")).doesNotExist();
        }
    }

    @Test
    void theCatalogRefusesAPlaceholderOutsideSingleQuotes() {
        Map<String, String> files = validFixture();
        files.put("commands.json", "{\"commands\":[{\"id\":\"ps.get\",\"shell\":\"powershell\","
                + "\"template\":\"Get-AzResource -ResourceId \\\"{registrationName}\\\"\"}]}");
        assertThatThrownBy(() -> ErrorCatalog.load(open(files))).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.getMessage()).contains("commands.json", "ps.get", "{registrationName}", "single quotes"));
    }

    @Test
    void theCatalogRefusesFreeTextInACommand() {
        Map<String, String> files = validFixture();
        files.put("commands.json", "{\"commands\":[{\"id\":\"ps.get\",\"shell\":\"powershell\",\"template\":\"Write-Output '{detail}'\"}]}");
        assertThatThrownBy(() -> ErrorCatalog.load(open(files))).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.getMessage()).contains("ps.get", "{detail}"));
    }

    @Test
    void theCatalogRefusesAMarkerThatWouldEndAQuotedArgument() {
        Map<String, String> files = validFixture();
        files.put("texts_fr.json", files.get("texts_fr.json").replace("<registrationName fr>", "<nom de l\u2019inscription>"));
        assertThatThrownBy(() -> ErrorCatalog.load(open(files))).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.getMessage()).contains("texts_fr.json", "markers.registrationName", "U+2019"));
    }

    @Test
    void theCatalogNeedsANoteThatNamesTheWithheldPlaceholders() {
        Map<String, String> files = validFixture();
        files.put("texts_en.json", files.get("texts_en.json").replace("Not filled in: {0}.", "Not filled in."));
        assertThatThrownBy(() -> ErrorCatalog.load(open(files))).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.getMessage()).contains("texts_en.json", "withheldNote"));
        assertThat(ErrorCatalog.load(open(validFixture())).codes()).hasSize(1);
    }

    // ---- helpers

    static List<ErrorCard.Command> commands(ErrorCard card) {
        List<ErrorCard.Command> out = new ArrayList<>();
        for (ErrorCard.Action a : card.actions()) out.addAll(a.commands());
        return out;
    }

    /** Every command reads, in its shells, as its template does: same code outside the quoted strings. */
    static void assertShapeKept(ErrorCard card) {
        List<ErrorCard.Command> empty = commands(CATALOG.card(card.code(), card.language(), Values.empty()));
        List<ErrorCard.Command> actual = commands(card);
        for (int i = 0; i < actual.size(); i++) {
            ErrorCard.Command cmd = actual.get(i);
            if (cmd.shell() == Shell.TEXT) continue;
            String template = templateOf(cmd, empty.get(i));
            assertThat(ShellShape.powershell(cmd.text())).as(card.code() + " in PowerShell: " + cmd.text())
                    .isEqualTo(ShellShape.powershell(template));
            if (cmd.shell() == Shell.AZURE_CLI) {
                assertThat(ShellShape.posix(cmd.text())).as(card.code() + " in bash: " + cmd.text())
                        .isEqualTo(ShellShape.posix(template));
            }
        }
    }

    /** The command with every filled-in value or marker written back as an innocent word (the template's shape). */
    private static String templateOf(ErrorCard.Command cmd, ErrorCard.Command withMarkers) {
        String s = withMarkers.text();
        for (Language l : Language.values()) {
            for (Placeholder p : Placeholder.values()) s = s.replace(CATALOG.marker(p, l), "X");
        }
        return s.replace(ErrorCatalog.DEFAULT_API_VERSION, "X");
    }

    private static List<String> bashArguments(String command, Path dir) throws IOException, InterruptedException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "az() { printf '%s\\n' \"$#\"; for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done; }\n"
                + command + "\n", StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("bash", script.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).isNotEmpty();
        int n = Integer.parseInt(lines.get(0));
        return lines.subList(1, 1 + n);
    }

    static Map<String, String> validFixture() {
        Map<String, String> files = new HashMap<>();
        for (String f : List.of("codes.json", "commands.json", "texts_en.json", "texts_fr.json")) {
            try (InputStream in = CommandSafetyTest.class.getResourceAsStream("/catalog-valid/" + f)) {
                files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return files;
    }

    static java.util.function.Function<String, InputStream> open(Map<String, String> files) {
        return f -> files.containsKey(f) ? new ByteArrayInputStream(files.get(f).getBytes(StandardCharsets.UTF_8)) : null;
    }
}
