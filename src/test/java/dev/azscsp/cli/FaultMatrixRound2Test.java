package dev.azscsp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.azscsp.app.ApiFactory;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Mistyped;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.azure.fake.Fault;

/**
 * The second round of the fault matrix (docs/fault-matrix.md), through the command line and the real adapter
 * against FakeArm: hostile answer sizes, Retry-After values read differently by the SDK, error codes the app does
 * not know, a reset during the TLS handshake, a host that does not resolve, JSON of the wrong shape.
 */
@Timeout(60) // a Retry-After slept through would take far longer
class FaultMatrixRound2Test {
    static final String SUB = FaultMatrixTest.SUB;
    static final String CUST = FaultMatrixTest.CUST;
    static final String REGISTRATION_PATH = FaultMatrixTest.REGISTRATION_PATH;
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension static final FakeArm fake = FakeArm.start();

    @BeforeEach
    void healthy() {
        ThroughFake.healthy(fake, SUB, CUST);
    }

    /** The real adapter against the fake, with its certificate trusted and short backoff delays. */
    static ApiFactory throughFake() {
        return ThroughFake.api(() -> fake, Duration.ofMillis(50), Duration.ofMillis(200), FakeTokens.userCredential());
    }

    record Run(int exit, JsonNode json, String out, String err) {
        String primary() { return json.get("primaryCode").isNull() ? null : json.get("primaryCode").asText(); }
        String details() { return json.get("card").get("details").asText(); }
    }

