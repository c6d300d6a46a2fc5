package dev.azscsp.diagnosis.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.azscsp.i18n.Language;

/** Reading an expected-customers file whose columns are not the app's own names: a Partner Center export. */
class ColumnMappingTest {
    static final String EXPORT = "Customer name,Microsoft ID,Subscription ID,Offer name\n"
            + "Fabrikam,t1,s1,Azure plan\n\"Contoso, Ltd\",,s2,Azure plan\n";

    @Test
    void aMappingReadsTheNamedColumnsWhateverTheirCase() throws Exception {
        List<BulkRow> rows = CsvInput.read(new StringReader(EXPORT), new ColumnMapping("subscription id", "MICROSOFT ID", "Customer name"));
        assertThat(rows).containsExactly(new BulkRow(2, "s1", "t1", "Fabrikam", null), new BulkRow(3, "s2", null, "Contoso, Ltd", null));
    }

    @Test
    void tenantAndLabelAreOptional() throws Exception {
        List<BulkRow> rows = CsvInput.read(new StringReader(EXPORT), ColumnMapping.parse("subscription=Subscription ID"));
        assertThat(rows).containsExactly(new BulkRow(2, "s1", null, null, null), new BulkRow(3, "s2", null, null, null));
    }

    @Test
    void aNamedColumnThatIsNotThereIsAClearErrorInBothLanguages() {
        assertThatThrownBy(() -> CsvInput.read(new StringReader(EXPORT), new ColumnMapping("Subscription ID", "Tenant", null)))
                .isInstanceOfSatisfying(CsvInput.BulkInputException.class, e -> {
                    assertThat(e.text().in(Language.EN)).startsWith("The first line has no column named \"Tenant\"")
                            .endsWith("Found: Customer name,Microsoft ID,Subscription ID,Offer name");
                    assertThat(e.text().in(Language.FR)).startsWith("La première ligne n’a pas de colonne nommée «\u00a0Tenant\u00a0»");
                });
    }

    @Test
    void aPartnerCenterHeaderGetsASuggestionNeverUsedSilently() {
        assertThatThrownBy(() -> CsvInput.read(new StringReader(EXPORT)))
                .isInstanceOfSatisfying(CsvInput.BulkInputException.class, e -> {
                    assertThat(e.text().in(Language.EN)).contains("no customerSubscriptionId column");
                    assertThat(e.headers()).containsExactly("Customer name", "Microsoft ID", "Subscription ID", "Offer name");
                    assertThat(e.suggestion()).contains(new ColumnMapping("Subscription ID", "Microsoft ID", "Customer name"));
                });
    }

    @Test
    void suggestionsMatchIgnoringCaseSpacesAndUnderscores() {
        assertThat(ColumnMapping.suggest(List.of("SUBSCRIPTION_ID", "customer_tenant_id", "Company Name")))
                .contains(new ColumnMapping("SUBSCRIPTION_ID", "customer_tenant_id", "Company Name"));
        assertThat(ColumnMapping.suggest(List.of("Customer Subscription Id", "Domain")))
                .contains(new ColumnMapping("Customer Subscription Id", null, null));
        assertThat(ColumnMapping.suggest(List.of("Customer name", "Microsoft ID"))).isEmpty();
        assertThat(ColumnMapping.suggest(List.of())).isEmpty();
    }

    @Test
    void theOptionValueParsesAndPrintsBack() {
        ColumnMapping m = ColumnMapping.parse("subscription=Subscription ID, tenant = Microsoft ID ,label=Customer name");
        assertThat(m).isEqualTo(new ColumnMapping("Subscription ID", "Microsoft ID", "Customer name"));
        assertThat(ColumnMapping.parse(m.asOption())).isEqualTo(m);
    }

    @Test
    void aBadOptionValueSaysWhatIsWrong() {
        assertThatThrownBy(() -> ColumnMapping.parse("tenant=Microsoft ID")).hasMessage("--columns needs subscription=HEADER.");
        assertThatThrownBy(() -> ColumnMapping.parse("subscription")).hasMessageContaining("is not ROLE=HEADER");
        assertThatThrownBy(() -> ColumnMapping.parse("subscription=a,owner=b")).hasMessageContaining("unknown role 'owner'");
        assertThatThrownBy(() -> ColumnMapping.parse("subscription=a,subscription=b")).hasMessageContaining("twice");
        assertThatThrownBy(() -> ColumnMapping.parse("subscription=Subscription ID,tenant=subscription id"))
                .hasMessage("--columns: 'subscription id' is named for two roles; each role needs its own column.");
        assertThat(new ColumnMapping("A", "b", "a").repeated()).isEqualTo("a");
        assertThat(new ColumnMapping("A", null, "b").repeated()).isNull();
        assertThatThrownBy(() -> ColumnMapping.parse("subscription=" + "x".repeat(201))).hasMessageContaining("at most 200");
    }

    @Test
    void headerNamesKeptForPickingAreBounded() {
        StringBuilder h = new StringBuilder("a");
        for (int i = 0; i < 500; i++) h.append(",c").append(i);
        h.append(",").append("y".repeat(300));
        assertThatThrownBy(() -> CsvInput.read(new StringReader(h + "\n1\n")))
                .isInstanceOfSatisfying(CsvInput.BulkInputException.class,
                        e -> assertThat(e.headers()).hasSize(CsvInput.BulkInputException.MAX_HEADERS).allMatch(n -> n.length() <= 200));
    }
}
