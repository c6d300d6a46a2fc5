package dev.azscsp.azure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import dev.azscsp.syntax.EndpointUrl;

/**
 * Everything needed to reach Azure: cloud, sign-in, api-version, timeouts and retries. Immutable apart from the
 * secrets, which live in {@code char[]} only (never in a String field, never in {@link #toString()}) so the caller
 * can {@link #wipeSecrets() wipe} them once connected.
 */
public final class AzureOptions {

    /** The Azure CLI's public client: works in every tenant without an app registration of our own. */
    public static final String AZURE_CLI_CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    private final AzureCloud cloud;
    private final URI customArmEndpoint;
    private final URI customAuthorityHost;
    private final SignInMethod signInMethod;
    private final String tenantId;
    private final String clientId;
    private final char[] clientSecret;
    private final Path certificatePath;
    private final char[] certificatePassword;
    private final AzureStackApiVersion apiVersion;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Duration callTimeout;
    private final int maxRetries;
    private final Duration retryBaseDelay;
    private final Duration retryMaxDelay;
    private final Duration maxRetryAfter;
    private final Duration signInTimeout;
    private final String userAgent;

    private AzureOptions(Builder b) {
        cloud = b.cloud;
        customArmEndpoint = b.customArmEndpoint;
        customAuthorityHost = b.customAuthorityHost;
        signInMethod = b.signInMethod;
        tenantId = blankToNull(b.tenantId);
        clientId = b.clientId;
        clientSecret = b.clientSecret == null ? null : b.clientSecret.clone();
        certificatePath = b.certificatePath;
        certificatePassword = b.certificatePassword == null ? null : b.certificatePassword.clone();
        apiVersion = b.apiVersion;
        connectTimeout = b.connectTimeout;
        responseTimeout = b.responseTimeout;
        callTimeout = b.callTimeout; // null: follows the response timeout
        maxRetries = b.maxRetries;
        retryBaseDelay = b.retryBaseDelay;
        retryMaxDelay = b.retryMaxDelay;
        maxRetryAfter = b.maxRetryAfter;
        signInTimeout = b.signInTimeout;
        userAgent = "azs-csp-troubleshooter/" + AppVersion.current();
    }

    public static Builder builder() { return new Builder(); }

    public AzureCloud cloud() { return cloud; }
    /** Replaces the cloud's ARM endpoint when set; null otherwise. */
    public URI customArmEndpoint() { return customArmEndpoint; }
    /** Replaces the cloud's sign-in authority when set; null otherwise. */
    public URI customAuthorityHost() { return customAuthorityHost; }
    public SignInMethod signInMethod() { return signInMethod; }
    /** The tenant to sign in to; null lets the user pick (browser, device code) or uses the CLI's default. */
    public String tenantId() { return tenantId; }
    public String clientId() { return clientId; }
    public boolean hasClientSecret() { return clientSecret != null && clientSecret.length > 0; }
    public Path certificatePath() { return certificatePath; }
    public AzureStackApiVersion apiVersion() { return apiVersion; }
    public Duration connectTimeout() { return connectTimeout; }
    /** How long one attempt may wait for the response. */
    public Duration responseTimeout() { return responseTimeout; }
    /**
     * A call's deadline, counted from its start: no wait before a retry may end after it (the answer goes back
     * instead, e.g. as THROTTLED with the wait the service asked for). The response timeout unless set.
     */
    public Duration callTimeout() { return callTimeout != null ? callTimeout : responseTimeout; }
    /** Retries after the first attempt, for 408, 429, 5xx and I/O errors. */
    public int maxRetries() { return maxRetries; }
    public Duration retryBaseDelay() { return retryBaseDelay; }
    public Duration retryMaxDelay() { return retryMaxDelay; }
    /** The longest Retry-After the app sleeps through; a longer one fails the call as THROTTLED at once. */
    public Duration maxRetryAfter() { return maxRetryAfter; }
    /** The longest a sign-in may take, prompts included; long enough to enter a device code and pass MFA. */
    public Duration signInTimeout() { return signInTimeout; }
    /** {@code azs-csp-troubleshooter/<version>}, the version from the jar manifest or {@code dev}. */
    public String userAgent() { return userAgent; }

