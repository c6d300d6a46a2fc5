package dev.azscsp.ui.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import javafx.beans.property.SimpleBooleanProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.input.RawInput;
import dev.azscsp.diagnosis.tenants.PlanApplier.Outcome;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;
import dev.azscsp.diagnosis.tenants.TenantPlan;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.Confirmer;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.SaveDialog;
import dev.azscsp.ui.common.Worker;
import dev.azscsp.ui.tenants.PlanViewModel.PlanLine;

/**
 * The plan of the customers page without a window, through the real adapter against FakeArm: built from the ticks,
 * nothing sent without the confirmation, exactly the planned writes with it, a refusal in the middle stopping the
 * rest, each row's outcome, then the list read again.
 */
class PlanViewModelTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String BASE = "/subscriptions/" + SUB + "/resourceGroups/azurestack/providers/Microsoft.AzureStack/registrations/reg1/customerSubscriptions/";
    @RegisterExtension static final FakeArm fake = FakeArm.start();

    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    /** What the confirmation asked, and the answer the test gives. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile boolean answer;
    @TempDir Path dir;
    FakeRegistration reg;

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    /** Five mappings; the file expects 0 as mapped, 1 with another tenant, and 5 and 6 not mapped: 2, 3, 4 are unexpected. */
    @BeforeEach
    void registration() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        for (int i = 0; i < 5; i++) {
            fake.addSubscription(cust(i)).tenantId(tenant(i)).displayName("Customer " + i);
            reg.addCustomerSubscription(cust(i), tenant(i));
        }
        for (int i = 5; i < 7; i++) fake.addSubscription(cust(i)).tenantId(tenant(i));   // exist, not mapped yet
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private TenantsViewModel readAndLoad() throws Exception {
        Confirmer confirmer = new Confirmer() {
            @Override public boolean confirmWrite(String resourceId, String customerTenantId) { throw new AssertionError("not the single add"); }

            @Override public boolean confirmPlan(String registration, String text) {
                asked.add(registration + " | " + text);
                return answer;
            }
        };
        TenantsViewModel vm = ui.call(() -> new TenantsViewModel(i18n, ui.background(), () -> CompletableFuture.completedFuture(fake.connect()),
                () -> new RawInput(SUB, "azurestack", "reg1", null, null, null, null), new SimpleBooleanProperty(true),
                new SimpleBooleanProperty(false), 4, 1000, confirmer));
        ui.run(vm::read);
        ui.await(() -> vm.state() != Worker.State.RUNNING);
        Path file = Files.writeString(dir.resolve("expected.csv"), "customerSubscriptionId,customerTenantId,label\n"
                + cust(0) + "," + tenant(0) + ",Zero\n" + cust(1) + "," + tenant(9) + ",One moved\n"
                + cust(5) + "," + tenant(5) + ",Five\n" + cust(6) + "," + tenant(6) + ",Six\n", StandardCharsets.UTF_8);
        ui.call(() -> vm.load(file)).ended().join();
        fake.clearRequests();
        return vm;
    }

    private <T> T on(Supplier<T> read) {
        return ui.call(read::get);
    }

    private List<String> writes() {
        return fake.writes().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    private void applyToEnd(TenantsViewModel vm) {
        PlanViewModel plan = vm.plan();
        ui.run(plan::apply);
        ui.await(() -> !plan.isApplying() && vm.state() != Worker.State.RUNNING);
    }

    @Test
    void thePlanFollowsTheTicksAndNothingIsTickedByDefault() throws Exception {
        TenantsViewModel vm = readAndLoad();
        PlanViewModel plan = vm.plan();

        TenantPlan p = on(plan::plan);
        assertThat(p.writes()).extracting(w -> w.action() + " " + w.subscriptionId())
                .containsExactly("ADD " + cust(5), "ADD " + cust(6), "ADD " + cust(1));   // the reconciliation's group order
        assertThat(on(() -> plan.countsTextProperty().get())).isEqualTo("Add 3, remove 0; 0 not planned.");
        List<PlanLine> lines = on(() -> List.copyOf(plan.lines()));
        assertThat(on(() -> plan.resourceText(lines.get(2)))).isEqualTo(BASE + cust(1));
        assertThat(on(() -> plan.tenantText(lines.get(2)))).isEqualTo(tenant(9));
        assertThat(on(() -> plan.effectText(lines.get(2)))).isEqualTo("Replaces this subscription's current mapping (with " + tenant(1) + ").");
        assertThat(on(() -> plan.lineText(lines.get(2)))).isEqualTo("3 \u2014 One moved");
        assertThat(on(() -> plan.effectText(lines.get(0)))).isEmpty();
        assertThat(on(() -> plan.outcomeText(lines.get(0)))).isEmpty();

        ui.run(() -> plan.tick(cust(3), true));
        ui.run(() -> plan.tick(cust(0), true));   // expected: not a row that can be ticked
        assertThat(on(() -> plan.plan().removes())).isEqualTo(1);
        assertThat(on(() -> plan.plan().writes().get(3).subscriptionId())).isEqualTo(cust(3));
        assertThat(on(() -> plan.effectText(plan.lines().get(3)))).isEqualTo("The customer's usage is then reported against the registration subscription " + SUB + ".");

        ui.run(plan::tickAllUnexpected);
        assertThat(on(() -> plan.countsTextProperty().get())).isEqualTo("Add 3, remove 3; 0 not planned.");
        ui.run(plan::untickAll);
        assertThat(on(() -> plan.plan().removes())).isZero();
        assertThat(fake.requests()).as("building a plan makes no call").isEmpty();
    }

    @Test
    void withoutTheConfirmationNothingIsSentNotEvenAList() throws Exception {
        TenantsViewModel vm = readAndLoad();
        ui.run(() -> vm.plan().tick(cust(4), true));
        answer = false;

        applyToEnd(vm);

        assertThat(asked).containsExactly("reg1 | Write to Azure: add 3, remove 1 on reg1. Each removed customer's usage is then reported "
                + "against the registration subscription " + SUB + ".");
        assertThat(fake.requests()).isEmpty();
        assertThat(on(() -> vm.plan().statusTextProperty().get())).isEqualTo("Not written: the confirmation was cancelled, so nothing was sent.");
        assertThat(on(() -> vm.plan().resultProperty().get())).isNull();
        assertThat(on(() -> vm.plan().outcomeProperty().get())).isEqualTo(PlanViewModel.RunOutcome.NONE);
    }

    @Test
    void confirmedItSendsExactlyThePlannedWritesShowsEachOutcomeAndReadsTheListAgain() throws Exception {
        TenantsViewModel vm = readAndLoad();
        PlanViewModel plan = vm.plan();
        ui.run(plan::tickAllUnexpected);
        answer = true;

        applyToEnd(vm);

        assertThat(writes()).containsExactly("PUT " + BASE + cust(5), "PUT " + BASE + cust(6), "PUT " + BASE + cust(1),
                "DELETE " + BASE + cust(2), "DELETE " + BASE + cust(3), "DELETE " + BASE + cust(4));
        assertThat(on(() -> plan.lines().stream().map(plan::outcomeText).toList())).containsOnly("done");
        assertThat(on(() -> plan.statusTextProperty().get())).startsWith("6 done, 0 already done, 0 refused");
        // The list read again after the run: the registration now holds what the file expects.
        assertThat(on(() -> vm.reconciliation().inAgreement())).isTrue();
        assertThat(on(() -> plan.lines().size())).as("the outcomes stay shown after the list is read again").isEqualTo(6);
        assertThat(on(() -> plan.outcomeProperty().get())).isEqualTo(PlanViewModel.RunOutcome.COMPLETE);
        assertThat(on(() -> plan.canApplyProperty().get())).isFalse();
        ui.run(plan::newPlan);
        assertThat(on(() -> plan.lines().size())).isZero();
        assertThat(on(() -> plan.statusTextProperty().get())).startsWith("Nothing to write");
    }

    @Test
    void aRefusalInTheMiddleStopsTheRestAndEachRowSaysWhatHappened() throws Exception {
        TenantsViewModel vm = readAndLoad();
        PlanViewModel plan = vm.plan();
        ui.run(() -> plan.tick(cust(2), true));
        answer = true;
        fake.inject(Fault.error(403, "AuthorizationFailed", "The client 'user@contoso.example' does not have authorization to perform action "
                + "'Microsoft.AzureStack/registrations/customerSubscriptions/write'.").method("PUT").after(1).on("/customerSubscriptions/"));

        applyToEnd(vm);

        assertThat(writes()).as("nothing after the refusal").containsExactly("PUT " + BASE + cust(5), "PUT " + BASE + cust(6));
        assertThat(on(() -> plan.resultProperty().get().rows())).extracting(r -> r.outcome())
                .containsExactly(Outcome.DONE, Outcome.REFUSED, Outcome.NOT_SENT, Outcome.NOT_SENT);
        List<String> outcomes = on(() -> plan.lines().stream().map(plan::outcomeText).toList());
        assertThat(outcomes.get(1)).startsWith("refused \u2014 HTTP 403 AuthorizationFailed: The client");
        assertThat(outcomes.get(2)).isEqualTo("not sent: the run stopped at a refusal that every write would get (AuthorizationFailed)");
        assertThat(on(() -> plan.lines().get(3).write().action())).isEqualTo(Action.REMOVE);
        assertThat(on(() -> plan.statusTextProperty().get())).contains("Stopped at the first refusal every write would get (AuthorizationFailed)");
        assertThat(on(() -> plan.outcomeProperty().get())).isEqualTo(PlanViewModel.RunOutcome.REFUSED);

        i18n.setLanguage(Language.FR);
        assertThat(on(() -> plan.outcomeText(plan.lines().get(0)))).isEqualTo("fait");
        assertThat(on(() -> plan.actionText(plan.lines().get(3)))).isEqualTo("Retrait (DELETE)");
    }

    @Test
    void thePlanAndItsOutcomesAreExportedAndCopied() throws Exception {
        TenantsViewModel vm = readAndLoad();
        PlanViewModel plan = vm.plan();
        ui.run(() -> plan.tick(cust(3), true));
        Path planCsv = dir.resolve("plan.csv");
        ui.call(() -> plan.export(new SaveDialog.Target(planCsv, SaveDialog.Format.CSV))).ended().join();
        String csv = Files.readString(planCsv, StandardCharsets.UTF_8);
        assertThat(csv).contains(cust(5)).contains(cust(3)).contains("One moved");
        assertThat(on(plan::markdown)).startsWith("## Plan for registration reg1").contains("| 4 | DELETE | `" + cust(3) + "`");

        answer = true;
        applyToEnd(vm);
        Path outJson = dir.resolve("outcomes.json");
        ui.call(() -> plan.export(new SaveDialog.Target(outJson, SaveDialog.Format.JSON))).ended().join();
        assertThat(Files.readString(outJson, StandardCharsets.UTF_8)).contains("\"outcome\" : \"done\"");
        assertThat(on(plan::markdown)).startsWith("## Plan applied on registration reg1");
        assertThat(on(plan::suggestedFileName)).startsWith("azscsp-plan-outcomes-reg1-");
    }
}
