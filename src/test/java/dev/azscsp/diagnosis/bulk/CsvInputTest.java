package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvInputTest {
    static List<BulkRow> read(String s) throws Exception {
        return CsvInput.read(new StringReader(s));
    }

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
    void keepsBadLinesWithTheirProblemAndLineNumber() throws Exception {
        List<BulkRow> rows = read("customerSubscriptionId,label\n,no id\n\"open,quote\ns3,x\n");
        assertThat(rows).extracting(BulkRow::line).containsExactly(2, 3, 4);
        assertThat(rows.get(0).problem()).contains("no customerSubscriptionId");
        assertThat(rows.get(1).problem()).contains("never closed");
        assertThat(rows.get(2).problem()).isNull();
    }

    @Test
    void anUnusableHeaderIsAClearError() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("subscription,tenant\nx,y\n")).hasMessageContaining("no customerSubscriptionId column")
                .hasMessageContaining("subscription, tenant");
    }
}
