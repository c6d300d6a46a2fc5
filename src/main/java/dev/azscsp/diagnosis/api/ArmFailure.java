package dev.azscsp.diagnosis.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Why a call to Azure did not give an answer the domain can use. It carries what a support engineer asks for
 * (code, message, status, request and correlation ids) and never a token or a secret.
 */
public final class ArmFailure extends Exception {

    /** What kind of trouble, so the domain can decide without knowing the SDK. */
    public enum Kind {
        NOT_FOUND, FORBIDDEN, CONFLICT, BAD_REQUEST, THROTTLED, TRANSIENT, AUTHENTICATION,
        NETWORK, TLS, TIMEOUT, MALFORMED_RESPONSE, CANCELLED
    }

    private final Kind kind;
    private final String code;
    private final int status;
    private final String requestId;
    private final String correlationId;
    private final Duration retryAfter;

    private ArmFailure(Builder b) {
        super(b.message == null ? "" : b.message, b.cause);
        this.kind = b.kind;
        this.code = b.code;
        this.status = b.status;
        this.requestId = b.requestId;
        this.correlationId = b.correlationId;
        this.retryAfter = b.retryAfter;
    }

    public static Builder of(Kind kind) { return new Builder(kind); }

    public Kind kind() { return kind; }
    /** The service's error code ({@code RegistrationNotFound}...), or null when there was no ARM answer. */
    public String code() { return code; }
    /** The HTTP status, 0 when none came back. */
    public int status() { return status; }
    public Optional<String> requestId() { return Optional.ofNullable(requestId); }
    public Optional<String> correlationId() { return Optional.ofNullable(correlationId); }
    /** How long the service asked us to wait, when it said so. */
    public Optional<Duration> retryAfter() { return Optional.ofNullable(retryAfter); }

    /** True when the service answered this code, ignoring letter case. */
    public boolean is(String serviceCode) { return code != null && code.equalsIgnoreCase(serviceCode); }

    @Override
    public String toString() {
        return "ArmFailure[" + kind + (code != null ? " " + code : "") + (status > 0 ? " HTTP " + status : "")
                + "] " + getMessage();
    }

    public static final class Builder {
        private final Kind kind;
        private String code;
        private String message;
        private int status;
        private String requestId;
        private String correlationId;
        private Duration retryAfter;
        private Throwable cause;

        private Builder(Kind kind) { this.kind = kind; }

        public Builder code(String v) { code = v; return this; }
        public Builder message(String v) { message = v; return this; }
        public Builder status(int v) { status = v; return this; }
        public Builder requestId(String v) { requestId = v; return this; }
        public Builder correlationId(String v) { correlationId = v; return this; }
        public Builder retryAfter(Duration v) { retryAfter = v; return this; }
        public Builder cause(Throwable v) { cause = v; return this; }
        public ArmFailure build() { return new ArmFailure(this); }
    }
}
