package dev.azscsp.diagnosis;

import java.time.Duration;
import java.util.List;

import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.input.InputProblem;
import dev.azscsp.diagnosis.input.RawInput;

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

    /** The fixes the checks found, the one behind the primary card first, then in the order of the checks. */
    public List<Correction> corrections() {
        java.util.ArrayList<Correction> out = new java.util.ArrayList<>();
        for (CheckResult c : checks) {
            if (c.correction() == null) continue;
            if (primaryCode != null && primaryCode.equals(c.code())) out.add(0, c.correction());
            else out.add(c.correction());
        }
        return out;
    }

    /** All the fixes' values together; when two fixes name the same field, the first one's value is kept. */
    public java.util.Map<Field, String> correctedValues() {
        java.util.Map<Field, String> v = new java.util.EnumMap<>(Field.class);
        for (Correction c : corrections()) c.values().forEach(v::putIfAbsent);
        return v;
    }

    /** The input the run was given, with the corrected values in place of the given ones. */
    public RawInput correctedInput() {
        java.util.Map<Field, String> v = correctedValues();
        RegistrationTarget t = target;
        return new RawInput(v.getOrDefault(Field.SUBSCRIPTION_ID, t.subscriptionId()), v.getOrDefault(Field.RESOURCE_GROUP, t.resourceGroup()),
                v.getOrDefault(Field.REGISTRATION_NAME, t.registrationName()),
                v.getOrDefault(Field.CUSTOMER_SUBSCRIPTION_ID, t.customerSubscriptionId()),
                v.getOrDefault(Field.CUSTOMER_TENANT_ID, t.customerTenantId()), v.getOrDefault(Field.STAMP_CLOUD_ID, t.stampCloudId()),
                t.intent());
    }

    /** What the checks listed from ARM on the way (the registrations of the subscription, the mappings). */
    public List<Listing> listings() {
        return checks.stream().map(CheckResult::listing).filter(java.util.Objects::nonNull).toList();
    }

    public CheckResult check(CheckId id) {
        return checks.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
