package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.app.AzureBridge;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.azure.fake.Fault;

/**
 * The fault matrix of docs/fault-matrix.md, through the command line and the real adapter against FakeArm: each
 * fault ends with its card and exit code, within the time limit (5 s per call here), after bounded retries.
 */
class FaultMatrixTest {
    static final String SUB = "dd8597b4-8739-4467-8b10-f8679f62bfbf";
    static final String CUST = "e09a4e93-29a7-4eba-a6d4-76202383f07f";
    static final String REGISTRATION_PATH = ".*/registrations/reg1$";
    @RegisterExtension static final FakeArm fake = FakeArm.start();

    @BeforeEach
    void healthy() {
        ThroughFake.healthy(fake, SUB, CUST);
    }

    static ApiFactory throughFake(boolean trusted, com.azure.core.credential.TokenCredential credential) {
        if (trusted) return ThroughFake.api(() -> fake, Duration.ofMillis(50), Duration.ofMillis(200), credential);
        // Untrusted: the JVM's own trust store, which does not know the fake's self-signed certificate.
        return (connection, deviceCode) -> dev.azscsp.azure.AzureConnector.connect(AzureBridge.options(connection).toBuilder()
                .retryBaseDelay(Duration.ofMillis(50)).retryMaxDelay(Duration.ofMillis(200)).build(),
                FakeTokens.userCredential(), new com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder().build());
    }

    record Case(String name, Consumer<FakeArm> fault, String endpoint, ApiFactory api, int exit, String primary) {
        @Override public String toString() { return name; }
    }

    static Stream<Arguments> matrix() {
        ApiFactory trusted = throughFake(true, FakeTokens.userCredential());
        List<Case> cases = new ArrayList<>(List.of(
                new Case("answer slower than the time limit", f -> f.inject(Fault.delay(Duration.ofSeconds(8)).on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "RequestTimedOut"),
                new Case("connection dropped on every try", f -> f.inject(Fault.dropConnection().on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "NetworkUnreachable"),
                new Case("connection dropped once, then answered", f -> f.inject(Fault.dropConnection().on(REGISTRATION_PATH).times(1)),
                        null, trusted, 0, null),
                new Case("429 without Retry-After, then answered", f -> f.inject(Fault.error(429, "TooManyRequests", "slow down").on(REGISTRATION_PATH).times(2)),
                        null, trusted, 0, null),
                new Case("429 without Retry-After, every time", f -> f.inject(Fault.error(429, "TooManyRequests", "slow down").on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "TooManyRequests"),
                new Case("429 with Retry-After: 1, then answered", f -> f.inject(Fault.error(429, "TooManyRequests", "slow down")
                        .header("Retry-After", "1").on(REGISTRATION_PATH).times(1)), null, trusted, 0, null),
                new Case("429 with Retry-After: 3600", f -> f.inject(Fault.error(429, "TooManyRequests", "slow down")
                        .header("Retry-After", "3600").on(REGISTRATION_PATH).always()), null, trusted, 3, "TooManyRequests"),
                new Case("503 burst, then answered", f -> f.inject(Fault.error(503, "ServiceUnavailable", "busy").on(".*").times(3)),
                        null, trusted, 0, null),
                new Case("500 every time", f -> f.inject(Fault.error(500, "InternalServerError", "boom").on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "UnexpectedResponse"),
                new Case("502 MetadataResolverBadGatewayError every time", f -> f.inject(Fault.error(502, "MetadataResolverBadGatewayError",
                        "One of the upstream servers returned an unexpected error. Try again later. If the problem persists, contact support.")
                        .on(REGISTRATION_PATH).always()), null, trusted, 3, "MetadataResolverBadGatewayError"),
                new Case("HTML page from a proxy", f -> f.inject(Fault.html(502, "<html><body><h1>Bad gateway</h1>proxy</body></html>")
                        .on(REGISTRATION_PATH).always()), null, trusted, 3, "UnexpectedResponse"),
                new Case("truncated JSON", f -> f.inject(Fault.body(200, "application/json", "{\"id\":\"/subscriptions/x\",\"properties\":{\"cloud")
                        .on(REGISTRATION_PATH).always()), null, trusted, 3, "UnexpectedResponse"),
                new Case("malformed JSON", f -> f.inject(Fault.body(200, "application/json", "not json at all").on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "UnexpectedResponse"),
                new Case("empty 200", f -> f.inject(Fault.body(200, "application/json", "").on(REGISTRATION_PATH).always()),
                        null, trusted, 3, "UnexpectedResponse"),
                new Case("token request fails", f -> { }, null,
                        throughFake(true, FakeTokens.failing(new com.azure.core.exception.ClientAuthenticationException("AADSTS700016: app not found", null))),
                        3, "SignInFailed"),
                new Case("untrusted certificate", f -> { }, null, throughFake(false, null), 3, "TlsUntrusted"),
                new Case("unknown host for a custom endpoint", f -> { }, "https://arm.invalid.example.test/", trusted, 3, "NetworkUnreachable"),
                new Case("connection refused", f -> { }, "https://127.0.0.1:" + closedPort() + "/", trusted, 3, "NetworkUnreachable")));
        return cases.stream().map(Arguments::of);
    }

    static int closedPort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyFaultEndsWithItsCardWithinTheTimeLimit(Case c) throws Exception {
        c.fault().accept(fake);
        String endpoint = c.endpoint() != null ? c.endpoint() : fake.endpoint().toString();
        String[] args = {"diagnose", "--subscription", SUB, "--registration", "reg1", "--customer-subscription", CUST,
                "--arm-endpoint", endpoint, "--auth", "azure-cli", "--format", "json", "--lang", "en", "--timeout", "5"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), c.api());
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertThat(took).as("within the time limit").isLessThan(Duration.ofSeconds(20));
        JsonNode j = new ObjectMapper().readTree(out.toString());
        String primary = j.get("primaryCode").isNull() ? null : j.get("primaryCode").asText();
        assertThat(primary).as(out.toString()).isEqualTo(c.primary());
        assertThat(code).isEqualTo(c.exit());
        if (c.primary() != null) {
            // A specific message: the card, and the evidence saying what happened.
            assertThat(j.get("card").get("code").asText()).isEqualTo(c.primary());
            assertThat(j.get("card").get("details").asText()).isNotBlank().doesNotContain("<detail>");
        }
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
