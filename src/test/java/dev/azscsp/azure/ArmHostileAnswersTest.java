package dev.azscsp.azure;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Mistyped;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers and faults a hostile or broken network can produce, over the real pipeline against the fake: bodies that
 * never end, megabytes of error text, Retry-After values the SDK and we read differently, a reset during the TLS
 * handshake, JSON of the wrong shape, and calls cancelled while the connection still has something to say.
 */
@Timeout(60) // none of these may wait out a long Retry-After: a hang fails here instead of stalling the build
class ArmHostileAnswersTest {
    private static final String REGISTRATION_PATH = "/registrations/" + Fixtures.REG_NAME + "$";
    private static final long MIB = 1024 * 1024;
    @RegisterExtension private static final FakeArm fake = FakeArm.start();

    @BeforeEach
    void setUp() {
        fake.reset();
        Fixtures.healthy(fake);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    // ------------------------------------------------------------------ size of an answer

    @Test
    void an_answer_that_never_ends_is_cut_at_the_limit_and_not_read_further() {
        Fault endless = Fault.endlessBody().on(REGISTRATION_PATH);
        fake.inject(endless);
        RegistrationApi api = fake.connect();

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("127.0.0.1", "larger than 8 MiB", "not read further");
        assertThat(f.status()).isEqualTo(200);
        assertThat(endless.bytesWritten()).as("the client hung up soon after the limit").isLessThan(64 * MIB);
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void an_answer_that_announces_half_a_gigabyte_is_cut_at_the_limit() {
        Fault large = Fault.largeBody(512 * MIB).on(REGISTRATION_PATH);
        fake.inject(large);
        RegistrationApi api = fake.connect();

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("larger than 8 MiB");
        assertThat(large.bytesWritten()).isLessThan(64 * MIB);
    }

    @Test
    void an_error_message_of_megabytes_is_cut_when_it_is_read() {
        String huge = "Bad things happened. " + "x".repeat(5_000_000);
        fake.inject(Fault.error(404, "RegistrationNotFound", huge).on(REGISTRATION_PATH));
        fake.inject(Fault.error(409, "C".repeat(100_000), "short").on("/customerSubscriptions"));
        RegistrationApi api = fake.connect();

        ArmFailure message = failureOf(() -> api.registration(REF));
        ArmFailure code = failureOf(() -> api.customerSubscriptions(REF));

        assertThat(message.getMessage()).startsWith("Bad things happened. xxx").hasSizeLessThan(5_000)
                .endsWith("characters cut)");
        assertThat(message.code()).isEqualTo("RegistrationNotFound");
        assertThat(code.code()).startsWith("CCC").hasSizeLessThan(500).endsWith("characters cut)");
    }

    // ------------------------------------------------------------------ Retry-After, read once, by our rules

    @Test
    void a_retry_after_date_the_app_cannot_read_is_not_slept_by_the_sdk() throws ArmFailure {
        // 1 January 2030 is a Tuesday: the app rejects the date, azure-core's own parser ignores the weekday and
        // would sleep until 2030.
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down.").header("Retry-After", "Mon, 01 Jan 2030 00:00:00 GMT")
                .on(REGISTRATION_PATH));
        RegistrationApi api = fake.connect();

        assertThat(api.registration(REF).name()).isEqualTo(Fixtures.REG_NAME);
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void a_retry_after_within_the_cap_but_past_the_calls_time_limit_fails_at_once_as_throttled() {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down.").header("Retry-After", "6").on(REGISTRATION_PATH).always());
        RegistrationApi api = fake.connect(fake.options().responseTimeout(Duration.ofSeconds(2)).build());

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.THROTTLED);
        assertThat(f.retryAfter()).contains(Duration.ofSeconds(6));
        assertThat(fake.requests()).hasSize(1);
    }

    // ------------------------------------------------------------------ connection trouble

    /** Accepts connections and resets them, optionally after reading the start of the TLS ClientHello. */
    private static ServerSocket resettingServer(boolean afterHello) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    if (afterHello) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[5]);
                    }
                    s.setSoLinger(true, 0); // RST instead of FIN
                } catch (IOException e) {
                    return;
                }
            }
        }, "resetting-server");
        t.setDaemon(true);
        t.start();
        return server;
    }

    @ParameterizedTest(name = "after the ClientHello: {0}")
    @ValueSource(booleans = {false, true})
    void a_connection_reset_before_the_tls_handshake_ends_is_a_network_failure_not_a_certificate_one(boolean afterHello)
            throws IOException {
        try (ServerSocket server = resettingServer(afterHello)) {
            AzureOptions options = fake.options().customEndpoints(URI.create("https://127.0.0.1:" + server.getLocalPort() + "/"), null)
                    .maxRetries(1).build();
            RegistrationApi api = fake.connect(options);

            ArmFailure f = failureOf(() -> api.registration(REF));

            assertThat(f.kind()).as(f.toString()).isEqualTo(Kind.NETWORK);
            assertThat(f.getMessage()).contains("127.0.0.1").doesNotContain("trust");
        }
    }

    @Test
    void a_host_name_that_does_not_resolve_is_named() {
        AzureOptions options = fake.options().customEndpoints(URI.create("https://no-such-host.invalid/"), null).maxRetries(0).build();
        RegistrationApi api = fake.connect(options);

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.NETWORK);
        assertThat(f.getMessage()).contains("no-such-host.invalid");
    }

    // ------------------------------------------------------------------ JSON of the wrong shape

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "registration /properties \"text\"",
            "registration /properties/billingModel 7",
            "registration /properties [{\"cloudId\":\"x\"}]",
            "registration /id {\"a\":1}",
            "subscription /subscriptionPolicies []",
            "subscription /subscriptionPolicies/quotaId 3.5",
            "subscription /displayName {}",
            "provider /registrationState true",
            "customers /value {\"a\":[]}",
            "customers /value/0/id 42",
            "customers /value/0/properties \"tenant\"",
            "customers /value/0 \"text\"",
            "registrations /value/0 7",
            "registrations /nextLink []"})
    void a_field_of_the_wrong_json_type_is_a_malformed_answer(String spec) {
        String[] p = spec.split(" ");
        fake.registration(Fixtures.REG_SUB, Fixtures.RG, Fixtures.REG_NAME).addCustomerSubscription(Fixtures.CUSTOMER, Fixtures.CUSTOMER_TENANT);
        String path = switch (p[0]) {
            case "registration" -> REGISTRATION_PATH;
            case "subscription" -> "^/subscriptions/[^/]+$";
            case "provider" -> "/providers/Microsoft.AzureStack$";
            case "customers" -> "/customerSubscriptions$";
            default -> "/providers/Microsoft.AzureStack/registrations$";
        };
        fake.inject(Fault.rewrite(body -> Mistyped.at(body, p[1], p[2])).on(path));
        RegistrationApi api = fake.connect();

        ArmFailure f = failureOf(() -> switch (p[0]) {
            case "registration" -> api.registration(REF);
            case "subscription" -> api.subscription(Fixtures.REG_SUB);
            case "provider" -> api.provider(Fixtures.REG_SUB, "Microsoft.AzureStack");
            case "customers" -> api.customerSubscriptions(REF);
            default -> api.registrations(Fixtures.REG_SUB);
        });

        assertThat(f.kind()).as(f.toString()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(f.getMessage()).contains("HTTP 200");
        assertThat(fake.requests()).hasSize(1);
    }

    // ------------------------------------------------------------------ cancelling

    @Test
    void cancelling_calls_in_flight_leaves_no_dropped_error_stack_in_the_log() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger adapter = (Logger) LoggerFactory.getLogger("dev.azscsp.azure");
        Level before = adapter.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        adapter.setLevel(Level.DEBUG);
        try {
            // The answer comes late and then the connection drops: the error arrives after the call was cancelled.
            fake.inject(Fault.delay(Duration.ofMillis(600)).on(REGISTRATION_PATH).always());
            fake.inject(Fault.dropConnection().on(REGISTRATION_PATH).always());
            RegistrationApi api = fake.connect();
            for (int i = 0; i < 3; i++) {
                AtomicReference<ArmFailure> failure = new AtomicReference<>();
                Thread caller = new Thread(() -> failure.set(failureOf(() -> api.registration(REF))));
                caller.start();
                Thread.sleep(200);
                caller.interrupt();
                caller.join();
                assertThat(failure.get().kind()).isEqualTo(Kind.CANCELLED);
            }
            Thread.sleep(1500); // the late errors arrive
        } finally {
            root.detachAppender(log);
            adapter.setLevel(before);
        }

        List<ILoggingEvent> events = List.copyOf(log.list);
        assertThat(events).noneMatch(e -> e.getFormattedMessage().contains("onErrorDropped"));
        assertThat(events).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        assertThat(events).noneMatch(e -> e.getThrowableProxy() != null);
    }
}
