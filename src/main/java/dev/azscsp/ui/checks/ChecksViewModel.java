package dev.azscsp.ui.checks;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.azscsp.diagnosis.CheckId;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.Diagnostician;
import dev.azscsp.diagnosis.DiagnosisListener;
import dev.azscsp.diagnosis.api.RegistrationApi;
import dev.azscsp.diagnosis.input.InputReport;
import dev.azscsp.ui.common.I18n;
import dev.azscsp.ui.common.Jobs;
import dev.azscsp.ui.connect.ConnectViewModel;

/**
 * Step 4: the checks as they run. The diagnostician calls back on its own threads; every update is handed to the
 * UI executor, so the list only ever changes on the JavaFX thread.
 */
public final class ChecksViewModel {
    private final I18n i18n;
    private final Jobs jobs;
    private final LongSupplier nanoClock;
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final BooleanProperty cancelling = new SimpleBooleanProperty(this, "cancelling");
    private final IntegerProperty finished = new SimpleIntegerProperty(this, "finished");
    private final LongProperty elapsedMillis = new SimpleLongProperty(this, "elapsedMillis");
    private final StringProperty failure = new SimpleStringProperty(this, "failure");
    private final DoubleBinding progress;
    private final StringBinding progressText;
    private final StringBinding elapsedText;

    private Diagnostician.Run run;
    private Runnable onAborted;
    private long startNanos;
    private int generation;

    public ChecksViewModel(I18n i18n, Jobs jobs) {
        this(i18n, jobs, System::nanoTime);
    }

    ChecksViewModel(I18n i18n, Jobs jobs, LongSupplier nanoClock) {
        this.i18n = i18n;
        this.jobs = jobs;
        this.nanoClock = nanoClock;
        Arrays.stream(CheckId.values()).map(id -> new CheckRow(id, i18n)).forEach(rows::add);
        progress = Bindings.createDoubleBinding(() -> (double) finished.get() / rows.size(), finished);
        progressText = i18n.text(() -> i18n.format("checks.progress", finished.get(), rows.size()), finished);
        elapsedText = i18n.text(() -> i18n.format("checks.elapsed", elapsedMillis.get() / 1000.0), elapsedMillis);
    }

    public ObservableList<CheckRow> rows() { return rows; }
    public BooleanProperty runningProperty() { return running; }
    public boolean isRunning() { return running.get(); }
    public BooleanProperty cancellingProperty() { return cancelling; }
    public IntegerProperty finishedProperty() { return finished; }
    public DoubleBinding progressProperty() { return progress; }
    public StringBinding progressTextProperty() { return progressText; }
    public LongProperty elapsedMillisProperty() { return elapsedMillis; }
    public StringBinding elapsedTextProperty() { return elapsedText; }
    /** Why the checks could not start (the client could not be prepared); null otherwise. */
    public StringProperty failureProperty() { return failure; }

    public CheckRow row(CheckId id) {
        return rows.get(id.ordinal());
    }

    /**
     * Starts a run once the client is ready.
     *
     * @param onDone    gets the result on the UI executor, cancelled runs included
     * @param onAborted called when the run was cancelled before it could start
     */
    public void start(InputReport input, CompletableFuture<RegistrationApi> api, Duration checkTimeout, String apiVersion,
                      Consumer<RunResult> onDone, Runnable onAborted) {
        if (run != null) run.cancel();
        run = null;
        this.onAborted = onAborted;
        int gen = ++generation;
        rows.forEach(CheckRow::reset);
        finished.set(0);
        failure.set(null);
        cancelling.set(false);
        elapsedMillis.set(0);
        startNanos = nanoClock.getAsLong();
        running.set(true);
        api.whenComplete((a, e) -> jobs.ui().execute(() -> {
            if (gen != generation) return;
            if (e != null) {
                failure.set(ConnectViewModel.describe(e));
                running.set(false);
                return;
            }
            Diagnostician diagnostician = Diagnostician.standard(a, checkTimeout);
            run = diagnostician.start(input, listener(gen));
            run.result().whenComplete((d, err) -> jobs.ui().execute(() -> {
                if (gen != generation) return;
                running.set(false);
                cancelling.set(false);
                run = null;
                if (err != null) {
                    failure.set(ConnectViewModel.describe(err));
                    return;
                }
                elapsedMillis.set(d.elapsed().toMillis());
                onDone.accept(new RunResult(d, diagnostician, apiVersion));
            }));
        }));
    }

    private DiagnosisListener listener(int gen) {
        return new DiagnosisListener() {
            @Override
            public void started(CheckId id) {
                jobs.ui().execute(() -> { if (gen == generation) row(id).started(); });
            }

            @Override
            public void finished(CheckResult r) {
                jobs.ui().execute(() -> {
                    if (gen != generation) return;
                    CheckRow row = row(r.id());
                    boolean first = !row.status().finished();
                    row.finished(r);
                    if (first) ChecksViewModel.this.finished.set(ChecksViewModel.this.finished.get() + 1);
                });
            }
        };
    }

    /** Stops the run: the checks still running end as cancelled, and the result says so. */
    public void cancel() {
        if (!running.get()) return;
        if (run == null) {
            // Still waiting for the client: nothing ran, so there is no result to show.
            generation++;
            running.set(false);
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
        if (run != null) run.cancel();
        run = null;
        generation++;
        running.set(false);
        rows.forEach(CheckRow::reset);
        finished.set(0);
        failure.set(null);
    }
}
