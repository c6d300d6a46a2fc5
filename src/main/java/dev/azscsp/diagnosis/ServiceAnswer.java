package dev.azscsp.diagnosis;

import dev.azscsp.diagnosis.api.ArmFailure;

/**
 * The parts of a failed call that belong in a support ticket: never a token.
 *
 * @param status 0 when no HTTP answer came back
 */
public record ServiceAnswer(String code, String message, int status, String requestId, String correlationId) {
    public static ServiceAnswer of(ArmFailure f) {
        return new ServiceAnswer(f.code(), f.getMessage(), f.status(), f.requestId().orElse(null),
                f.correlationId().orElse(null));
    }
}
