package dev.azscsp.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.bulk.CsvInput;
import dev.azscsp.i18n.Language;

/** The CSV the app writes: safe to open in a spreadsheet, and readable again by the app's own reader. */
class BulkReportTest {
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";

    static BulkResult result(int line, String label) {
        return new BulkResult(new BulkRow(line, CUST, null, label, null), dev.azscsp.diagnosis.bulk.RowStatus.OK, null, Text.of("bulk.badLine", line, "x"), List.of());
    }

    /** The label column of each row written, as written (quotes included). */
    static List<String> labels(List<String> values, CsvStyle style) throws IOException {
        StringWriter out = new StringWriter();
        try (BulkReport r = new BulkReport(out, BulkReport.Format.CSV, Language.EN, false, style)) {
            for (int i = 0; i < values.size(); i++) r.write(result(i + 2, values.get(i)));
        }
        List<String> cells = new ArrayList<>();
        String sep = String.valueOf(style.separator());
        String before = sep + CUST + sep + sep, after = sep + "ok" + sep;
        for (String line : out.toString().split("\n")) {
            if (line.startsWith("line")) continue;
            int from = line.indexOf(before) + before.length();
            cells.add(line.substring(from, line.indexOf(after, from)));
        }
        return cells;
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreQuotedText() throws IOException {
        List<String> risky = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "-5", "@SUM(A1)", "\t=1+1", "\r=1+1");
        assertThat(labels(risky, CsvStyle.PLAIN)).containsExactly("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'+1+1\"",
                "\"'-2+3\"", "\"'-5\"", "\"'@SUM(A1)\"", "\"' =1+1\"", "\"' =1+1\"");
    }

    @Test
    void ordinaryCellsStayAsTheyAre() throws IOException {
        assertThat(labels(List.of("Fabrikam", "a-b", "x=1", "Contoso, Ltd", "say \"hi\""), CsvStyle.PLAIN))
                .containsExactly("Fabrikam", "a-b", "x=1", "\"Contoso, Ltd\"", "\"say \"\"hi\"\"\"");
    }

    @Test
    void everyColumnIsNeutralizedNotOnlyTheLabel() throws IOException {
        StringWriter out = new StringWriter();
        try (BulkReport r = new BulkReport(out, BulkReport.Format.CSV, Language.EN, false, CsvStyle.PLAIN)) {
            r.write(new BulkResult(new BulkRow(2, "=cmd|'/c calc'!A1", "@x", "-y", null), dev.azscsp.diagnosis.bulk.RowStatus.OK, "+z", Text.of("bulk.badLine", 2, "x"),
                    List.of("=a")));
        }
        assertThat(out.toString().split("\n")[1]).startsWith("2,\"'=cmd|'/c calc'!A1\",\"'@x\",\"'-y\",ok,\"'+z\",\"'=a\",");
    }

    @Test
    void excelStyleFollowsTheLocalesDecimalSeparator() {
        assertThat(CsvStyle.excel(Locale.FRANCE)).isEqualTo(new CsvStyle(';', true));
        assertThat(CsvStyle.excel(Locale.GERMANY)).isEqualTo(new CsvStyle(';', true));
        assertThat(CsvStyle.excel(Locale.US)).isEqualTo(new CsvStyle(',', true));
        assertThat(CsvStyle.excel(Locale.UK)).isEqualTo(new CsvStyle(',', true));
    }

    @Test
    void excelStyleStartsWithTheUtf8MarkAndUsesItsSeparator() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BulkReport r = new BulkReport(bytes, BulkReport.Format.CSV, Language.FR, false, CsvStyle.excel(Locale.FRANCE))) {
            r.write(result(2, "Société; Générale"));
        }
        byte[] b = bytes.toByteArray();
        assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("line;customerSubscriptionId;customerTenantId;label;status;primaryCode;secondaryCodes;evidence;duplicateOf\n")
                .contains("2;" + CUST + ";;\"Société; Générale\";ok;");
        StringWriter chars = new StringWriter();
        try (BulkReport r = new BulkReport(chars, BulkReport.Format.CSV, Language.FR, false, CsvStyle.excel(Locale.FRANCE))) {
            r.write(result(2, "x"));
        }
        assertThat(chars.toString()).as("the mark as a character, for a writer that encodes in UTF-8").startsWith("\uFEFFline;");
    }

    @Test
    void whatIsExportedForExcelIsReadBackByTheAppsOwnReader() throws Exception {
        List<String> labels = List.of("Société Générale", "a;b", "a,b", "say \"hi\"", "=1+1", "-5", "Nord — « Sud »");
        for (CsvStyle style : List.of(CsvStyle.excel(Locale.FRANCE), CsvStyle.excel(Locale.US), CsvStyle.PLAIN)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (BulkReport r = new BulkReport(bytes, BulkReport.Format.CSV, Language.EN, false, style)) {
                for (int i = 0; i < labels.size(); i++) r.write(result(i + 2, labels.get(i)));
            }
            List<BulkRow> back = CsvInput.read(new ByteArrayInputStream(bytes.toByteArray()));
            assertThat(back).as("%s", style).extracting(BulkRow::problem).containsOnlyNulls();
            assertThat(back).extracting(BulkRow::customerSubscriptionId).containsOnly(CUST);
            // A neutralized cell comes back with its quote: it is text, as the spreadsheet shows it.
            assertThat(back).extracting(BulkRow::label).containsExactly("Société Générale", "a;b", "a,b", "say \"hi\"", "'=1+1", "'-5",
                    "Nord — « Sud »");
        }
        assertThat(CsvInput.read(new StringReader("customerSubscriptionId\n" + CUST + "\n"))).hasSize(1);
    }
}
