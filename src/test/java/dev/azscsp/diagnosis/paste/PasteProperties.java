package dev.azscsp.diagnosis.paste;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.i18n.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * The reader never throws and stays fast on any text, and finds any catalog message however it is filled and
 * wrapped. Properties use {@code readStrict} so that a bug shows here instead of being swallowed by the safety net.
 */
class PasteProperties {
    private static final long QUICK_MS = 1_000;
    private final ErrorTextReader reader = TestCodes.reader();

    private PasteResult timedRead(String s, long boundMs) {
        long t0 = System.nanoTime();
        PasteResult r = reader.readStrict(s);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("milliseconds for %d chars", s.length()).isLessThan(boundMs);
        assertThat(r).isNotNull();
        assertThat(r.codes()).doesNotHaveDuplicates().hasSameSizeAs(r.findings());
        if (r.codes().isEmpty()) assertThat(r.primaryCode()).isNull(); else assertThat(r.codes()).contains(r.primaryCode());
        for (Finding f : r.findings()) assertThat(f.start()).isBetween(0, f.end());
        return r;
    }

    @Property(tries = 300)
    void anyUnicodeStringIsReadWithoutTrouble(@ForAll @StringLength(max = 4000) String s) {
        timedRead(s, QUICK_MS);
        assertThat(reader.read(s)).isNotNull();
    }

    @Property(tries = 300)
    void adversarialMixturesAreReadWithoutTrouble(@ForAll("nasty") String s) {
        timedRead(s, QUICK_MS);
    }

    @Property(tries = 12)
    void hugeRepetitiveTextsFinishQuickly(@ForAll("hugeKinds") String piece, @ForAll @IntRange(min = 200_000, max = 1_200_000) int size) {
        StringBuilder sb = new StringBuilder(size + piece.length());
        while (sb.length() < size) sb.append(piece);
        timedRead(sb.toString(), 2_000);
    }

