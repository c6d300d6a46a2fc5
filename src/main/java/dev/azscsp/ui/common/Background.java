package dev.azscsp.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The window's background threads and the executor that hands results back to the UI. The app passes
 * {@code Platform::runLater}; ViewModel tests pass a thread of their own. ViewModels use it through {@link Worker}.
 */
public final class Background implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ui-worker-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Executor ui;
    private ScheduledExecutorService timer;

    public Background(Executor ui) {
        this.ui = ui;
    }

    /** Where results must be delivered (the JavaFX thread in the app). */
    public Executor ui() { return ui; }

    /** The window's pool, which grows as needed: Worker runs and the checks of every run share it. */
    public ExecutorService pool() { return pool; }

    /** One timer thread for the time limits of every run, made on first use. */
    public synchronized ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ui-timer");
                t.setDaemon(true);
                return t;
            });
        }
        return timer;
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
    public synchronized void close() {
        pool.shutdownNow();
        if (timer != null) timer.shutdownNow();
    }
}
