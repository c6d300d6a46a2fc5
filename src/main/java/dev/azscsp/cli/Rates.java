package dev.azscsp.cli;

/** The bounds of {@code --concurrency} and {@code --max-calls-per-second}, which {@code bulk} and {@code tenants} share. */
final class Rates {
    private Rates() {}

    /** What is wrong with the two values, or null when both are within bounds. */
    static String problem(int concurrency, double maxCallsPerSecond) {
        if (concurrency < 1 || concurrency > 64) return "--concurrency must be between 1 and 64.";
        if (!(maxCallsPerSecond >= 1 && maxCallsPerSecond <= 1000)) return "--max-calls-per-second must be between 1 and 1000.";
        return null;
    }
}
