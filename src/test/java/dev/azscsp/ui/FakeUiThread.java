package dev.azscsp.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.azscsp.ui.common.Background;

/**
 * One thread that plays the JavaFX thread for ViewModel tests: results handed to the UI land here, one at a time,
 * as on the real one, and tests read state on it too.
 */
public final class FakeUiThread implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fake-ui");
        t.setDaemon(true);
        return t;
    });
    private final Background background = new Background(this);

    public Background background() { return background; }

    @Override
    public void execute(Runnable command) {
        thread.execute(command);
    }

    public <T> T call(Callable<T> c) {
        try {
            return thread.submit(c).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until the condition, read on this thread, holds. */
    public void await(BooleanSupplier condition, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (call(condition::getAsBoolean)) return;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Condition not met within " + limit);
    }

    public void await(BooleanSupplier condition) {
        await(condition, Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        background.close();
        thread.shutdownNow();
    }
}