    static Run diagnose(String endpoint, int timeoutSeconds) throws IOException {
        String[] args = {"diagnose", "--subscription", SUB, "--registration", "reg1", "--customer-subscription", CUST,
                "--arm-endpoint", endpoint, "--auth", "azure-cli", "--format", "json", "--lang", "en",
                "--timeout", String.valueOf(timeoutSeconds)};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, new PrintWriter(out), new PrintWriter(err), throughFake());
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        return new Run(code, JSON.readTree(out.toString()), out.toString(), err.toString());
    }

    static Run diagnose() throws IOException { return diagnose(fake.endpoint().toString(), 5); }

    // ------------------------------------------------------------------ sizes

    @Test
    void an_error_message_of_five_megabytes_keeps_the_json_report_small() throws IOException {
        String message = "The registration was not found, and here is why: " + "x".repeat(5 * 1024 * 1024);
        fake.inject(Fault.error(404, "RegistrationNotFound", message).on(REGISTRATION_PATH).always());

        Run r = diagnose();

        assertThat(r.primary()).isEqualTo("RegistrationNotFound");
        assertThat(r.out().getBytes(StandardCharsets.UTF_8).length).as("report size").isLessThan(100_000);
        assertThat(r.json().get("serviceAnswer").get("message").asText())
                .startsWith("The registration was not found, and here is why: xxxx").contains("characters cut)");
        assertThat(r.json().get("checks").findValuesAsText("evidence"))
                .anySatisfy(e -> assertThat(e).contains("here is why: xxxx", "characters cut)").hasSizeLessThan(10_000));
    }

    @Test
    void an_answer_that_never_ends_is_an_unexpected_answer_that_says_so() throws IOException {
        Fault endless = Fault.endlessBody().on(REGISTRATION_PATH);
        fake.inject(endless);

        Run r = diagnose();

        assertThat(r.primary()).isEqualTo("UnexpectedResponse");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.details()).contains("larger than 8 MiB", "not read further");
        assertThat(endless.bytesWritten()).isLessThan(64L * 1024 * 1024);
    }

    // ------------------------------------------------------------------ Retry-After

    @Test
    void a_retry_after_date_with_a_wrong_weekday_is_not_slept_through() throws IOException {
        // 1 January 2030 is a Tuesday: azure-core would accept the date anyway and sleep until then.
        Fault throttled = Fault.error(429, "TooManyRequests", "slow down").header("Retry-After", "Mon, 01 Jan 2030 00:00:00 GMT")
                .on(REGISTRATION_PATH).always();
        fake.inject(throttled);

        Run r = diagnose();

        assertThat(r.primary()).isEqualTo("TooManyRequests");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(throttled.fired()).as("the first try and three retries").isEqualTo(4);
        assertThat(r.details()).contains("without saying for how long").doesNotContain("after 0 s");
    }

    @Test
    void a_retry_after_that_would_end_after_the_time_limit_is_not_waited_for() throws IOException {
        Fault throttled = Fault.error(429, "TooManyRequests", "slow down").header("Retry-After", "12")
                .on(REGISTRATION_PATH).always();
        fake.inject(throttled);

        Run r = diagnose(fake.endpoint().toString(), 5);

        assertThat(r.primary()).isEqualTo("TooManyRequests");
        assertThat(r.details()).contains("12 s");
        assertThat(throttled.fired()).isEqualTo(1);
    }

    @Test
    void a_retry_after_date_soon_enough_is_honoured() throws IOException {
        String soon = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        Fault throttled = Fault.error(429, "TooManyRequests", "slow down").header("Retry-After", soon).on(REGISTRATION_PATH);
        fake.inject(throttled);

        Run r = diagnose(fake.endpoint().toString(), 10);

        assertThat(r.primary()).isNull();
        assertThat(r.exit()).isZero();
        assertThat(fake.requests().stream().filter(q -> q.path().endsWith("/registrations/reg1"))).hasSize(2);
    }

    // ------------------------------------------------------------------ codes the app does not know

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "InvalidApiVersionParameter, .*/registrations/reg1$",
            "BadRequest, .*/registrations/reg1$",
            "BadRequest, .*/customerSubscriptions$",
            "InvalidApiVersionParameter, .*/customerSubscriptions/[^/]+$"})
    void a_400_with_a_code_the_app_does_not_know_is_an_unexpected_answer_not_a_missing_resource(String code, String path)
            throws IOException {
        String message = "The api-version '2017-06-01' is invalid for this call (" + code + ").";
        fake.inject(Fault.error(400, code, message).on(path).always());

        Run r = diagnose();

        assertThat(r.primary()).as(r.out()).isEqualTo("UnexpectedResponse");
        assertThat(r.out()).doesNotContain("RegistrationNotFound").doesNotContain("CustomerSubscriptionNotFound");
        assertThat(r.details()).contains(code, message);
        assertThat(r.json().get("serviceAnswer").get("code").asText()).isEqualTo(code);
        assertThat(r.exit()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ connections

    @Test
    void a_connection_reset_during_the_tls_handshake_is_a_network_card() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        s.getInputStream().read(new byte[5]); // the start of the ClientHello
                        s.setSoLinger(true, 0);               // then a reset
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();

            Run r = diagnose("https://127.0.0.1:" + server.getLocalPort() + "/", 5);

            assertThat(r.primary()).isEqualTo("NetworkUnreachable");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.out()).doesNotContain("TlsUntrusted").doesNotContain("could not be trusted");
        }
    }

    @Test
    void a_host_name_that_does_not_resolve_is_named_in_the_card() throws IOException {
        // .invalid never resolves (RFC 6761): the resolver fails at once, with or without a network.
        Run r = diagnose("https://no-such-host.invalid/", 5);

        assertThat(r.primary()).isEqualTo("NetworkUnreachable");
        assertThat(r.details()).contains("no-such-host.invalid");
    }

    // ------------------------------------------------------------------ JSON of the wrong shape

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "/customerSubscriptions$; /value/0/id; 42",
            "/customerSubscriptions$; /value/0; \"text\"",
            "/registrations/reg1$; /properties; \"text\"",
            "/registrations/reg1$; /properties/billingModel; [\"PayAsYouUse\"]",
            "^/subscriptions/[^/]+$; /subscriptionPolicies; []",
            "/providers/Microsoft.AzureStack$; /registrationState; {}"})
    void a_field_of_the_wrong_json_type_is_an_unexpected_answer_never_a_crash_in_a_check(String path, String pointer, String json)
            throws IOException {
        fake.inject(Fault.rewrite(body -> Mistyped.at(body, pointer, json)).on(path).always());

        Run r = diagnose();

        assertThat(r.primary()).as(r.out()).isEqualTo("UnexpectedResponse");
        assertThat(r.out()).doesNotContain("Exception");
        assertThat(r.details()).contains("HTTP 200");
    }
}
