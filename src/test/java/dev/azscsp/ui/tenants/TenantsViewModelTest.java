package dev.azscsp.ui.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.demo.TenantsDemo;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.diagnosis.bulk.ColumnMapping;
import dev.azscsp.settings.SettingsStore;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SettingsKeeper;
import dev.azscsp.ui.main.MainViewModel;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.tenants.TenantsViewModel.Kind;
import dev.azscsp.ui.tenants.TenantsViewModel.Line;

/**
 * The customers page without a window: through the real adapter against FakeArm (paging, the empty list, a refused
 * list, cancel) and against the demo's simulated Azure (its registration with 37 mappings and its expected file).
 */
class TenantsViewModelTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    @RegisterExtension static final FakeArm fake = FakeArm.start();

    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final BooleanProperty ready = new SimpleBooleanProperty(true);
    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    @TempDir Path dir;
    FakeRegistration reg;

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    /** Five mappings, listed two a page; the sign-in can read subscriptions 0 to 3, not 4; 3 is not CSP. */
    @BeforeEach
    void fiveMappings() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        for (int i = 0; i < 5; i++) {
            if (i < 4) fake.addSubscription(cust(i)).tenantId(tenant(i)).displayName("Customer " + i);
            reg.addCustomerSubscription(cust(i), tenant(i));
        }
        fake.subscription(cust(3)).quotaId("PayAsYouGo_2014-09-01");
        fake.pageSize(2);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private TenantsViewModel throughFake() {
        return vm(() -> CompletableFuture.completedFuture(fake.connect()), new RawInput(SUB, "azurestack", "reg1", null, null, null, null));
    }

    private TenantsViewModel demoAzure() {
        demo.set(true);
        return vm(() -> CompletableFuture.completedFuture(new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO)),
                new RawInput(TenantsDemo.SUBSCRIPTION, TenantsDemo.RESOURCE_GROUP, TenantsDemo.REGISTRATION, null, null, null, null));
    }

    private TenantsViewModel vm(Supplier<CompletableFuture<RegistrationApi>> api, RawInput registration) {
        return ui.call(() -> new TenantsViewModel(i18n, ui.background(), api, () -> registration, ready, demo, 4, 1000));
    }

    private void readToEnd(TenantsViewModel vm) {
        ui.run(vm::read);
        ui.await(() -> vm.state() != Worker.State.RUNNING);
    }

    private void load(TenantsViewModel vm, String csv) throws Exception {
        Path file = Files.writeString(dir.resolve("expected.csv"), csv, StandardCharsets.UTF_8);
        ui.call(() -> vm.load(file)).ended().join();
    }

    private <T> T on(Supplier<T> read) {
        return ui.call(read::get);
    }

    private Map<Kind, Integer> counts(TenantsViewModel vm) {
        return on(() -> vm.lines().stream().collect(Collectors.groupingBy(Line::kind, Collectors.summingInt(x -> 1))));
    }

    // ---- see

    @Test
    void everyPageIsListedAndEachRowSaysWhatTheSignInCanReadNeverBlank() {
        TenantsViewModel vm = throughFake();
        assertThat(on(() -> vm.statusTextProperty().get())).startsWith("Not read yet");
        readToEnd(vm);

        assertThat(vm.state()).isEqualTo(Worker.State.DONE);
        assertThat(fake.requests().stream().filter(r -> r.path().endsWith("/customerSubscriptions")).count()).as("three pages").isEqualTo(3);
        List<Line> lines = on(() -> List.copyOf(vm.lines()));
        assertThat(lines).extracting(Line::subscriptionId).containsExactly(cust(0), cust(1), cust(2), cust(3), cust(4));
        assertThat(lines).extracting(Line::kind).containsOnly(Kind.MAPPED);
        assertThat(on(() -> vm.tenantText(lines.get(0)))).isEqualTo(tenant(0));
        assertThat(on(() -> vm.nameText(lines.get(0)) + " | " + vm.stateText(lines.get(0)) + " | " + vm.offerText(lines.get(0))))
                .isEqualTo("Customer 0 | Enabled | CSP (CSP_2015-05-01)");
        assertThat(on(() -> vm.offerText(lines.get(3)))).isEqualTo("not CSP (PayAsYouGo_2014-09-01)");
        assertThat(on(() -> List.of(vm.nameText(lines.get(4)), vm.stateText(lines.get(4)), vm.offerText(lines.get(4)))))
                .containsOnly("not readable with this sign-in");
        assertThat(on(() -> vm.statusTextProperty().get())).matches(
                "5 customer subscriptions mapped \\(listed in \\d+ ms\\), 4 readable with this sign-in\\.");
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(on(() -> vm.offerText(lines.get(4)))).isEqualTo("non lisible avec cette connexion");
        assertThat(on(() -> vm.statusTextProperty().get())).startsWith("5 abonnements clients associés (liste lue en ")
                .endsWith("4 lisibles avec cette connexion.");
        assertThat(on(() -> vm.inconclusiveProperty().get())).isFalse();
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void aRefusedListSaysWhyAndNothingIsComparedWithIt() throws Exception {
        fake.failNext("/customerSubscriptions$", 403, "AuthorizationFailed", "The client has no authorization to read it.");
        TenantsViewModel vm = throughFake();
        load(vm, "customerSubscriptionId\n" + cust(0) + "\n");
        readToEnd(vm);
        assertThat(on(() -> vm.statusTextProperty().get()))
                .isEqualTo("The list of mappings could not be read: AuthorizationFailed: The client has no authorization to read it.");
        assertThat(on(vm::reconciliation)).as("an unread list would make every line look not mapped").isNull();
        assertThat(on(() -> vm.lines().size())).isZero();
        assertThat(on(() -> vm.summaryTextProperty().get())).isEqualTo("Nothing compared: the list was not read to its end.");
    }

    @Test
    void anEmptyListIsNotConclusiveAndTheLookupsOfferedAskEachExpectedAndTypedIdOnce() throws Exception {
        fake.listsNoMappings();
        TenantsViewModel vm = throughFake();
        readToEnd(vm);
        assertThat(on(() -> vm.inconclusiveProperty().get())).isTrue();
        assertThat(on(() -> vm.statusTextProperty().get())).startsWith("No customer subscription mapped")
                .endsWith("An empty list is not conclusive: it has been seen empty while a direct GET of a known id worked.");
        assertThat(on(() -> vm.canLookUpProperty().get())).as("nothing to look up yet").isFalse();

        load(vm, "customerSubscriptionId,customerTenantId,label\n" + cust(0) + "," + tenant(0) + ",zero\n" + cust(9) + ",,nine\n");
        assertThat(counts(vm)).as("no call made by loading: the lines are not verified yet").isEqualTo(Map.of(Kind.NOT_VERIFIED, 2));
        assertThat(fake.requests("/customerSubscriptions/")).isEmpty();
        ui.run(() -> vm.typedIdsProperty().set(" {" + cust(1) + "}, " + cust(0) + "\n"));
        assertThat(on(() -> vm.lookUpTextProperty().get())).isEqualTo("Look up 3 ids directly");
        assertThat(on(() -> vm.canLookUpProperty().get())).isTrue();

        fake.clearRequests();
        ui.run(vm::lookUp);
        ui.await(() -> vm.state() != Worker.State.RUNNING);
        assertThat(fake.requests("/customerSubscriptions/")).as("one GET per distinct id").hasSize(3);
        // The typed id is mapped and no line expects it: the one thing a lookup can say about "mapped but not expected".
        assertThat(counts(vm)).isEqualTo(Map.of(Kind.MAPPED_AND_EXPECTED, 1, Kind.EXPECTED_NOT_MAPPED, 1, Kind.MAPPED_NOT_EXPECTED, 1));
        assertThat(on(() -> vm.statusTextProperty().get())).endsWith("so 3 ids were looked up directly: 2 mapped.");
        assertThat(on(() -> vm.summaryTextProperty().get())).startsWith("Not conclusive: the list came back empty");
        assertThat(on(() -> vm.reconciliation().conclusive())).isFalse();
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void typedIdsThatAreNotIdsAreRefusedInBothLanguagesBeforeAnyCall() {
        fake.listsNoMappings();
        TenantsViewModel vm = throughFake();
        readToEnd(vm);
        fake.clearRequests();
        ui.run(() -> vm.typedIdsProperty().set(cust(1) + " oops=cmd|'/c'"));
        assertThat(on(() -> vm.typedProblemProperty().get()))
                .isEqualTo("\u201coops=cmd|'/c'\u201d is not a subscription id (a GUID such as e09a4e93-29a7-4eba-a6d4-76202383f07f).");
        assertThat(on(() -> vm.canLookUpProperty().get())).isFalse();
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(on(() -> vm.typedProblemProperty().get())).startsWith("«\u00a0oops=cmd|'/c'\u00a0» n’est pas un ID d’abonnement");
        ui.run(() -> vm.typedIdsProperty().set((cust(1) + " ").repeat(TenantsViewModel.MAX_TYPED_CHARS / 37 + 1)));
        assertThat(on(() -> vm.typedProblemProperty().get())).isEqualTo("Saisissez au plus 200 ID ici\u00a0; au-delà, chargez-les dans un fichier CSV.");
        ui.run(vm::lookUp);
        assertThat(vm.state()).isEqualTo(Worker.State.DONE);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void cancelStopsTheCallsInFlightAndKeepsWhatWasRead() {
        fake.inject(Fault.delay(Duration.ofSeconds(20)).on("^/subscriptions/[^/]+$").always());
        TenantsViewModel vm = throughFake();
        ui.run(vm::read);
        assertThat(on(() -> vm.statusTextProperty().get())).isEqualTo("Reading the list of mappings\u2026");
        ui.await(() -> fake.requests().stream().anyMatch(r -> r.path().equals("/subscriptions/" + cust(0))));
        ui.run(vm::cancel);
        ui.await(() -> vm.state() != Worker.State.RUNNING, Duration.ofSeconds(15));

        assertThat(vm.state()).isEqualTo(Worker.State.CANCELLED);
        assertThat(on(() -> vm.listing().cancelled())).isTrue();
        List<Line> lines = on(() -> List.copyOf(vm.lines()));
        assertThat(lines).as("the list was read before the cancel").hasSize(5);
        assertThat(on(() -> vm.nameText(lines.get(0)))).isEqualTo("not read (cancelled)");
        assertThat(on(() -> vm.statusTextProperty().get())).startsWith("5 customer subscriptions mapped")
                .endsWith("Cancelled while reading them: the ones not read say so.");
    }

    // ---- reconcile

    @Test
    void theDemoRegistrationAndItsFileGiveTheFourGroupsTheSharedTenantAndAFilter() {
        TenantsViewModel vm = demoAzure();
        readToEnd(vm);
        assertThat(on(() -> vm.lines().size())).isEqualTo(37);
        assertThat(on(() -> vm.reconciliation())).isNull();

        ui.call(vm::loadDemoFile).ended().join();
        assertThat(on(() -> vm.fileNameProperty().get())).isEqualTo("expected-customers.csv (demo)");
        assertThat(on(() -> vm.fileTextProperty().get())).isEqualTo("37 lines read");
        assertThat(counts(vm)).isEqualTo(Map.of(Kind.MAPPED_AND_EXPECTED, 30, Kind.EXPECTED_NOT_MAPPED, 4,
                Kind.MAPPED_NOT_EXPECTED, 4, Kind.MAPPED_DIFFERENTLY, 3));
        assertThat(on(() -> vm.countProperty(Kind.EXPECTED_NOT_MAPPED).get())).isEqualTo(4);
        assertThat(on(() -> vm.sharedTextProperty().get())).isEqualTo("Tenant 56a12af3-8a53-5648-91d0-fbc21c5069f0: lines 4, 38. "
                + "The service keeps one mapping per tenant: a second PUT for this tenant would replace the first mapping.");
        assertThat(on(() -> vm.summaryTextProperty().get())).isEmpty();

        ui.run(() -> vm.filterProperty().set(Kind.MAPPED_DIFFERENTLY));
        List<Line> shown = on(() -> List.copyOf(vm.shownLines()));
        assertThat(shown).extracting(Line::label).containsExactly("Fabrikam Residences", "Lamna Clinics", "Wingtip Hotels");
        assertThat(on(() -> vm.noteText(shown.get(2)))).isEqualTo("mapped as 20AED535-AD04-5DA3-A794-8A440070F0C3: another letter case, "
                + "which the service takes for another id");
        ui.run(() -> vm.filterProperty().set(Kind.EXPECTED_NOT_MAPPED));
        List<Line> missing = on(() -> List.copyOf(vm.shownLines()));
        assertThat(missing).hasSize(4);
        assertThat(on(() -> missing.stream().map(vm::nameText).distinct().toList())).as("nothing mapped, nothing to read").containsExactly("\u2014");
        ui.run(() -> vm.filterProperty().set(Kind.MAPPED_NOT_EXPECTED));
        assertThat(on(() -> vm.shownLines().stream().map(vm::offerText).toList())).doesNotContain("").contains("not readable with this sign-in");
        ui.run(() -> vm.filterProperty().set(null));
        assertThat(on(() -> vm.shownLines().size())).isEqualTo(41);
    }

    @Test
    void linesThatCannotBeComparedAreShownWithTheirReasonAndAFileThatIsNotOneSaysWhy() throws Exception {
        TenantsViewModel vm = throughFake();
        readToEnd(vm);
        load(vm, "customerSubscriptionId,label\n" + cust(0) + ",zero\noops,bad\n" + cust(0) + ",again\n\"never closed,x\n");
        List<Line> notCompared = on(() -> vm.lines().stream().filter(x -> x.kind() == Kind.NOT_COMPARED).toList());
        assertThat(notCompared).extracting(Line::line).containsExactly(3, 4, 5);
        assertThat(on(() -> notCompared.stream().map(vm::noteText).toList())).element(0).isEqualTo("the customerSubscriptionId is not a GUID");
        assertThat(on(() -> vm.noteText(notCompared.get(1)))).isEqualTo("repeats line 2 (the same customer subscription)");
        assertThat(on(() -> vm.noteText(notCompared.get(2)))).isNotBlank();
        assertThat(on(() -> vm.countProperty(Kind.NOT_COMPARED).get())).isEqualTo(3);

        load(vm, "Subscription;Customer\n" + cust(0) + ";Fabrikam\n");
        assertThat(on(() -> vm.loadErrorProperty().get())).startsWith("The first line has no customerSubscriptionId column.");
        assertThat(on(() -> vm.reconciliation())).as("the rows of the previous file are gone").isNull();
        assertThat(on(() -> vm.lines().size())).isEqualTo(5);
    }

    @Test
    void aPartnerCenterExportIsReadWithTheColumnsPickedOnceAndTheNextFileWithThatHeaderUsesThemAgain() throws Exception {
        SettingsKeeper settings = new SettingsKeeper(new SettingsStore(dir.resolve("settings")));
        TenantsViewModel vm = throughFake();
        ui.run(() -> vm.rememberColumnsIn(MainViewModel.columnMemory(settings)));
        readToEnd(vm);
        String header = "Customer name,Microsoft ID,Subscription ID,Offer\n";
        load(vm, header + "Zero," + tenant(0) + "," + cust(0) + ",Azure plan\n");

        // Never read with guessed columns: the user is asked, the proposal preset.
        TenantsViewModel.ColumnPick pick = on(() -> vm.columnPickProperty().get());
        assertThat(pick.headers()).containsExactly("Customer name", "Microsoft ID", "Subscription ID", "Offer");
        assertThat(pick.preset()).isEqualTo(new ColumnMapping("Subscription ID", "Microsoft ID", "Customer name"));
        assertThat(on(() -> vm.reconciliation())).isNull();
        assertThat(on(() -> vm.rowCountProperty().get())).isZero();

        ui.call(() -> vm.useColumns(new ColumnMapping("Subscription ID", "Microsoft ID", null))).ended().join();
        assertThat(on(() -> vm.columnPickProperty().get())).isNull();
        assertThat(on(() -> vm.countProperty(Kind.MAPPED_AND_EXPECTED).get())).isEqualTo(1);
        assertThat(on(() -> vm.columnsTextProperty().get()))
                .isEqualTo("Columns used: Subscription ID (subscription id), Microsoft ID (tenant id), (none) (label).");
        settings.flush();
        assertThat(Files.readString(dir.resolve("settings").resolve("settings.json")))
                .as("the header is kept, never a value of the rows").contains("Microsoft ID").doesNotContain(cust(0)).doesNotContain("Zero");

        // Another file with the same header, in a new session: read at once with the remembered columns.
        SettingsKeeper later = new SettingsKeeper(new SettingsStore(dir.resolve("settings")));
        TenantsViewModel next = throughFake();
        ui.run(() -> next.rememberColumnsIn(MainViewModel.columnMemory(later)));
        readToEnd(next);
        load(next, header.toUpperCase() + "One," + tenant(1) + "," + cust(1) + ",Azure plan\n" + "Nine,," + cust(9) + ",Azure plan\n");
        assertThat(on(() -> next.columnPickProperty().get())).isNull();
        assertThat(on(() -> next.countProperty(Kind.MAPPED_AND_EXPECTED).get())).isEqualTo(1);
        assertThat(on(() -> next.countProperty(Kind.EXPECTED_NOT_MAPPED).get())).isEqualTo(1);
        assertThat(on(() -> next.columnsTextProperty().get())).startsWith("Columns used: Subscription ID");

        // ... and they can be changed.
        ui.run(next::changeColumns);
        assertThat(on(() -> next.columnPickProperty().get().preset())).isEqualTo(new ColumnMapping("Subscription ID", "Microsoft ID", null));
        assertThat(on(() -> next.columnsTextProperty().get())).isEmpty();
    }

    // ---- export

    @Test
    void theReconciliationIsExportedAsCsvForExcelJsonAndMarkdownAndCopiedAsMarkdown() throws Exception {
        TenantsViewModel vm = throughFake();
        readToEnd(vm);
        load(vm, "customerSubscriptionId;customerTenantId;label\n" + cust(0) + ";" + tenant(0) + ";zero\n"
                + cust(8) + ";" + tenant(8) + ";=HYPERLINK(\"x\")\n");
        assertThat(on(() -> vm.canShareProperty().get())).isTrue();
        assertThat(on(vm::suggestedFileName)).startsWith("azscsp-tenants-reg1-");

        Path csv = dir.resolve("out.csv");
        ui.call(() -> vm.export(new SaveDialog.Target(csv, SaveDialog.Format.CSV))).ended().join();
        char sep = dev.azscsp.report.CsvStyle.excel(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)).separator();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("\uFEFFgroup" + sep + "difference" + sep + "line");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("expected-not-mapped" + sep + "none" + sep + "3" + sep + cust(8))
                .contains("\"'=HYPERLINK(\"\"x\"\")\""));
        assertThat(rows).hasSize(1 + 1 + 1 + 4);
        assertThat(on(() -> vm.exportMessageProperty().get())).isEqualTo("Exported to " + csv);

        Path json = dir.resolve("out.json");
        ui.call(() -> vm.export(new SaveDialog.Target(json, SaveDialog.Format.JSON))).ended().join();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("reconciliation").get("counts").get("mapped-not-expected").asInt()).isEqualTo(4);

        ui.run(() -> vm.redactProperty().set(true));
        Path md = dir.resolve("out.md");
        ui.call(() -> vm.export(new SaveDialog.Target(md, SaveDialog.Format.MARKDOWN))).ended().join();
        assertThat(Files.readString(md)).startsWith("# Customers of registration reg1").contains("| Mapped but not expected | 4 |")
                .doesNotContain(cust(4));
        assertThat(on(vm::markdown)).isEqualTo(Files.readString(md));
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(on(vm::markdown)).startsWith("# Clients de l’inscription reg1");
    }
}
