package dev.azscsp.diagnosis;

import java.util.Set;

/** One question asked of Azure (or of the input). Checks run in parallel unless one needs another's result. */
public interface Check {
    CheckId id();

    /** The checks whose results this one reads; it starts when they are done. */
    Set<CheckId> needs();

    /**
     * Runs the check. It may block on remote calls; it is interrupted when the run is cancelled or times out.
     * An exception makes it UNKNOWN with the reason, and the run goes on.
     */
    CheckResult run(CheckContext context) throws Exception;
}
