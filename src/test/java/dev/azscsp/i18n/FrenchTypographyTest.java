package dev.azscsp.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Values;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.report.DiagnosisReport;
import dev.azscsp.report.InputRow;
import dev.azscsp.report.TicketText;

/**
 * French typography over every French text the app can produce: the bundles, the catalog's French texts, and the
 * tickets and reports made from them. A non-breaking space (U+00A0 or U+202F) before {@code : ; ! ?} and inside « »,
 * never a plain space there and never a colon glued to the word before it; « » rather than English double quotes.
 * Commands, addresses, placeholders and code in backticks are set aside first: they are not French prose. The
 * service's own messages are facts, quoted as Microsoft wrote them, and are not ours to correct.
 */
class FrenchTypographyTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.shipped();
    private static final String[] BUNDLES = {"/dev/azscsp/ui/i18n/messages_fr.properties",
            "/dev/azscsp/diagnosis/messages_fr.properties", "/dev/azscsp/report/messages_fr.properties"};

    @Test
    void everyFrenchBundleText() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String bundle : BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.forEach((k, v) -> texts.put(bundle.substring(bundle.lastIndexOf("/dev/azscsp/") + 12) + " " + k, (String) v));
        }
        assertClean(texts);
    }

    @Test
    void everyFrenchCatalogText() throws IOException {
        JsonNode root;
        try (InputStream in = getClass().getResourceAsStream("/dev/azscsp/catalog/texts_fr.json")) {
            root = new ObjectMapper().readTree(in);
        }
        Map<String, String> texts = new TreeMap<>();
        collect(root, "texts_fr.json", texts);
        assertClean(texts);
    }

    @Test
    void everyFrenchTicketAndReport() throws InterruptedException {
        Map<String, String> texts = new TreeMap<>();
        Values v = Values.empty().with(Placeholder.SUBSCRIPTION_ID, "dd8597b4-8739-4467-8b10-f8679f62bfbf")
                .with(Placeholder.RESOURCE_GROUP, "azurestack").with(Placeholder.REGISTRATION_NAME, "AzureStack-1")
                .with(Placeholder.CUSTOMER_SUBSCRIPTION_ID, "e09a4e93-29a7-4eba-a6d4-76202383f07f");
        List<InputRow> rows = List.of(new InputRow("ID de l\u2019abonnement", "dd8597b4-8739-4467-8b10-f8679f62bfbf"));
        for (CodeInfo c : CATALOG.codes()) {
            ErrorCard card = CATALOG.card(c.code(), Language.FR, v);
            texts.put("ticket " + c.code(), withoutFacts(card, TicketText.plain(card, rows, null, false)));
            texts.put("markdown " + c.code(), withoutFacts(card, TicketText.markdown(card, rows, null, false)));
        }
        DiagnosisReport report = new DiagnosisReport(CATALOG);
        dev.azscsp.report.RunContext ctx = new dev.azscsp.report.RunContext("1.0.0", "AzureCloud", "https://management.azure.com",
                "2017-06-01", java.time.Instant.parse("2026-11-30T08:00:00Z"));
        for (Scenario s : Scenario.values()) {
            if (s == Scenario.SLOW) continue;
            Diagnosis d = Diagnostician.standard(new SimulatedAzure(s, java.time.Duration.ZERO), java.time.Duration.ofSeconds(10))
                    .run(dev.azscsp.diagnosis.input.InputRules.check(s.input()), null);
            ErrorCard primary = report.primaryCard(d, Language.FR, "2017-06-01");
            texts.put("report " + s, withoutAnswers(d, withoutFacts(primary, report.plain(d, Language.FR, ctx, false))));
            texts.put("report.md " + s, withoutAnswers(d, withoutFacts(primary, report.markdown(d, Language.FR, ctx, false))));
        }
        assertClean(texts);
    }

    /** What ARM answered is quoted as it came (in English): set aside. */
    private static String withoutAnswers(Diagnosis d, String text) {
        String out = text;
        for (var c : d.checks()) {
            if (c.failure() != null && c.failure().message() != null) out = out.replace(c.failure().message(), " ");
        }
        if (d.primaryAnswer() != null && d.primaryAnswer().message() != null) out = out.replace(d.primaryAnswer().message(), " ");
        return out;
    }

    /** Commands and the service's quoted message are set aside: they are not our French. */
    private static String withoutFacts(ErrorCard card, String text) {
        if (card == null) return text;
        String out = text;
        for (ErrorCard.Action a : card.actions()) {
            for (ErrorCard.Command c : a.commands()) {
                for (String line : c.text().split("\n")) if (!line.isBlank()) out = out.replace(line, " ");
            }
        }
        for (String msg : card.info().messages().values()) out = out.replace(msg, " ");
        for (String msg : card.info().messageVariants()) out = out.replace(msg, " ");
        // A service card's details are the service's message with the user's values in it.
        if (card.info().origin() == dev.azscsp.catalog.Origin.SERVICE && card.details() != null) {
            for (String line : card.details().split("\n")) if (!line.isBlank()) out = out.replace(line, " ");
        }
        return out;
    }

    private static void collect(JsonNode n, String path, Map<String, String> out) {
        if (n.isTextual()) out.put(path, n.asText());
        else if (n.isArray()) for (int i = 0; i < n.size(); i++) collect(n.get(i), path + "[" + i + "]", out);
        else if (n.isObject()) n.fields().forEachRemaining(e -> collect(e.getValue(), path + "." + e.getKey(), out));
    }

    private static final Pattern SET_ASIDE = Pattern.compile(
            "https?://\\S+"                      // addresses
            + "|`[^`\\n]*`"                       // code
            + "|\\{[^{}\\n]*\\}"                  // placeholders, MessageFormat arguments
            + "|\\b[\\w.-]+/[\\w./{}-]+"          // resource types and paths (Microsoft.AzureStack/registrations)
            + "|\\[[A-Za-z -]+\\]"                // [PowerShell], [Azure CLI]
            + "|\\b\\d{1,2}:\\d{2}\\b");          // times
    private static final Pattern PLAIN_SPACE_BEFORE = Pattern.compile(" [:;!?]");
    private static final Pattern GLUED = Pattern.compile("[\\p{L}\\p{N})»\\]][:;!?](?=\\s|$)");
    private static final Pattern LINE_STARTS_WITH_COLON = Pattern.compile("(?m)^\\s*[:;]");
    private static final Pattern ENGLISH_QUOTES = Pattern.compile("[\"\u201C\u201D]");
    private static final Pattern BARE_GUILLEMETS = Pattern.compile("«[^\u00a0\u202f]|[^\u00a0\u202f]»");
    /** One term per thing: the checks say « association » / « associé » for a mapping, so every page says it too. */
    private static final Pattern MAPPING_ANGLICISM = Pattern.compile("(?i)\\bmapp(?:age|é|e|er)");

    static List<String> problems(String text) {
        String t = SET_ASIDE.matcher(text).replaceAll("X");   // a word in their place: « X » still needs its spaces
        List<String> out = new ArrayList<>();
        find(PLAIN_SPACE_BEFORE, t, "plain space before punctuation", out);
        find(GLUED, t, "punctuation glued to the word before it", out);
        find(LINE_STARTS_WITH_COLON, t, "a line starting with a colon", out);
        find(ENGLISH_QUOTES, t, "English quotes instead of « »", out);
        find(BARE_GUILLEMETS, t, "« » without a non-breaking space inside", out);
        find(MAPPING_ANGLICISM, t, "« mappage » / « mappé » where the app says « association » / « associé »", out);
        return out;
    }

    private static void find(Pattern p, String t, String what, List<String> out) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30), to = Math.min(t.length(), m.end() + 30);
            out.add(what + ": \u2026" + t.substring(from, to).replace('\n', '\u23CE') + "\u2026");
        }
    }

    private static void assertClean(Map<String, String> texts) {
        Map<String, List<String>> bad = new TreeMap<>();
        texts.forEach((where, text) -> {
            List<String> p = problems(text);
            if (!p.isEmpty()) bad.put(where, p);
        });
        assertThat(bad).as(bad.size() + " texts").isEmpty();
    }

    /** One term per thing: the window's card and the copied ticket name the next actions alike. */
    @Test
    void theWindowAndTheTicketUseOneTermForTheNextActions() {
        for (Language l : Language.values()) {
            String window = Messages.of("dev.azscsp.ui.i18n.messages", l).get("card.actions");
            String ticket = Messages.of("dev.azscsp.report.messages", l).get("heading.actions");
            assertThat(window).as(l.toString()).isEqualTo(ticket);
        }
    }

    @Test
    void theCheckerCatchesWhatItIsFor() {
        assertThat(problems("Documentation: voir")).hasSize(1);
        assertThat(problems("Cause : inconnue")).hasSize(1);
        assertThat(problems("Cause\u00a0: inconnue ; ensuite\u00a0?")).hasSize(1);
        assertThat(problems("le nom \"reg\"")).hasSize(2);
        assertThat(problems("le nom «reg»")).hasSize(2);
        assertThat(problems("Attendus mais non mappés, un seul mappage")).hasSize(2);
        assertThat(problems("le nom «\u00a0reg\u00a0»\u00a0; voir https://learn.microsoft.com/fr-fr/x?y=1 et `a:b` {0}\u00a0: ok")).isEmpty();
    }
}
