package dev.azscsp.diagnosis.bulk;

import java.time.Duration;

/**
 * A token bucket shared by every row of a bulk run, so the run stays under ARM's read limits however many rows
 * run at once. When ARM answers 429 with a Retry-After, {@link #pause} holds every caller back until then.
 */
public final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private double tokens;
    private long last = System.nanoTime();
    private long pausedUntil;

    /**
     * @param perSecond steady rate of calls
     * @param burst     calls allowed at once after a quiet spell
     */
    public RateLimiter(double perSecond, int burst) {
        if (perSecond <= 0 || burst < 1) throw new IllegalArgumentException("rate and burst must be positive");
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    /** Waits for a permit; interruptible. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                long now = System.nanoTime();
                if (now < pausedUntil) {
                    waitNanos = pausedUntil - now;
                } else {
                    tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
                    last = now;
                    if (tokens >= 1) {
                        tokens -= 1;
                        return;
                    }
                    waitNanos = (long) ((1 - tokens) / perSecond * 1e9);
                }
            }
            Thread.sleep(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        }
    }

    /** True when the bucket has filled up again and nothing holds callers back: it is as good as a new one. */
    public synchronized boolean isFull() {
        long now = System.nanoTime();
        return now >= pausedUntil && tokens + (now - last) / 1e9 * perSecond >= burst;
    }

    /** Holds every caller back for this long from now (a Retry-After), keeping the longest pause asked for. */
    public synchronized void pause(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        if (until > pausedUntil) pausedUntil = until;
        tokens = 0;
    }

    public double perSecond() { return perSecond; }
}
