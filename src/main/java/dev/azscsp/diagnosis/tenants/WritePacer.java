package dev.azscsp.diagnosis.tenants;

import dev.azscsp.diagnosis.bulk.RateLimiter;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;

/**
 * Paces a plan's writes within ARM's write and delete limits: one token bucket for PUTs and one for DELETEs, each
 * ARM's documented subscription bucket (200, refilled at 10 per second). Its own pacer: the bulk run's read limiter
 * refuses writes on purpose.
 */
public final class WritePacer {
    /** ARM's subscription write bucket, and its delete bucket (the same size). */
    public static final int BURST = 200;
    public static final double PER_SECOND = 10;

    private final RateLimiter puts;
    private final RateLimiter deletes;

    public WritePacer() { this(PER_SECOND, BURST); }

    /** Tighter limits than ARM's, e.g. for a shared subscription; never looser. */
    public WritePacer(double perSecond, int burst) {
        if (perSecond > PER_SECOND || burst > BURST) throw new IllegalArgumentException("at most ARM's write rate");
        puts = new RateLimiter(perSecond, burst);
        deletes = new RateLimiter(perSecond, burst);
    }

    /** Waits until this write may be sent; interruptible. */
    void acquire(Action action) throws InterruptedException {
        (action == Action.ADD ? puts : deletes).acquire();
    }
}