    /** The ARM endpoint actually called: the custom one, else the cloud's. */
    public URI armEndpoint() { return customArmEndpoint != null ? customArmEndpoint : cloud.armEndpoint(); }

    /** The sign-in authority actually used: the custom one, else the cloud's. */
    public URI authorityHost() { return customAuthorityHost != null ? customAuthorityHost : cloud.authorityHost(); }

    /** The token scope; a custom ARM endpoint keeps its cloud's audience. */
    public String tokenScope() { return cloud.tokenScope(); }

    char[] clientSecret() { return clientSecret; }
    char[] certificatePassword() { return certificatePassword; }

    /** Overwrites the secret and certificate password held here; call it once {@link AzureConnector} is done. */
    public void wipeSecrets() {
        if (clientSecret != null) Arrays.fill(clientSecret, '\0');
        if (certificatePassword != null) Arrays.fill(certificatePassword, '\0');
    }

    /** A copy to change a few values, e.g. a shorter timeout; secrets are copied too. */
    public Builder toBuilder() {
        Builder b = new Builder()
                .cloud(cloud).signInMethod(signInMethod).tenantId(tenantId).clientId(clientId)
                .apiVersion(apiVersion).connectTimeout(connectTimeout).responseTimeout(responseTimeout)
                .maxRetries(maxRetries).retryBaseDelay(retryBaseDelay).retryMaxDelay(retryMaxDelay)
                .maxRetryAfter(maxRetryAfter).signInTimeout(signInTimeout);
        b.customArmEndpoint = customArmEndpoint;
        b.callTimeout = callTimeout;
        b.customAuthorityHost = customAuthorityHost;
        b.clientSecret = clientSecret;
        b.certificatePath = certificatePath;
        b.certificatePassword = certificatePassword;
        return b;
    }

    @Override
    public String toString() {
        return "AzureOptions[cloud=" + cloud
                + (customArmEndpoint != null ? ", armEndpoint=" + customArmEndpoint : "")
                + (customAuthorityHost != null ? ", authorityHost=" + customAuthorityHost : "")
                + ", signIn=" + signInMethod.cliName()
                + ", tenant=" + (tenantId == null ? "(any)" : tenantId)
                + ", clientId=" + clientId
                + (hasClientSecret() ? ", clientSecret=***" : "")
                + (certificatePath != null ? ", certificate=" + certificatePath : "")
                + (certificatePassword != null ? ", certificatePassword=***" : "")
                + ", apiVersion=" + apiVersion
                + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout + ", callTimeout=" + callTimeout()
                + ", maxRetries=" + maxRetries + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }

    public static final class Builder {
        private AzureCloud cloud = AzureCloud.AZURE_CLOUD;
        private URI customArmEndpoint;
        private URI customAuthorityHost;
        private SignInMethod signInMethod = SignInMethod.BROWSER;
        private String tenantId;
        private String clientId = AZURE_CLI_CLIENT_ID;
        private char[] clientSecret;
        private Path certificatePath;
        private char[] certificatePassword;
        private AzureStackApiVersion apiVersion = AzureStackApiVersion.V2017_06_01;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private Duration callTimeout;
        private int maxRetries = 3;
        private Duration retryBaseDelay = Duration.ofMillis(800);
        private Duration retryMaxDelay = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(20);
        private Duration signInTimeout = Duration.ofMinutes(10);

        private Builder() {}

        public Builder cloud(AzureCloud v) { cloud = Objects.requireNonNull(v, "cloud"); return this; }

