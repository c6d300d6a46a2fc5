package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.i18n.Language;

class CsvInputTest {
    static List<BulkRow> read(String s) throws Exception {
        return CsvInput.read(new StringReader(s));
    }

    static String en(Text t) { return t == null ? null : t.in(Language.EN); }

    static String fr(Text t) { return t == null ? null : t.in(Language.FR); }

    @Test
    void readsColumnsByNameInAnyOrderAndCase() throws Exception {
        List<BulkRow> rows = read("\uFEFFLabel,CUSTOMERTENANTID,customerSubscriptionId\r\nFabrikam,t1,s1\n\n\"Contoso, Ltd\",,\"s2\"\n");
        assertThat(rows).containsExactly(new BulkRow(2, "s1", "t1", "Fabrikam", null), new BulkRow(4, "s2", null, "Contoso, Ltd", null));
    }

    @Test
    void readsSemicolonFilesAndDoubledQuotes() throws Exception {
        assertThat(read("customerSubscriptionId;label\ns1;\"say \"\"hi\"\"\"\n")).singleElement()
                .isEqualTo(new BulkRow(2, "s1", null, "say \"hi\"", null));
    }

    @Test
    void theSeparatorIsTheOneOutsideQuotesInTheHeader() throws Exception {
        // French Excel: semicolons between fields, a comma inside a quoted column name.
        assertThat(read("\"customerSubscriptionId\";\"label\";\"notes, free text\"\ns1;\"a; b, c\";x\n")).singleElement()
                .isEqualTo(new BulkRow(2, "s1", null, "a; b, c", null));
        assertThat(read("customerSubscriptionId,label,\"notes;x\"\ns1,\"a; b\",y\n")).singleElement()
                .isEqualTo(new BulkRow(2, "s1", null, "a; b", null));
    }

    @Test
    void aQuotedFieldMayHoldLineBreaks() throws Exception {
        // Excel writes a cell with Alt+Enter in it as a quoted field over two lines; the row keeps its first line's number.
        List<BulkRow> rows = read("customerSubscriptionId;label\r\ns1;\"Fabrikam\nsite Nord\"\r\ns2;\"three\r\n\r\nlines\"\r\ns3;x\r\n");
        assertThat(rows).containsExactly(new BulkRow(2, "s1", null, "Fabrikam\nsite Nord", null),
                new BulkRow(4, "s2", null, "three\r\n\r\nlines", null), new BulkRow(7, "s3", null, "x", null));
    }

    @Test
    void keepsBadLinesWithTheirProblemAndLineNumber() throws Exception {
        List<BulkRow> rows = read("customerSubscriptionId,label\n,no id\n\"open,quote\ns3,x\n");
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3, 4);
        assertThat(en(rows.get(0).problem())).isEqualTo("no customerSubscriptionId on this line");
        assertThat(en(rows.get(1).problem())).isEqualTo("a quote is opened and never closed");
        assertThat(rows.get(2).problem()).isNull();
        assertThat(rows.get(2).customerSubscriptionId()).isEqualTo("s3");
    }

    @Test
    void anUnclosedQuoteSpoilsOneLineNotTheRestOfTheFile() throws Exception {
        // The quote of line 2 never closes (a quote that did close, later, would make one row of it all, as in Excel).
        List<BulkRow> rows = read("customerSubscriptionId;label\ns1;\"open\ns2;fine\ns3;also fine\n");
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3, 4);
        assertThat(en(rows.get(0).problem())).isEqualTo("a quote is opened and never closed");
        assertThat(rows.subList(1, 3)).extracting(BulkRow::customerSubscriptionId).containsExactly("s2", "s3");
    }

    @Test
    void reasonsComeInTheUsersLanguage() throws Exception {
        List<BulkRow> rows = read("customerSubscriptionId;label\n;sans id\n\"ouvert;x\n" + "y".repeat(CsvInput.MAX_LINE + 1) + "\n");
        assertThat(fr(rows.get(0).problem())).isEqualTo("aucun customerSubscriptionId sur cette ligne");
        assertThat(fr(rows.get(1).problem())).isEqualTo("un guillemet est ouvert et jamais fermé");
        assertThat(fr(rows.get(2).problem())).isEqualTo("ligne de plus de 10000 caractères");
        // As the runner puts it in a row: the whole sentence in French, with French typography.
        assertThat(Text.of("bulk.badLine", 3, rows.get(1).problem()).in(Language.FR))
                .isEqualTo("La ligne 3 est illisible\u00a0: un guillemet est ouvert et jamais fermé.");
    }

    @Test
    void aVeryLongLineIsOneBadRow() throws Exception {
        List<BulkRow> rows = read("customerSubscriptionId\n" + "x".repeat(CsvInput.MAX_LINE * 3) + "\ns2\n");
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3);
        assertThat(en(rows.get(0).problem())).isEqualTo("line longer than 10000 characters");
        assertThat(rows.get(1).customerSubscriptionId()).isEqualTo("s2");
    }

    @Test
    void anUnusableHeaderIsAClearErrorInTheUsersLanguage() {
        assertThatThrownBy(() -> read("")).isInstanceOfSatisfying(CsvInput.BulkInputException.class,
                e -> assertThat(e.text().in(Language.EN)).startsWith("The file is empty."));
        assertThatThrownBy(() -> read("\n \n")).isInstanceOfSatisfying(CsvInput.BulkInputException.class,
                e -> assertThat(e.text().in(Language.EN)).startsWith("The file is empty."));
        assertThatThrownBy(() -> read("\ns1\n")).isInstanceOfSatisfying(CsvInput.BulkInputException.class,
                e -> assertThat(e.text().in(Language.FR)).startsWith("La première ligne est vide."));
        assertThatThrownBy(() -> read("subscription,tenant\nx,y\n")).isInstanceOfSatisfying(CsvInput.BulkInputException.class,
                e -> assertThat(e.text().in(Language.FR)).startsWith("La première ligne n’a pas de colonne customerSubscriptionId.")
                        .endsWith("Trouvé\u00a0: subscription,tenant"));
        assertThatThrownBy(() -> read("subscription,tenant\nx,y\n")).hasMessageContaining("no customerSubscriptionId column");
    }

    @Test
    void bytesGoThroughTheSharedDecoder() throws Exception {
        String text = "customerSubscriptionId;label\ns1;Société\n";
        BulkRow expected = new BulkRow(2, "s1", null, "Société", null);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CsvInput.read(new ByteArrayInputStream(utf16))).containsExactly(expected);
        assertThat(CsvInput.read(new ByteArrayInputStream(text.getBytes(Charset.forName("windows-1252"))))).containsExactly(expected);
    }
}
