package dev.azscsp.ui.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.azscsp.demo.Scenario;
import dev.azscsp.demo.SimulatedAzure;
import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputRules;
import dev.azscsp.i18n.Language;
import dev.azscsp.ui.FakeUiThread;
import dev.azscsp.ui.common.I18n;

class ChecksViewModelTest {
    private final FakeUiThread ui = new FakeUiThread();
    private final I18n i18n = new I18n(Language.EN);
    private final AtomicReference<RunResult> done = new AtomicReference<>();
    private final AtomicBoolean aborted = new AtomicBoolean();

    @AfterEach
    void close() {
        ui.close();
    }

    private void start(ChecksViewModel vm, Scenario s, CompletableFuture<RegistrationApi> api) {
        ui.run(() -> vm.start(InputRules.check(s.input()), api, Duration.ofSeconds(10),
                at -> new dev.azscsp.report.RunContext("test", "demo", null, "2017-06-01", at), done::set, () -> aborted.set(true)));
    }

    @Test
    void aRunFillsTheListAndEndsOnTheScenariosCard() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        start(vm, Scenario.CUSTOMER_SUBSCRIPTION_NOT_FOUND, CompletableFuture.completedFuture(
                new SimulatedAzure(Scenario.CUSTOMER_SUBSCRIPTION_NOT_FOUND, Duration.ofMillis(5))));
        ui.await(() -> done.get() != null);
        assertThat(done.get().diagnosis().primaryCode()).isEqualTo("CustomerSubscriptionNotFound");
        assertThat(done.get().apiVersion()).isEqualTo("2017-06-01");
        assertThat(ui.call(vm::isRunning)).isFalse();
        assertThat(ui.call(() -> vm.progressProperty().get())).isEqualTo(1.0);
        assertThat(ui.call(() -> vm.progressTextProperty().get())).isEqualTo("13 of 13 checks done");
        CheckRow mapping = vm.row(CheckId.MAPPING);
        assertThat(ui.call(mapping::status)).isEqualTo(CheckRow.Status.FAIL);
        assertThat(ui.call(() -> mapping.expandedProperty().get())).as("a failure opens its evidence").isTrue();
        assertThat(ui.call(() -> mapping.statusTextProperty().get())).isEqualTo("failed");
        assertThat(ui.call(() -> mapping.durationProperty().get())).endsWith(" ms");
        assertThat(ui.call(() -> vm.row(CheckId.SIGN_IN).expandedProperty().get())).isFalse();
    }

    @Test
    void resultsAreRenderedAgainInTheNewLanguage() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        start(vm, Scenario.HEALTHY, CompletableFuture.completedFuture(new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO)));
        ui.await(() -> done.get() != null);
        CheckRow signIn = vm.row(CheckId.SIGN_IN);
        String english = ui.call(() -> signIn.evidenceProperty().get());
        ui.run(() -> i18n.setLanguage(Language.FR));
        assertThat(ui.call(() -> signIn.titleProperty().get())).isEqualTo("Connexion");
        assertThat(ui.call(() -> signIn.evidenceProperty().get())).isNotEqualTo(english).contains("admin@contoso-csp.example");
    }

    /** The window's runs share its threads; a run used to start a pool and a timer of its own (a dozen threads). */
    @Test
    void aRunUsesTheWindowsThreadsNotAPoolOfItsOwn() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        start(vm, Scenario.SLOW, CompletableFuture.completedFuture(new SimulatedAzure(Scenario.SLOW)));
        ui.await(() -> vm.row(CheckId.SIGN_IN).status() == CheckRow.Status.RUNNING);
        java.util.List<String> names = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).toList();
        ui.run(vm::cancel);
        ui.await(() -> done.get() != null);
        assertThat(names).noneMatch(n -> n.matches("diagnosis-\\d+")).anyMatch(n -> n.startsWith("ui-worker-"));
    }

    @Test
    void cancelEndsARunningCheckAsCancelled() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        start(vm, Scenario.SLOW, CompletableFuture.completedFuture(new SimulatedAzure(Scenario.SLOW)));
        ui.await(() -> vm.row(CheckId.SIGN_IN).status() == CheckRow.Status.RUNNING);
        long t0 = System.nanoTime();
        ui.run(vm::cancel);
        ui.await(() -> done.get() != null, Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(done.get().diagnosis().cancelled()).isTrue();
        assertThat(done.get().diagnosis().outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(aborted).isFalse();
    }

    @Test
    void cancelBeforeTheClientIsReadyAbortsWithoutAResult() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        CompletableFuture<RegistrationApi> never = new CompletableFuture<>();
        start(vm, Scenario.HEALTHY, never);
        ui.run(vm::cancel);
        assertThat(aborted).isTrue();
        never.complete(new SimulatedAzure(Scenario.HEALTHY, Duration.ZERO));
        ui.run(() -> { });
        assertThat(done.get()).as("a late client starts nothing").isNull();
        assertThat(ui.call(vm::isRunning)).isFalse();
    }

    @Test
    void aClientThatCannotBePreparedIsReported() {
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background()));
        start(vm, Scenario.HEALTHY, CompletableFuture.failedFuture(new UnsupportedOperationException("Azure adapter not wired yet")));
        ui.await(() -> !vm.isRunning());
        assertThat(ui.call(() -> vm.failureProperty().get())).isEqualTo("Azure adapter not wired yet");
    }

    @Test
    void elapsedTimeMovesOnWithTheClock() {
        long[] now = {0};
        ChecksViewModel vm = ui.call(() -> new ChecksViewModel(i18n, ui.background(), () -> now[0]));
        start(vm, Scenario.HEALTHY, new CompletableFuture<>());
        now[0] = 1_500_000_000L;
        ui.run(vm::tick);
        assertThat(ui.call(() -> vm.elapsedTextProperty().get())).isEqualTo("Elapsed: 1.5 s");
    }
}
