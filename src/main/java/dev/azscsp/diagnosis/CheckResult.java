package dev.azscsp.diagnosis;

import java.time.Duration;

/**
 * What one check found.
 *
 * @param code       the card it points to when it does not pass; null otherwise
 * @param incomplete true when the check could not finish (network, timeout, sign-in, cancel): the run is then
 *                   incomplete, unlike an UNKNOWN that no call could ever settle
 * @param failure    the service's answer behind the finding, when there was one
 */
public record CheckResult(CheckId id, CheckStatus status, Text evidence, String code, boolean incomplete,
                          Duration duration, ServiceAnswer failure) {

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
        return new CheckResult(id, status, evidence, code, incomplete, d, failure);
    }

    public CheckResult withFailure(ServiceAnswer answer) {
        return new CheckResult(id, status, evidence, code, incomplete, duration, answer);
    }

    public CheckResult asIncomplete() {
        return new CheckResult(id, status, evidence, code, true, duration, failure);
    }
}