        /**
         * A custom cloud: ARM at {@code armEndpoint} and sign-in at {@code authorityHost}, or the cloud's own authority
         * when that is null. {@link #build()} holds them to {@link EndpointUrl}'s rules.
         */
        public Builder customEndpoints(URI armEndpoint, URI authorityHost) {
            customArmEndpoint = Objects.requireNonNull(armEndpoint, "armEndpoint");
            customAuthorityHost = authorityHost;
            return this;
        }

        public Builder signInMethod(SignInMethod v) { signInMethod = Objects.requireNonNull(v, "signInMethod"); return this; }
        public Builder tenantId(String v) { tenantId = v; return this; }
        public Builder clientId(String v) { clientId = v == null || v.isBlank() ? AZURE_CLI_CLIENT_ID : v.trim(); return this; }

        /** Service principal secret; copied, so the caller may wipe its own array right away. */
        public Builder clientSecret(char[] v) { clientSecret = v == null ? null : v.clone(); return this; }

        /** Service principal certificate: PFX/PKCS#12 ({@code .pfx}, {@code .p12}) or PEM; password may be null. */
        public Builder certificate(Path path, char[] password) {
            certificatePath = path;
            certificatePassword = password == null ? null : password.clone();
            return this;
        }

        public Builder apiVersion(AzureStackApiVersion v) { apiVersion = Objects.requireNonNull(v, "apiVersion"); return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = positive(v, "connectTimeout"); return this; }
        public Builder responseTimeout(Duration v) { responseTimeout = positive(v, "responseTimeout"); return this; }
        public Builder callTimeout(Duration v) { callTimeout = positive(v, "callTimeout"); return this; }

        public Builder maxRetries(int v) {
            if (v < 0 || v > 10) throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + v);
            maxRetries = v;
            return this;
        }

        public Builder retryBaseDelay(Duration v) { retryBaseDelay = positive(v, "retryBaseDelay"); return this; }
        public Builder retryMaxDelay(Duration v) { retryMaxDelay = positive(v, "retryMaxDelay"); return this; }

        public Builder maxRetryAfter(Duration v) {
            maxRetryAfter = Objects.requireNonNull(v, "maxRetryAfter");
            if (v.isNegative()) throw new IllegalArgumentException("maxRetryAfter must not be negative");
            return this;
        }

        public Builder signInTimeout(Duration v) { signInTimeout = positive(v, "signInTimeout"); return this; }

        /** @throws IllegalArgumentException when the values do not fit together, saying which */
        public AzureOptions build() {
            if (customArmEndpoint != null) {
                EndpointUrl.armEndpointProblem(customArmEndpoint.toString()).ifPresent(p -> {
                    throw new IllegalArgumentException("The ARM endpoint must be https://host[:port] alone (no user name, path,"
                            + " ?query or #fragment)" + (p == EndpointUrl.Problem.USER_INFO ? "" : ", was " + customArmEndpoint));
                });
            }
            if (customAuthorityHost != null && EndpointUrl.authorityProblem(customAuthorityHost.toString()).isPresent()) {
                throw new IllegalArgumentException("The authority host must be an https:// URL with a host, was " + customAuthorityHost);
            }
            if (retryMaxDelay.compareTo(retryBaseDelay) < 0) {
                throw new IllegalArgumentException("retryMaxDelay must not be shorter than retryBaseDelay");
            }
            if (signInMethod == SignInMethod.SERVICE_PRINCIPAL) {
                if (tenantId == null || tenantId.isBlank()) {
                    throw new IllegalArgumentException("A service principal needs the tenant id.");
                }
                if (AZURE_CLI_CLIENT_ID.equals(clientId)) {
                    throw new IllegalArgumentException("A service principal needs its own client (application) id.");
                }
                boolean secret = clientSecret != null && clientSecret.length > 0;
                if (secret == (certificatePath != null)) {
                    throw new IllegalArgumentException("A service principal needs either a client secret or a certificate.");
                }
            }
            return new AzureOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) throw new IllegalArgumentException(name + " must be positive");
            return d;
        }
    }
}
