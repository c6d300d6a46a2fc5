package dev.azscsp.diagnosis;

import java.util.Locale;

public enum Outcome {
    /** Nothing wrong was found (some things may not have been verifiable). */
    OK,
    /** A problem was found: the primary card says which. */
    PROBLEM,
    /** The run could not complete (sign-in, network, timeout, cancel). */
    INCOMPLETE;

    public String key() { return name().toLowerCase(Locale.ROOT); }
}
