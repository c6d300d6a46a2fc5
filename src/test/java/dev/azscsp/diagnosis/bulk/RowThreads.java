package dev.azscsp.diagnosis.bulk;

import java.util.List;

/**
 * Waits for a bulk run's row threads to end, the only threads that report rows: once none is left, nothing more can
 * arrive, so a test can check "nothing came after" without sleeping and hoping.
 */
public final class RowThreads {
    private RowThreads() {}

    /** Joins every live row thread; fails when one is still there after 10 s. */
    public static void awaitNone() throws InterruptedException {
        List<Thread> rows = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(BulkRunner.ROW_THREADS)).toList();
        for (Thread t : rows) {
            t.join(10_000);
            if (t.isAlive()) throw new AssertionError("a bulk row thread is still running 10 s after its run ended");
        }
    }
}
