package dev.azscsp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Values;
import dev.azscsp.diagnosis.ServiceAnswer;
import dev.azscsp.i18n.Language;

/**
 * Any value in any card renders to ticket text that keeps its layout: no exception, no live control or direction
 * characters, Markdown tables with the same number of cells, fences that close, values never read as templates.
 */
class RenderingProperties {
    static final ErrorCatalog CATALOG = ErrorCatalog.shipped();

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("|`*_#[]()<>{}\\!~&\n\r\t\u202e\u2066\u200f\u0007 -=+@").ofMaxLength(80),
                Arbitraries.of("{subscriptionId}", "{detail}", "```", "````powershell", "| a | b |", "<script>alert(1)</script>",
                        "# heading", "1. list", "> quote", "---", "=SUM(A1)", "\u202egnp.exe"),
                Arbitraries.strings().all().ofMinLength(2000).ofMaxLength(10_000));
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(CATALOG.codes().stream().map(CodeInfo::code).toList());
    }

    @Property(tries = 300)
    void ticketTextKeepsItsShape(@ForAll("codes") String code, @ForAll("values") String v1, @ForAll("values") String v2,
                                 @ForAll boolean french, @ForAll boolean redact) {
        Language lang = french ? Language.FR : Language.EN;
        Values values = Values.empty().with(Placeholder.SUBSCRIPTION_ID, v1).with(Placeholder.REGISTRATION_NAME, v2)
                .with(Placeholder.CUSTOMER_SUBSCRIPTION_ID, v2).with(Placeholder.DETAIL, v1).with(Placeholder.RESOURCE_GROUP, v1);
        ErrorCard card = CATALOG.card(code, lang, values);
        List<InputRow> rows = List.of(new InputRow("A", v1), new InputRow("B", v2));
        ServiceAnswer answer = new ServiceAnswer(code, v2, 400, v1, v2);

        String plain = TicketText.plain(card, rows, answer, redact);
        String md = TicketText.markdown(card, rows, answer, redact);
        for (String out : List.of(plain, md)) {
            assertThat(out.chars().filter(c -> c != '\n' && c != '\t' && (Character.isISOControl(c) || Sanitize.isBidiControl((char) c))))
                    .as("live control characters").isEmpty();
        }
        // Every table row has the header's three pipes once escaped pipes are set aside.
        md.lines().filter(l -> l.startsWith("| ")).forEach(l ->
                assertThat(l.replace("\\|", "").chars().filter(c -> c == '|').count()).as(l).isEqualTo(3));
        // Fences open and close in pairs.
        long fences = md.lines().map(String::strip).filter(l -> l.startsWith("```")).count();
        assertThat(fences % 2).isZero();
        // Headings are only ours: a value never starts a line with '#'.
        md.lines().filter(l -> l.startsWith("#")).forEach(l -> assertThat(l).matches("#{2,3} .*"));
    }

    @Property(tries = 100)
    void csvCellsNeverBreakTheRowOrStartAFormula(@ForAll("values") String v) {
        for (char separator : new char[] {',', ';'}) {
            String cell = BulkReport.csv(v, separator);
            assertThat(cell).doesNotContain("\n").doesNotContain("\r");
            // What a spreadsheet sees once the quotes are taken off never starts a formula.
            String seen = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            if (!seen.isEmpty()) assertThat(seen.charAt(0)).isNotIn('=', '+', '-', '@', '\t');
            if (seen.indexOf(separator) >= 0) assertThat(cell).startsWith("\"");
        }
    }

    @Property(tries = 100)
    void redactionIsStable(@ForAll("values") String v) {
        String once = Redactor.redact(v);
        assertThat(Redactor.redact(once)).isEqualTo(once);
    }
}
