package dev.azscsp.diagnosis;

import java.util.Set;

import dev.azscsp.diagnosis.api.ArmFailure;

/**
 * Turns a failed call into a check result, in one place, so every check reads ARM's answers the same way:
 * trouble on the way (network, sign-in, throttling, timeouts) makes the run incomplete; an answer about the
 * resources themselves is a finding.
 */
final class Findings {
    /** The codes ARM uses when the registration, its group or its subscription is not there. */
    static final Set<String> REGISTRATION_MISSING = Set.of("RegistrationNotFound", "ResourceNotFound",
            "ResourceGroupNotFound", "ParentResourceNotFound", "SubscriptionNotFound");

    private Findings() {}

    /**
     * @param notFoundCode the card for a 404 that carries no code we know. A 400 or 409 with a code we do not know
     *                     (InvalidApiVersionParameter, BadRequest…) says nothing about the resources: it is an
     *                     unexpected answer, shown with the service's code and message, and the run is incomplete.
     */
    static CheckResult from(CheckId id, ArmFailure f, String notFoundCode) {
        String known = isKnown(f.code()) ? canonical(f.code()) : null;
        ServiceAnswer answer = ServiceAnswer.of(f);
        CheckResult r = switch (f.kind()) {
            case NETWORK -> stop(id, "evidence.network", "NetworkUnreachable", f);
            case TLS -> stop(id, "evidence.tls", "TlsUntrusted", f);
            case TIMEOUT -> stop(id, "evidence.timeout", "RequestTimedOut", f);
            case CANCELLED -> CheckResult.skipped(id, Text.of("evidence.cancelled")).asIncomplete();
            case AUTHENTICATION -> stop(id, "evidence.authentication",
                    known != null ? known : "SignInFailed", f);
            case THROTTLED -> stop(id, f.retryAfter().isPresent() ? "evidence.throttled" : "evidence.throttledNoWait",
                    "TooManyRequests", f);
            case TRANSIENT -> stop(id, "evidence.transient", known != null ? known : "UnexpectedResponse", f);
            case MALFORMED_RESPONSE -> stop(id, "evidence.malformed", "UnexpectedResponse", f);
            case FORBIDDEN -> CheckResult.of(id, CheckStatus.FAIL, said(f), known != null ? known : "AuthorizationFailed");
            case NOT_FOUND -> CheckResult.of(id, CheckStatus.FAIL, said(f), known != null ? known : notFoundCode);
            case BAD_REQUEST, CONFLICT -> known != null ? CheckResult.of(id, CheckStatus.FAIL, said(f), known)
                    : new CheckResult(id, CheckStatus.UNKNOWN, said(f), "UnexpectedResponse", true, java.time.Duration.ZERO, null);
        };
        return r.withFailure(answer);
    }

    /** The service's own words, as evidence. */
    static Text said(ArmFailure f) {
        return Text.of("evidence.serviceSaid", f.status(), f.code() == null ? "—" : f.code(), f.getMessage());
    }

    private static CheckResult stop(CheckId id, String key, String code, ArmFailure f) {
        return new CheckResult(id, CheckStatus.UNKNOWN, Text.of(key, f.getMessage(),
                f.retryAfter().map(d -> d.toSeconds()).orElse(0L)), code, true, java.time.Duration.ZERO, null);
    }

    static boolean isKnown(String code) {
        return code != null && Precedence.rank(code) < Precedence.order().size();
    }

    /** The catalog's spelling of a code ARM may have sent in another letter case. */
    static String canonical(String code) {
        return Precedence.order().stream().filter(c -> c.equalsIgnoreCase(code)).findFirst().orElse(code);
    }
}
