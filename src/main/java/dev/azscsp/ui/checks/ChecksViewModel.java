package dev.azscsp.ui.checks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.DiagnosisListener;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.report.RunContext;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Background;
import dev.azscsp.ui.common.Worker;

/**
 * Step 4: the checks as they run. The diagnostician calls back on its own threads; every update is handed to the
 * UI executor, so the list only ever changes on the JavaFX thread.
 */
public final class ChecksViewModel {
    private final I18n i18n;
    private final Background background;
    private final Worker worker;
    private final LongSupplier nanoClock;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final BooleanBinding running;
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
    private final IntegerProperty finished = new SimpleIntegerProperty(this, "finished");
    private final LongProperty elapsedMillis = new SimpleLongProperty(this, "elapsedMillis");
    private final StringBinding failure;
    private final DoubleBinding progress;
    private final StringBinding progressText;
    private final StringBinding elapsedText;

    private Diagnostician.Run diagnosisRun;
    private Runnable onAborted;
    private long startNanos;

    public ChecksViewModel(I18n i18n, Background background) {
        this(i18n, background, System::nanoTime);
    }

    ChecksViewModel(I18n i18n, Background background, LongSupplier nanoClock) {
        this.i18n = i18n;
        this.background = background;
        this.worker = new Worker(background, i18n);
        this.nanoClock = nanoClock;
        Arrays.stream(CheckId.values()).map(id -> new CheckRow(id, i18n)).forEach(rows::add);
        progress = Bindings.createDoubleBinding(() -> (double) finished.get() / rows.size(), finished);
        progressText = i18n.text(() -> i18n.format("checks.progress", finished.get(), rows.size()), finished);
        elapsedText = i18n.text(() -> i18n.format("checks.elapsed", elapsedMillis.get() / 1000.0), elapsedMillis);
        running = worker.runningProperty();
        failure = i18n.text(() -> worker.state() == Worker.State.FAILED ? worker.failureProperty().get() : null,
                worker.stateProperty(), worker.failureProperty());
    }

    public ObservableList<CheckRow> rows() { return rows; }
    public BooleanBinding runningProperty() { return running; }
    public boolean isRunning() { return running.get(); }
    public BooleanProperty cancellingProperty() { return cancelling; }
    public IntegerProperty finishedProperty() { return finished; }
    public DoubleBinding progressProperty() { return progress; }
    public StringBinding progressTextProperty() { return progressText; }
    public LongProperty elapsedMillisProperty() { return elapsedMillis; }
    public StringBinding elapsedTextProperty() { return elapsedText; }
    /** Why the checks could not run to a result (the client could not be prepared), in the current language; null otherwise. */
    public StringBinding failureProperty() { return failure; }

    public CheckRow row(CheckId id) {
        return rows.get(id.ordinal());
    }

    /**
     * Starts a run once the client is ready. A run started before is superseded: nothing it still reports lands.
     *
     * @param context   where and how the run went, given the time it ended (for the ticket's head)
     * @param onDone    gets the result on the UI executor, cancelled runs included
     * @param onAborted called when the run was cancelled before it could start
     */
    public void start(InputReport input, CompletableFuture<RegistrationApi> api, Duration checkTimeout,
                      Function<Instant, RunContext> context, Consumer<RunResult> onDone, Runnable onAborted) {
        Worker.Run r = worker.begin();
        this.onAborted = onAborted;
        diagnosisRun = null;
        rows.forEach(CheckRow::reset);
        finished.set(0);
        cancelling.set(false);
        elapsedMillis.set(0);
        startNanos = nanoClock.getAsLong();
        api.whenComplete((a, e) -> r.post(() -> {
            if (e != null) {
                r.fail(e);
                return;
            }
            Diagnostician diagnostician = Diagnostician.standard(a, checkTimeout, background.pool(), background.timer());
            Diagnostician.Run run = diagnostician.start(input, listener(r));
            diagnosisRun = run;
            r.onCancel(run::cancel);
            run.result().whenComplete((d, err) -> r.post(() -> {
                cancelling.set(false);
                diagnosisRun = null;
                if (err != null) {
                    r.fail(err);
                    return;
                }
                elapsedMillis.set(d.elapsed().toMillis());
                r.done();
                onDone.accept(new RunResult(d, diagnostician, context.apply(Instant.now())));
            }));
        }));
    }

    private DiagnosisListener listener(Worker.Run r) {
        return new DiagnosisListener() {
            @Override
            public void started(CheckId id) {
                r.post(() -> row(id).started());
            }

            @Override
            public void finished(CheckResult result) {
                r.post(() -> {
                    CheckRow row = row(result.id());
                    boolean first = !row.status().finished();
                    row.finished(result);
                    if (first) ChecksViewModel.this.finished.set(ChecksViewModel.this.finished.get() + 1);
                });
            }
        };
    }

    /** Stops the run: the checks still running end as cancelled, and the result says so. */
    public void cancel() {
        if (!isRunning()) return;
        Diagnostician.Run run = diagnosisRun;
        if (run == null) {
            // Still waiting for the client: nothing ran, so there is no result to show.
            worker.cancel();
            if (onAborted != null) onAborted.run();
            return;
        }
        cancelling.set(true);
        run.cancel();
    }

    /** Moves the elapsed time on; the view calls it on a timer while running. */
    public void tick() {
        if (running.get()) elapsedMillis.set((nanoClock.getAsLong() - startNanos) / 1_000_000);
    }

    /** Forgets a run that is no longer wanted (start over). */
    public void reset() {
        worker.reset();
        diagnosisRun = null;
        cancelling.set(false);
        rows.forEach(CheckRow::reset);
        finished.set(0);
    }
}
