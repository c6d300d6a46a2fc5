package dev.azscsp.diagnosis;

import java.time.Duration;
import java.util.List;

import dev.azscsp.diagnosis.input.InputProblem;

/**
 * The result of a run.
 *
 * @param primaryCode    the card to show first (null when nothing is wrong and nothing stopped the run)
 * @param secondaryCodes the other problems found, most decisive first
 * @param primaryAnswer  the service's answer behind the primary card, when there was one (for the ticket)
 * @param inputOnly      true when the input was too malformed to check anything
 */
public record Diagnosis(RegistrationTarget target, List<InputProblem> inputProblems, List<CheckResult> checks,
                        Outcome outcome, String primaryCode, List<String> secondaryCodes,
                        ServiceAnswer primaryAnswer, Duration elapsed, boolean cancelled, boolean inputOnly) {

    public Diagnosis {
        inputProblems = List.copyOf(inputProblems);
        checks = List.copyOf(checks);
        secondaryCodes = List.copyOf(secondaryCodes);
    }

    /** What could not be verified: UNKNOWN checks. */
    public List<CheckResult> unverified() {
        return checks.stream().filter(c -> c.status() == CheckStatus.UNKNOWN).toList();
    }

    /** True when adding was asked and ready, but the write was not confirmed: nothing was written. */
    public boolean writeNotConfirmed() {
        return checks.stream().anyMatch(c -> c.id() == CheckId.ADD && c.evidence().key().equals(Diagnostician.NOT_CONFIRMED));
    }

    public List<CheckResult> warnings() {
        return checks.stream().filter(c -> c.status() == CheckStatus.WARN).toList();
    }

    public CheckResult check(CheckId id) {
        return checks.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
