package dev.azscsp.diagnosis.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeRegistration;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.tenants.PlanApplier.Outcome;
import dev.azscsp.diagnosis.tenants.PlanApplier.Result;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;

/** The plan applier through the real adapter against FakeArm: what it decides per row, and how a run is stopped. */
class PlanApplierTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    @RegisterExtension static final FakeArm fake = FakeArm.start();
    RegistrationApi api;
    FakeRegistration reg;
    RegistrationRef ref;

    static String cust(int i) { return String.format("%08x-1111-4000-8000-%012x", i, i); }
    static String tenant(int i) { return String.format("%08x-2222-4000-8000-%012x", i, i); }

    @BeforeEach
    void registration() {
        fake.reset();
        fake.addSubscription(SUB).providerState("Microsoft.AzureStack", "Registered");
        reg = fake.addRegistration(SUB, "azurestack", "reg1");
        ref = reg.ref();
        for (int i = 0; i < 6; i++) fake.addSubscription(cust(i)).tenantId(tenant(i));
        reg.addCustomerSubscription(cust(0), tenant(0));
        api = fake.connect();
    }

    static PlannedWrite add(int i) { return new PlannedWrite(Action.ADD, cust(i), tenant(i), List.of(), null, i + 2); }

    static PlannedWrite remove(int i) { return new PlannedWrite(Action.REMOVE, cust(i), tenant(i), List.of(), null, 0); }

    Result apply(PlannedWrite... writes) {
        return new PlanApplier(api, new WritePacer()).apply(new TenantPlan(ref, List.of(writes), List.of()), PlanApplier.Listener.NONE);
    }

    @Test
    void aDeleteAnsweredNotFoundLeavesTheMappingGoneWhichIsWhatWasAsked() {
        fake.inject(Fault.error(404, "CustomerSubscriptionNotFound", "The customer subscription was not found.").method("DELETE"));

        Result r = apply(remove(0), add(1));

        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsExactly(Outcome.ALREADY_DONE, Outcome.DONE);
        assertThat(r.rows().get(0).note().key()).isEqualTo("plan.row.gone");
        assertThat(r.rows().get(0).requestId()).as("the DELETE was sent and answered").isNotBlank();
        assertThat(r.complete()).isTrue();
    }

    @Test
    void aNotFoundOfTheRegistrationIsARefusalThatStopsTheRun() {
        fake.inject(Fault.error(404, "ParentResourceNotFound", "Parent resource 'reg1' not found.").method("DELETE"));

        Result r = apply(remove(0), add(1));

        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsExactly(Outcome.REFUSED, Outcome.NOT_SENT);
        assertThat(r.stoppedBy().code()).isEqualTo("ParentResourceNotFound");
        assertThat(fake.writes()).hasSize(1);
    }

    @Test
    void aRefusalForOneCustomerOnlyDoesNotStopTheOthers() {
        fake.subscription(cust(1)).quotaId("PayAsYouGo_2014-09-01");

        Result r = apply(add(1), add(2));

        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsExactly(Outcome.REFUSED, Outcome.DONE);
        assertThat(r.rows().get(0).code()).isEqualTo("InvalidCSPSubscription");
        assertThat(r.stoppedBy()).isNull();
    }

    @Test
    void cancelSendsNothingMoreAndTheListenerHearsEveryRow() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        AtomicReference<PlanApplier.Run> run = new AtomicReference<>();
        List<String> heard = new ArrayList<>();
        PlanApplier.Run started = new PlanApplier(api, new WritePacer()).start(new TenantPlan(ref, List.of(add(1), add(2), add(3)), List.of()),
                queued::add, (i, row) -> {
                    heard.add(i + " " + row.outcome());
                    if (i == 0) run.get().cancel();
                });
        run.set(started);
        queued.forEach(Runnable::run);

        Result r = started.result().get(10, TimeUnit.SECONDS);
        assertThat(heard).containsExactly("0 DONE", "1 NOT_SENT", "2 NOT_SENT");
        assertThat(r.cancelled()).isTrue();
        assertThat(r.rows().get(1).note().key()).isEqualTo("plan.row.cancelled");
        assertThat(fake.writes()).hasSize(1);
    }

    @Test
    void afterAnEmptyListEachRowIsCheckedWithADirectGet() {
        fake.listsNoMappings();

        Result r = apply(add(0), add(1));

        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsExactly(Outcome.ALREADY_DONE, Outcome.DONE);
        assertThat(fake.requests("/customerSubscriptions/" + cust(0))).as("a direct GET found it").isNotEmpty();
        assertThat(fake.writes()).hasSize(1);
    }

    @Test
    void aListThatCannotBeReadSendsNothing() {
        fake.inject(Fault.error(403, "AuthorizationFailed", "no read").on("/customerSubscriptions$"));

        Result r = apply(add(1), remove(0));

        assertThat(r.listFailure()).isNotNull();
        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsOnly(Outcome.NOT_SENT);
        assertThat(fake.writes()).isEmpty();
    }

    @Test
    void aWriteWithoutAnAnswerSaysItMayHaveReachedAzure() {
        fake.inject(Fault.dropConnection().method("PUT").always());

        Result r = apply(add(1), add(2));

        assertThat(r.rows()).extracting(PlanApplier.RowResult::outcome).containsExactly(Outcome.REFUSED, Outcome.NOT_SENT);
        assertThat(r.rows().get(0).note().key()).isEqualTo("plan.row.uncertain");
        assertThat(r.rows().get(0).note().in(dev.azscsp.i18n.Language.EN)).contains("the write may have reached Azure");
    }

    @Test
    void everyWriteSentLeavesTwoLinesInTheLogAndARowNotSentNone() {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(PlanApplier.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines = new ch.qos.logback.core.read.ListAppender<>();
        lines.start();
        log.addAppender(lines);
        ch.qos.logback.classic.Level level = log.getLevel();
        log.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            fake.inject(Fault.error(403, "AuthorizationFailed", "no write").method("DELETE"));

            apply(add(1), remove(0), add(2));

            List<String> writes = lines.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList();
            assertThat(writes).hasSize(4);
            assertThat(writes.get(0)).isEqualTo("Write confirmed (plan): PUT " + ref.customerSubscriptionId(cust(1)) + " with customer tenant " + tenant(1));
            assertThat(writes.get(1)).isEqualTo("Write done (plan): PUT " + ref.customerSubscriptionId(cust(1)));
            assertThat(writes.get(2)).startsWith("Write confirmed (plan): DELETE " + ref.customerSubscriptionId(cust(0)));
            assertThat(writes.get(3)).startsWith("Write refused (plan): DELETE " + ref.customerSubscriptionId(cust(0)) + " (AuthorizationFailed, request ");
            assertThat(String.join("\n", writes)).doesNotContainIgnoringCase("bearer").doesNotContain("eyJ");
        } finally {
            log.setLevel(level);
            log.detachAppender(lines);
        }
    }

    @Test
    void thePacerIsNeverLooserThanArm() {
        assertThatThrownBy(() -> new WritePacer(WritePacer.PER_SECOND * 2, WritePacer.BURST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WritePacer(WritePacer.PER_SECOND, WritePacer.BURST + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
