package dev.azscsp.diagnosis;

import java.time.Duration;

/**
 * What one check found.
 *
 * @param code       the card it points to when it does not pass; null otherwise
 * @param incomplete true when the check could not finish (network, timeout, sign-in, cancel): the run is then
 *                   incomplete, unlike an UNKNOWN that no call could ever settle
 * @param failure    the service's answer behind the finding, when there was one
 * @param correction the values the check found to use instead of the given ones, or null
 * @param listing    what the check listed from ARM on the way, or null
 */
public record CheckResult(CheckId id, CheckStatus status, Text evidence, String code, boolean incomplete,
                          Duration duration, ServiceAnswer failure, Correction correction, Listing listing) {

    public CheckResult(CheckId id, CheckStatus status, Text evidence, String code, boolean incomplete,
                       Duration duration, ServiceAnswer failure) {
        this(id, status, evidence, code, incomplete, duration, failure, null, null);
    }

    public static CheckResult pass(CheckId id, Text evidence) {
        return new CheckResult(id, CheckStatus.PASS, evidence, null, false, Duration.ZERO, null);
    }

    public static CheckResult of(CheckId id, CheckStatus status, Text evidence, String code) {
        return new CheckResult(id, status, evidence, code, false, Duration.ZERO, null);
    }

    public static CheckResult skipped(CheckId id, Text why) {
        return new CheckResult(id, CheckStatus.SKIPPED, why, null, false, Duration.ZERO, null);
    }

    public CheckResult withDuration(Duration d) {
        return new CheckResult(id, status, evidence, code, incomplete, d, failure, correction, listing);
    }

    public CheckResult withFailure(ServiceAnswer answer) {
        return new CheckResult(id, status, evidence, code, incomplete, duration, answer, correction, listing);
    }

    public CheckResult asIncomplete() {
        return new CheckResult(id, status, evidence, code, true, duration, failure, correction, listing);
    }

    /** With the fix found, when there is one. */
    public CheckResult withCorrection(java.util.Optional<Correction> c) {
        return new CheckResult(id, status, evidence, code, incomplete, duration, failure, c.orElse(null), listing);
    }

    public CheckResult withListing(Listing l) {
        return new CheckResult(id, status, evidence, code, incomplete, duration, failure, correction, l);
    }
}
