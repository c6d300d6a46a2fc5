package dev.azscsp.diagnosis;

public enum CheckStatus {
    PASS, WARN, FAIL,
    /** Could not be told: either not verifiable with what ARM shows, or the call did not complete. */
    UNKNOWN,
    /** Not run: it did not apply, or something it needs failed first. */
    SKIPPED
}
