package dev.azscsp.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import dev.azscsp.app.SignIn;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.main.Flow;
import dev.azscsp.ui.main.Page;
import dev.azscsp.ui.tenants.TenantsViewModel;

/**
 * "Customers of this registration" in the window, with the demo: the tile, the demo's registration of 37 mappings,
 * its file of expected customers, the groups, a file through the fake chooser, export, copy, cancel, French.
 */
class TenantsWindowTest extends WindowTest {
    /** Each call of the simulated Azure takes this long: long enough to catch a reading half-way. */
    private Duration latency = Duration.ofMillis(5);
    /** When set, a real sign-in goes through the real adapter to this fake ARM. */
    private FakeArm fake;

    @Override
    protected void configure() {
        services.apiFactory = (c, dc) -> c.signIn() == SignIn.DEMO ? new SimulatedAzure(c.scenario(), latency) : fake.connect();
    }

    /** Start page (Alt+U) → Connect (the demo) → Registration (the demo's multi-tenant one, filled in) → the page. */
    private void openWithTheDemo() {
        robot.press(KeyCode.ALT).press(KeyCode.U).release(KeyCode.U).release(KeyCode.ALT);
        waitUntil(() -> vm().page() == Page.CONNECT);
        assertThat(fx(vm()::flow)).isEqualTo(Flow.TENANTS);
        robot.clickOn("#demo");
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.REGISTRATION);
        robot.clickOn("#nextButton");
        waitUntil(() -> vm().page() == Page.TENANTS);
    }

    private TenantsViewModel tenants() {
        return vm().tenants();
    }

    private void readToEnd() {
        robot.clickOn("#nextButton");
        waitUntil(() -> tenants().state() == Worker.State.DONE, 20);
    }

    @Test
    void theDemoIsListedThenReconciledWithItsFileInGroupsThatFilterTheTable() {
        openWithTheDemo();
        assertThat(text("#pageTitle")).isEqualTo("Step 3 of 3: Customers of this registration");
        assertThat(text("#registrationValue")).startsWith("AzureStack-1f0e9d8c-7b6a-4c5d-9e4f-3a2b1c0d9e8f in resource group azurestack");
        assertThat(text("#connectionValue")).isEqualTo("Demo (simulated Azure)");
        assertThat(text("#nextButton")).isEqualTo("_Read the mappings");
        assertThat(visible("#filters")).as("no groups before a file").isFalse();

        readToEnd();
        TableView<TenantsViewModel.Line> table = robot.lookup("#table").queryTableView();
        assertThat(fx(() -> table.getItems().size())).isEqualTo(37);
        assertThat(text("#statusText")).startsWith("37 customer subscriptions mapped (listed in ").endsWith(" ms), 31 readable with this sign-in.");
        assertThat(text("#nextButton")).isEqualTo("Read _again");
        assertThat(cells("name-column")).doesNotContain("").contains("not readable with this sign-in");
        assertThat(visible("#lookupBox")).as("a list with mappings is not the empty-list case").isFalse();

        robot.clickOn("#loadDemoButton");
        waitUntil(() -> tenants().reconciliation() != null);
        assertThat(text("#fileName")).isEqualTo("expected-customers.csv (demo)");
        assertThat(visible("#filters")).isTrue();
        assertThat(text("#filter-all")).isEqualTo("All: 41");
        assertThat(text("#filter-mapped-and-expected")).isEqualTo("Mapped and expected: 30");
        assertThat(text("#filter-expected-not-mapped")).isEqualTo("Expected but not mapped: 4");
        assertThat(text("#filter-mapped-not-expected")).isEqualTo("Mapped but not expected: 4");
        assertThat(text("#filter-mapped-differently")).isEqualTo("Other tenant id or letter case: 3");
        assertThat(visible("#filter-not-compared")).as("a group without rows is not offered").isFalse();
        assertThat(text("#shared")).startsWith("Tenant 56a12af3-8a53-5648-91d0-fbc21c5069f0: lines 4, 38.");

        robot.clickOn("#filter-mapped-differently");
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(cells("label-column")).containsExactly("Fabrikam Residences", "Lamna Clinics", "Wingtip Hotels");
        assertThat(cells("note-column").get(2)).startsWith("mapped as 20AED535-AD04-5DA3-A794-8A440070F0C3: another letter case");
        robot.clickOn("#filter-mapped-differently");
        assertThat(fx(() -> table.getItems().size())).as("clicking the chosen filter again keeps it").isEqualTo(3);
        robot.clickOn("#filter-all");
        waitUntil(() -> table.getItems().size() == 41);
        assertThat(fx(() -> vm().services().settings().get().recentRegistrations())).as("the demo's values are not remembered").isEmpty();
    }

    @Test
    void aFileIsLoadedThroughTheChooserAndTheResultIsExportedAndCopiedAsMarkdown() throws Exception {
        services.openPath = Files.writeString(home.resolve("customers.csv"), "customerSubscriptionId,label\n"
                + "6675c7a4-1b9e-5e27-b39b-24f58ff0cdea,Fabrikam\nnot-an-id,Typo\n");
        openWithTheDemo();
        assertThat(button("#exportButton").isDisabled()).as("nothing read yet").isTrue();
        readToEnd();
        robot.clickOn("#loadButton");
        waitUntil(() -> tenants().reconciliation() != null);
        assertThat(services.openAsked.get()).isEqualTo(1);
        assertThat(text("#fileName")).isEqualTo("customers.csv");
        assertThat(text("#fileText")).isEqualTo("2 lines read");
        assertThat(text("#filter-mapped-not-expected")).isEqualTo("Mapped but not expected: 36");
        assertThat(text("#filter-not-compared")).isEqualTo("Not compared: 1");
        robot.clickOn("#filter-not-compared");
        waitUntil(() -> cells("note-column").equals(List.of("the customerSubscriptionId is not a GUID")));

        Path out = home.resolve("reconciliation.csv");
        services.saveTarget = new SaveDialog.Target(out, SaveDialog.Format.CSV);
        robot.clickOn("#exportButton");
        waitUntil(() -> !tenants().exportMessageProperty().get().isEmpty());
        assertThat(services.asked).singleElement().asString().startsWith("azscsp-tenants-AzureStack-1f0e9d8c");
        assertThat(services.askedFormats).singleElement().isEqualTo(TenantsViewModel.FORMATS);
        char sep = dev.azscsp.report.CsvStyle.excel(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).separator();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1 + 37 + 1);
        assertThat(lines.get(0)).startsWith("\uFEFFgroup" + sep + "difference");
        assertThat(lines.get(lines.size() - 1)).startsWith("not-compared" + sep + sep + "3" + sep + "not-an-id");
        assertThat(text("#exportMessage")).isEqualTo("Exported to " + out);

        robot.clickOn("#copyButton");
        assertThat(clipboard()).isEqualTo(fx(tenants()::markdown)).startsWith("# Customers of registration AzureStack-1f0e9d8c")
                .contains("| Mapped but not expected | 36 |");
    }

    @Test
    void aPartnerCenterExportIsReadWithTheColumnsPickedOnceThenDirectly() throws Exception {
        String header = "Customer name,Microsoft ID,Subscription ID,Offer\n";
        services.openPath = Files.writeString(home.resolve("export.csv"), header + "Fabrikam,,6675c7a4-1b9e-5e27-b39b-24f58ff0cdea,Azure plan\n");
        openWithTheDemo();
        readToEnd();
        robot.clickOn("#loadButton");
        waitUntil(() -> visible("#columnBox"));
        assertThat(tenants().reconciliation()).as("never read with guessed columns").isNull();
        assertThat(text("#loadError")).startsWith("The first line has no customerSubscriptionId column.");
        assertThat(text("#columnAsk")).startsWith("Or pick the columns").contains("Proposed from the names of a Partner Center export");
        assertThat(fx(() -> robot.lookup("#columnSubscription").queryAs(ChoiceBox.class).getValue())).isEqualTo("Subscription ID");
        assertThat(fx(() -> robot.lookup("#columnTenant").queryAs(ChoiceBox.class).getValue())).isEqualTo("Microsoft ID");
        assertThat(fx(() -> robot.lookup("#columnLabel").queryAs(ChoiceBox.class).getValue())).isEqualTo("Customer name");

        fx(() -> {
            robot.lookup("#columnLabel").queryAs(ChoiceBox.class).setValue("Subscription ID");
            return null;
        });
        assertThat(button("#useColumnsButton").isDisabled()).as("one column per role").isTrue();
        fx(() -> {
            robot.lookup("#columnLabel").queryAs(ChoiceBox.class).setValue("Customer name");
            return null;
        });
        assertThat(button("#useColumnsButton").isDisabled()).isFalse();
        robot.clickOn("#useColumnsButton");
        waitUntil(() -> tenants().reconciliation() != null);
        assertThat(visible("#columnBox")).isFalse();
        assertThat(text("#loadError")).isEmpty();
        assertThat(text("#columnsUsed")).isEqualTo("Columns used: Subscription ID (subscription id), Microsoft ID (tenant id), Customer name (label).");
        assertThat(text("#filter-mapped-and-expected")).isEqualTo("Mapped and expected: 1");
        assertThat(fx(() -> vm().services().settings().get().columnChoices())).hasSize(1);

        services.openPath = Files.writeString(home.resolve("export-2.csv"), header + "Fabrikam,,6675c7a4-1b9e-5e27-b39b-24f58ff0cdea,Azure plan\n"
                + "Nobody,,00000000-1111-4000-8000-000000000009,Azure plan\n");
        robot.clickOn("#loadButton");
        waitUntil(() -> "export-2.csv".equals(text("#fileName")) && tenants().reconciliation() != null);
        assertThat(visible("#columnBox")).as("the same header loads directly").isFalse();
        assertThat(text("#columnsUsed")).startsWith("Columns used: Subscription ID");
        assertThat(text("#filter-expected-not-mapped")).isEqualTo("Expected but not mapped: 1");

        robot.clickOn("#changeColumnsButton");
        waitUntil(() -> visible("#columnBox"));
        assertThat(visible("#columnsUsedRow")).isFalse();
    }

    @Test
    void cancelStopsTheReadingAndKeepsTheListWithWhatWasNotReadSaidSo() {
        latency = Duration.ofMillis(400);
        openWithTheDemo();
        robot.clickOn("#nextButton");
        waitUntil(() -> tenants().doneProperty().get() >= 8, 20);
        assertThat(text("#statusText")).startsWith("Reading the customer subscriptions: ");
        assertThat(text("#cancelButton")).isEqualTo("Cancel reading");
        assertThat(button("#homeButton").isDisabled()).as("leaving would orphan the reading").isTrue();
        assertThat(button("#loadButton").isDisabled()).isTrue();
        robot.clickOn("#cancelButton");
        waitUntil(() -> tenants().state() == Worker.State.CANCELLED, 10);
        assertThat(fx(() -> tenants().lines().size())).as("the list was read before the cancel").isEqualTo(37);
        assertThat(text("#statusText")).endsWith("Cancelled while reading them: the ones not read say so.");
        assertThat(fx(() -> tenants().lines().stream().map(tenants()::nameText).toList())).contains("not read (cancelled)")
                .doesNotContain("");
        assertThat(vm().page()).isEqualTo(Page.TENANTS);
        assertThat(button("#homeButton").isDisabled()).isFalse();
        assertThat(text("#nextButton")).isEqualTo("Read _again");
    }

    @Test
    void thePageSaysItAllInFrenchAfterASwitch() {
        openWithTheDemo();
        readToEnd();
        robot.clickOn("#loadDemoButton");
        waitUntil(() -> tenants().reconciliation() != null);
        robot.clickOn("#french");
        waitUntil(() -> vm().i18n().language() == Language.FR);
        assertThat(text("#pageTitle")).isEqualTo("Étape 3 sur 3\u00a0: Clients de cette inscription");
        assertThat(text("#filter-expected-not-mapped")).isEqualTo("Attendus mais non associés\u00a0: 4");
        assertThat(text("#filter-mapped-differently")).isEqualTo("Autre locataire ou autre casse\u00a0: 3");
        assertThat(text("#statusText")).startsWith("37 abonnements clients associés (liste lue en ").endsWith("31 lisibles avec cette connexion.");
        assertThat(text("#shared")).startsWith("Locataire 56a12af3-8a53-5648-91d0-fbc21c5069f0\u00a0: lignes 4, 38.");
        assertThat(text("#nextButton")).isEqualTo("_Relire");
        robot.clickOn("#filter-mapped-not-expected");
        waitUntil(() -> cells("offer-column").size() == 4);
        assertThat(cells("offer-column")).contains("non lisible avec cette connexion");
        assertThat(cells("status-column")).containsOnly("Associés mais non attendus");
    }

    @Test
    void anEmptyListIsShownAsNotConclusiveAndTheIdsTypedAreLookedUpThroughTheAdapter() {
        String sub = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
        String mapped = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
        String unmapped = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
        fake = FakeArm.start();
        try {
            fake.addSubscription(sub).providerState("Microsoft.AzureStack", "Registered");
            fake.addRegistration(sub, "azurestack", "reg1").addCustomerSubscription(mapped, "dbab3982-796f-4d03-9908-044c08aef8a2");
            fake.listsNoMappings();
            robot.clickOn("#tenantsButton");
            waitUntil(() -> vm().page() == Page.CONNECT);
            robot.clickOn("#azureCli");
            robot.clickOn("#nextButton");
            waitUntil(() -> vm().page() == Page.REGISTRATION);
            robot.interact(() -> vm().registration().fill(new RawInput(sub, "azurestack", "reg1", null, null, null, null)));
            robot.clickOn("#nextButton");
            waitUntil(() -> vm().page() == Page.TENANTS);
            assertThat(visible("#loadDemoButton")).as("made-up customers are offered in the demo only").isFalse();
            readToEnd();
            assertThat(text("#statusText")).startsWith("No customer subscription mapped")
                    .endsWith("An empty list is not conclusive: it has been seen empty while a direct GET of a known id worked.");
            assertThat(visible("#lookupBox")).isTrue();
            assertThat(button("#lookUpButton").isDisabled()).as("no id yet").isTrue();

            robot.clickOn("#typedIds").write("not-an-id");
            assertThat(text("#typedProblem")).startsWith("\u201cnot-an-id\u201d is not a subscription id");
            assertThat(button("#lookUpButton").isDisabled()).isTrue();
            robot.interact(() -> vm().tenants().typedIdsProperty().set(mapped + ", " + unmapped));
            assertThat(text("#lookUpButton")).isEqualTo("Look up 2 ids directly");
            fake.clearRequests();
            robot.clickOn("#lookUpButton");
            waitUntil(() -> tenants().state() == Worker.State.DONE && tenants().listing().lookups().size() == 2, 20);
            assertThat(fake.requests("/customerSubscriptions/")).hasSize(2);
            assertThat(text("#statusText")).endsWith("so 2 ids were looked up directly: 1 mapped.");
            TableView<TenantsViewModel.Line> table = robot.lookup("#table").queryTableView();
            assertThat(fx(() -> table.getItems().stream().map(TenantsViewModel.Line::subscriptionId).toList())).containsExactly(mapped);
            assertThat(fake.writes()).isEmpty();
        } finally {
            fake.close();
        }
    }

    private boolean visible(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** The texts of the visible cells of a column, top to bottom. */
    private List<String> cells(String columnStyleClass) {
        return fx(() -> robot.lookup(".table-cell." + columnStyleClass).queryAllAs(TableCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getTableRow() != null && c.getTableRow().getItem() != null)
                .sorted(java.util.Comparator.comparingInt(c -> c.getIndex()))
                .map(c -> c.getText() == null ? "" : c.getText()).toList());
    }
}