    @Property(tries = 400)
    void everyServiceMessageIsFoundWithItsValues(@ForAll("filledMessages") Filled filled) {
        PasteResult r = timedRead(filled.text, QUICK_MS);
        assertThat(r.codes()).as(filled.text).contains(filled.code);
        Finding f = r.finding(filled.code).orElseThrow();
        assertThat(f.confidence()).isIn(Confidence.MEDIUM, Confidence.HIGH);
        for (Map.Entry<Placeholder, String> e : filled.values.entrySet()) {
            assertThat(f.values().get(e.getKey())).as("%s in%n%s", e.getKey(), filled.text).isEqualTo(e.getValue());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final List<String> NASTY = List.of("{", "}", "{{{{", "}}}}", "\"", "\\", "\\\"", "\\\\\"", "\\u00",
            "\\u0027", "\\uZZZZ", "\\n", "&#", "&#39;", "&#x1F600;", "&amp;", "&", "<br", "<br/>", "<b>", "</", "<",
            ">", "\u202E", "\u200F", "\u200B", "\u0000", "\u0007", "\u001B[", "\u001B[31;1m", "\u001B]0;t\u0007",
            "[31;1m", "[", "\n", "\r\n", "\r", "  ", "\t", "|", "> ", "**", "`", "```", "’", "\u00A0", "\u202F",
            "é", "\uD83D\uDE00", "\uD800", "\uDC00", "subscriptions/", "/subscriptions/", "%2F", "%2", "%",
            "resourceGroups/", "/providers/Microsoft.AzureStack/registrations/", "customerSubscriptions/", "...",
            "RegistrationNotFound", "registrationnotfound", "Registration\nNotFound", "The provided ",
            "registration was not found. ", "(value provided: ", "), 2. Resource group (value provided: ",
            "), 3. Registration name (value provided: ", "L’", "n't", "can't", "wasn't", "\"code\":\"", "code: ",
            "ErrorCode: ", "ERROR: (", "(X) ", "status code '", "StatusCode: ", "HTTP/1.1 ", "429", "NotFound'",
            "x-ms-correlation-request-id: ", "x-ms-request-id", "Retry-After: ", "Date: Mon, 01 Jan 2024 ", " GMT",
            "5c1f0a4e-9b2d-", "4c7e-8a31-2f6d9e0b7c4a", "{subscriptionId}", "{customerSubscriptionId}", "$sub",
            " was not found under ", ". Make sure a valid Azure subscription is ", "is not a valid CSP subscription.",
            "One of the upstream servers returned an unexpected error.", "Timestamp: 2024-01-01T00:00:00Z",
            "-ResourceName ", "-ResourceGroupName ", "New-AzResource : ", " : ", ":", "=", "'", "(", ")");

    @Provide
    Arbitrary<String> nasty() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(NASTY),
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().withChars("{}[]()\"'\\/:%&<>|\n ").ofMaxLength(30));
        return piece.list().ofMaxSize(600).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> hugeKinds() {
        List<String> kinds = new ArrayList<>(List.of(
                "{", "{\"error\":", "\\", "\\\\\\\"", "\\u00", "&#", "<br", "\u001B[", "[1;", "%2F", "subscriptions/",
                "subscriptions/x/resourceGroups/y/providers/Microsoft.AzureStack/registrations/",
                "The provided registration was not found. Make sure the following information was provided correctly: "
                        + "1. Subscription identifier (value provided: ",
                "The provided ", "L’", "n't ", "aaaaaaaaaaaaaaaa", "a", " ", "\n", "\n   | ", "code: Xy", "(Ab) ",
                "status ", "status code '", "x-ms-request-id: ", "correlation-id=", "2024-01-01T", " GMT", "-az: ",
                "was not found under ", "RegistrationNotFoun", "5c1f0a4e-9b2d-4c7e-8a31-2f6d9e0b7c4", "time: 2024-"));
        for (CodeInfo c : TestCodes.shipped()) {
            for (String m : c.messages().values()) kinds.add(m.substring(0, Math.max(1, m.length() - 3)));
        }
        return Arbitraries.of(kinds);
    }

    /** A filled message in a surrounding, and what was filled in. */
    record Filled(String code, String text, Map<Placeholder, String> values) {
        @Override public String toString() { return code + " " + values + "\n" + text; }
    }

    private static final List<String[]> TEMPLATES = new ArrayList<>();

    static {
        for (CodeInfo c : TestCodes.shipped()) {
            if (c.origin() != Origin.SERVICE) continue;
            for (Language l : Language.values()) c.message(l).ifPresent(m -> TEMPLATES.add(new String[] {c.code(), m}));
            for (String v : c.messageVariants()) TEMPLATES.add(new String[] {c.code(), v});
        }
    }

    @Provide
    Arbitrary<Filled> filledMessages() {
        Arbitrary<String> guid = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)
                .map(h -> h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                        + h.substring(16, 20) + "-" + h.substring(20));
        Arbitrary<String> casedGuid = Combinators.combine(guid, Arbitraries.of(true, false))
                .as((g, up) -> up ? g.toUpperCase(Locale.ROOT) : g);
        Arbitrary<String> name = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("-_.").ofMaxLength(30),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(4))
                .as((a, b, c) -> a + b + c);
        Arbitrary<String[]> template = Arbitraries.of(TEMPLATES);
        Arbitrary<Integer> width = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(60, 140));
        Arbitrary<String> before = Arbitraries.of("", "New-AzResource : ", "ERROR: ", "Message: ", "ErrorMessage: ",
                "\"message\": \"", "> ", "     | ", "Voici l’erreur :\n", "ticket #123 says\n\n");
        Arbitrary<String> after = Arbitraries.of("", "\n", "\"\n}", "\nAt line:1 char:1\n+ New-AzResource ...",
                ",Microsoft.Azure.Commands.ResourceManager", " Thanks!");
        Arbitrary<Integer> style = Arbitraries.integers().between(0, 3);
        Arbitrary<Layout> layout = Combinators.combine(width, before, after, style).as(Layout::new);
        return Combinators.combine(template, casedGuid, casedGuid, name, name, layout)
                .as((t, sub, cust, rg, reg, l) -> fill(t[0], t[1], sub, cust, rg, reg, l));
    }

    /** How a message is laid out: console width (0: no wrap), text before and after, a typing style. */
    record Layout(int width, String before, String after, int style) {}

    private static Filled fill(String code, String template, String sub, String cust, String rg, String reg, Layout l) {
        int width = l.width();
        String before = l.before();
        String after = l.after();
        int style = l.style();
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.SUBSCRIPTION_ID, sub);
        values.put(Placeholder.CUSTOMER_SUBSCRIPTION_ID, cust);
        values.put(Placeholder.RESOURCE_GROUP, rg);
        values.put(Placeholder.REGISTRATION_NAME, reg);
        StringBuilder msg = new StringBuilder();
        Map<Placeholder, String> used = new EnumMap<>(Placeholder.class);
        int i = 0;
        while (i < template.length()) {
            int close = template.charAt(i) == '{' ? template.indexOf('}', i) : -1;
            Placeholder p = close > 0 ? Placeholder.byKey(template.substring(i + 1, close)).orElse(null) : null;
            if (p == null) { msg.append(template.charAt(i++)); continue; }
            msg.append(values.get(p));
            used.put(p, values.get(p));
            i = close + 1;
        }
        String m = msg.toString();
        switch (style) {
            case 1 -> m = m.replace('’', '\'').replace(" :", "\u00A0:");                 // typed apostrophes, NBSP
            case 2 -> m = m.replace("'", "\\u0027").replace("’", "\\u2019");            // JSON-escaped
            case 3 -> m = m.replace(" ", "  ").replace(". ", ".\n");                  // spaced out, a sentence a line
            default -> { }
        }
        m = width > 0 ? wrap(before + m, width, width % 5) : before + m;
        return new Filled(code, m + after, used);
    }

    /** Cuts every {@code width} characters, words or not, and indents the next line like a console does. */
    private static String wrap(String s, int width, int indent) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            out.append(s.charAt(i));
            if (s.charAt(i) == '\n') { col = 0; continue; }
            if (++col == width) {
                out.append('\n').append(" ".repeat(indent));
                col = indent;
            }
        }
        return out.toString();
    }
}
