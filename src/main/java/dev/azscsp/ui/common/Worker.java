package dev.azscsp.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one way a ViewModel runs remote or slow work. A worker holds at most one current {@link Run}: starting
 * another supersedes it (its cancel hooks run and nothing it delivers lands afterwards), so a stale answer never
 * reaches a page that moved on. Everything a run hands over, and every state change, happens on the UI executor of
 * {@link Background} (the JavaFX thread in the app, a plain thread in ViewModel tests). Failures become a sentence
 * in the user's language ({@link Failures}).
 *
 * <p>Methods are called on the UI executor, except {@link Run#post}, which any thread may call.
 */
public final class Worker {
    /** Where the worker stands. */
    public enum State {
        IDLE, RUNNING, DONE, FAILED, CANCELLED;

        public boolean isRunning() { return this == RUNNING; }
    }

    private final Background background;
    private final I18n i18n;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.IDLE);
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>(this, "error");
    private final BooleanBinding running = state.isEqualTo(State.RUNNING);
    private final StringBinding failure;
    private Run current;

    public Worker(Background background, I18n i18n) {
        this.background = background;
        this.i18n = i18n;
        this.failure = i18n.text(() -> error.get() == null ? null : Failures.describe(i18n, error.get()), error);
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state; }
    public State state() { return state.get(); }
    public boolean isRunning() { return state.get() == State.RUNNING; }
    /** True while a run is under way: what "busy" spinners and disabled buttons bind to. */
    public BooleanBinding runningProperty() { return running; }
    /** Why the last run failed, in the current language; null unless {@link State#FAILED}. */
    public StringBinding failureProperty() { return failure; }
    public Throwable error() { return error.get(); }

    /** A new current run, in RUNNING state; the one before it is superseded. */
    public Run begin() {
        if (current != null) current.end(null);
        Run r = new Run();
        current = r;
        error.set(null);
        state.set(State.RUNNING);
        return r;
    }

    /**
     * Runs {@code work} on the background pool and hands its value to {@code onDone} on the UI executor, unless
     * the run was superseded or cancelled by then. A thrown exception ends the run as FAILED.
     */
    public <T> Run start(Callable<T> work, Consumer<? super T> onDone) {
        Run r = begin();
        Future<?> f = background.pool().submit(() -> {
            try {
                T value = work.call();
                r.post(() -> {
                    onDone.accept(value);
                    r.done();
                });
            } catch (Throwable t) {
                r.post(() -> r.fail(t));
            }
        });
        r.onCancel(() -> f.cancel(true));
        return r;
    }

    /** Stops the current run: its cancel hooks run, it ends as CANCELLED and nothing it delivers lands. */
    public void cancel() {
        if (current == null) return;
        current.end(State.CANCELLED);
    }

    /** Forgets the current run (as {@link #cancel()}) and goes back to IDLE. */
    public void reset() {
        if (current != null) current.end(null);
        error.set(null);
        state.set(State.IDLE);
    }

    /** One piece of work; ended once done, failed, cancelled or superseded. */
    public final class Run {
        private final List<Runnable> cancelHooks = new ArrayList<>();
        private final CompletableFuture<State> ended = new CompletableFuture<>();
        private volatile boolean over;

        private Run() {}

        /** Runs {@code update} on the UI executor if this run is still the current one then. Any thread. */
        public void post(Runnable update) {
            if (over) return;
            background.ui().execute(() -> {
                if (!over && current == this) update.run();
            });
        }

        /** What stops the underlying work; run at cancel and when superseded (at once if already over). */
        public void onCancel(Runnable hook) {
            if (over) hook.run();
            else cancelHooks.add(hook);
        }

        public boolean isCurrent() { return !over && current == this; }

        /** Ends the run as DONE. */
        public void done() {
            if (isCurrent()) end(State.DONE);
        }

        /** Ends the run as FAILED with {@code t}, shown through {@link Worker#failureProperty()}. */
        public void fail(Throwable t) {
            if (!isCurrent()) return;
            Failures.logIfUnexpected(i18n, t);
            error.set(t);
            end(State.FAILED);
        }

        /** Completes with the state the run ended in (null when superseded or reset). */
        public CompletableFuture<State> ended() { return ended; }

        private void end(State outcome) {
            if (over) return;
            over = true;
            if (outcome != State.DONE && outcome != State.FAILED) cancelHooks.forEach(Runnable::run);
            cancelHooks.clear();
            if (current == this) {
                current = null;
                if (outcome != null) state.set(outcome);
            }
            ended.complete(outcome);
        }
    }
}
