package dev.azscsp.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs remote or slow work off the UI thread and hands the outcome back to it. The app passes
 * {@code Platform::runLater} as the UI executor; ViewModel tests pass a direct one and wait on {@link Job#done()}.
 */
public final class Jobs implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ui-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Executor ui;

    public Jobs(Executor ui) {
        this.ui = ui;
    }

    /** Where results must be delivered (the JavaFX thread in the app). */
    public Executor ui() { return ui; }

    /** Runs {@code work} in the background; exactly one of the handlers runs on the UI executor, unless cancelled. */
    public <T> Job<T> submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Job<T> job = new Job<>();
        job.future = pool.submit(() -> {
            T value = null;
            Throwable failure = null;
            try {
                value = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            T v = value;
            Throwable f = failure;
            ui.execute(() -> {
                try {
                    if (job.cancelled) return;
                    if (f == null) onSuccess.accept(v);
                    else onFailure.accept(f);
                } finally {
                    job.done.complete(null);
                }
            });
        });
        return job;
    }

    /** A future that completes on the pool: for work whose result is awaited by other background work. */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        CompletableFuture<T> f = new CompletableFuture<>();
        pool.submit(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One piece of background work. */
    public static final class Job<T> {
        private volatile Future<?> future;
        private volatile boolean cancelled;
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        /** Interrupts the work and drops its outcome: no handler runs afterwards. */
        public void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) f.cancel(true);
            done.complete(null);
        }

        public boolean isCancelled() { return cancelled; }

        /** Completes once a handler has run, or at cancel. */
        public CompletableFuture<Void> done() { return done; }
    }
}
