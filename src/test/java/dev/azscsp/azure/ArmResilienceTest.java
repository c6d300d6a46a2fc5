package dev.azscsp.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import dev.azscsp.azure.fake.ArmErrorMessages;
import dev.azscsp.azure.fake.FakeArm;
import dev.azscsp.azure.fake.Fault;
import dev.azscsp.azure.fake.FakeTokens;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.azscsp.azure.Fixtures.REF;
import static dev.azscsp.azure.Fixtures.REG_NAME;
import static dev.azscsp.azure.Fixtures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Throttling, retries, timeouts, broken connections, TLS, sign-in failures and cancelling, over the real pipeline. */
class ArmResilienceTest {
    private static final String REGISTRATION_PATH = "/registrations/" + REG_NAME + "$";
    @RegisterExtension private static final FakeArm fake = FakeArm.start();
    private static ScheduledExecutorService scheduler;

    @BeforeAll
    static void startScheduler() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stopScheduler() {
        scheduler.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        fake.reset();
        Fixtures.healthy(fake);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted(); // never leak an interrupt into the next test
    }

    @Test
    void a_short_retry_after_is_honoured_and_the_call_succeeds() throws ArmFailure {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down.").header("Retry-After", "1").on(REGISTRATION_PATH));
        RegistrationApi api = fake.connect();

        long start = System.nanoTime();
        Registration r = api.registration(REF);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.name()).isEqualTo(REG_NAME);
        assertThat(fake.requests()).hasSize(2);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void a_retry_after_beyond_the_cap_fails_at_once_and_says_how_long_to_wait() {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down.").header("Retry-After", "3600").always());
        RegistrationApi api = fake.connect();

        long start = System.nanoTime();
        ArmFailure f = failureOf(() -> api.registration(REF));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(f.kind()).isEqualTo(Kind.THROTTLED);
        assertThat(f.code()).isEqualTo("TooManyRequests");
        assertThat(f.retryAfter()).contains(Duration.ofHours(1));
        assertThat(fake.requests()).hasSize(1);
        assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void with_throttling_left_to_the_caller_a_429_comes_back_at_once_and_other_failures_are_still_retried() throws ArmFailure {
        fake.inject(Fault.error(429, "TooManyRequests", "Slow down.").header("retry-after-ms", "10").always().on(REGISTRATION_PATH));
        RegistrationApi api = fake.connect().throttlingLeftToCaller();

        ArmFailure f = failureOf(() -> api.registration(REF));
        assertThat(f.kind()).isEqualTo(Kind.THROTTLED);
        assertThat(f.retryAfter()).as("the wait, for the caller's rate limiter").contains(Duration.ofMillis(10));
        assertThat(fake.requests()).hasSize(1);

        fake.reset();
        Fixtures.healthy(fake);
        fake.inject(Fault.error(500, "InternalServerError", "Oops.").on(REGISTRATION_PATH));
        assertThat(api.registration(REF).name()).isEqualTo(REG_NAME);
        assertThat(fake.requests()).as("a 500 is still the pipeline's to retry").hasSize(2);
    }

    @Test
    void a_bad_gateway_from_the_service_is_retried_a_bounded_number_of_times_then_surfaces_as_transient() {
        fake.inject(Fault.error(502, "MetadataResolverBadGatewayError", ArmErrorMessages.metadataResolverBadGateway()).always());
        RegistrationApi api = fake.connect(fake.options().maxRetries(3).build());

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, Fixtures.CUSTOMER, Fixtures.CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(f.code()).isEqualTo("MetadataResolverBadGatewayError");
        assertThat(f.status()).isEqualTo(502);
        assertThat(fake.requests()).hasSize(4).allSatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
    }

    @Test
    void a_single_500_is_retried_and_the_call_succeeds() throws ArmFailure {
        fake.inject(Fault.error(500, "InternalServerError", "Something went wrong.").on(REGISTRATION_PATH));
        RegistrationApi api = fake.connect();

        assertThat(api.registration(REF).name()).isEqualTo(REG_NAME);
        assertThat(fake.requests()).extracting(r -> r.status()).containsExactly(500, 200);
    }

    @Test
    void a_lasting_503_ends_as_transient_after_the_retries() {
        fake.inject(Fault.error(503, "ServiceUnavailable", "The service is unavailable.").always());
        RegistrationApi api = fake.connect(fake.options().maxRetries(2).build());

        ArmFailure f = failureOf(() -> api.registrations(Fixtures.REG_SUB));

        assertThat(f.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(f.status()).isEqualTo(503);
        assertThat(f.code()).isEqualTo("ServiceUnavailable");
        assertThat(fake.requests()).hasSize(3);
    }

    // The JDK client itself resends an idempotent GET once when a connection closes without an answer, so these
    // two use the (non-idempotent) PUT: every request the fake sees is then one attempt of our retry policy.
    @Test
    void a_dropped_connection_is_retried() throws ArmFailure {
        fake.inject(Fault.dropConnection().on("/customerSubscriptions/"));
        RegistrationApi api = fake.connect();

        assertThat(api.addCustomerSubscription(REF, Fixtures.CUSTOMER, Fixtures.CUSTOMER_TENANT).tenantId())
                .isEqualTo(Fixtures.CUSTOMER_TENANT);
        assertThat(fake.requests()).extracting(r -> r.status()).containsExactly(0, 200);
    }

    @Test
    void a_connection_that_keeps_dropping_is_a_network_failure() {
        fake.inject(Fault.dropConnection().always());
        RegistrationApi api = fake.connect(fake.options().maxRetries(1).build());

        ArmFailure f = failureOf(() -> api.addCustomerSubscription(REF, Fixtures.CUSTOMER, Fixtures.CUSTOMER_TENANT));

        assertThat(f.kind()).isEqualTo(Kind.NETWORK);
        assertThat(f.status()).isZero();
        assertThat(f.getMessage()).contains("127.0.0.1");
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void an_answer_slower_than_the_response_timeout_is_a_timeout() {
        fake.inject(Fault.delay(Duration.ofSeconds(3)).always());
        RegistrationApi api = fake.connect(fake.options().responseTimeout(Duration.ofMillis(300)).maxRetries(0).build());

        long start = System.nanoTime();
        ArmFailure f = failureOf(() -> api.registration(REF));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(f.getMessage()).contains("did not answer in time");
        assertThat(elapsed).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void a_refused_connection_is_a_network_failure() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = s.getLocalPort();
        }
        AzureOptions options = fake.options().customEndpoints(URI.create("https://127.0.0.1:" + closedPort + "/"), null)
                .maxRetries(1).build();
        RegistrationApi api = fake.connect(options);

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.NETWORK);
        assertThat(f.getMessage()).contains("Cannot connect to 127.0.0.1", "proxy");
    }

    @Test
    void an_untrusted_certificate_is_a_tls_failure_that_points_at_proxies_and_the_trust_store() {
        AzureOptions options = fake.options().build();
        RegistrationApi api = AzureConnector.connect(options, FakeTokens.userCredential(), AzureConnector.httpClient(options));

        ArmFailure f = failureOf(() -> api.registration(REF));

        assertThat(f.kind()).isEqualTo(Kind.TLS);
        assertThat(f.getMessage()).contains("127.0.0.1", "TLS-inspecting proxy", "trust store", "keytool -importcert",
                "-Djavax.net.ssl.trustStore");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void interrupting_the_calling_thread_cancels_a_slow_call_promptly() {
        fake.inject(Fault.delay(Duration.ofSeconds(10)).on(REGISTRATION_PATH));
        RegistrationApi api = fake.connect();
        Thread caller = Thread.currentThread();
        scheduler.schedule(caller::interrupt, 300, TimeUnit.MILLISECONDS);

        long start = System.nanoTime();
        ArmFailure f = failureOf(() -> api.registration(REF));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(f.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(Thread.currentThread().isInterrupted()).as("interrupt flag kept for the caller").isTrue();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(2));
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void a_failed_sign_in_is_an_authentication_failure_asked_once_and_nothing_is_sent() {
        AtomicInteger asked = new AtomicInteger();
        TokenCredential refusing = request -> Mono.defer(() -> {
            asked.incrementAndGet();
            return Mono.error(new ClientAuthenticationException("AADSTS50076: multi-factor authentication required", null));
        });
        RegistrationApi api = fake.connect(fake.options().build(), refusing);

        ArmFailure call = failureOf(() -> api.registration(REF));
        ArmFailure account = failureOf(api::account);

        assertThat(call.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(call.getMessage()).startsWith("Sign-in failed: ").contains("AADSTS50076");
        assertThat(account.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(asked).hasValue(2);
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void an_unavailable_credential_says_sign_in_is_not_available() {
        TokenCredential cli = request -> Mono.error(new CredentialUnavailableException("Azure CLI not installed."));
        RegistrationApi api = fake.connect(fake.options().build(), cli);

        ArmFailure f = failureOf(api::account);

        assertThat(f.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(f.getMessage()).isEqualTo("Sign-in is not available: Azure CLI not installed.");
    }

    @Test
    void a_token_that_is_not_a_jwt_names_no_account_and_says_so() throws ArmFailure {
        TokenCredential opaque = request -> Mono.just(new AccessToken("opaque-token", java.time.OffsetDateTime.now().plusHours(1)));
        RegistrationApi api = fake.connect(fake.options().tenantId("11111111-2222-3333-4444-555555555555").build(), opaque);

        var account = api.account();

        assertThat(account.name()).isNull();
        assertThat(account.known()).isFalse();
        assertThat(account.cloud()).isEqualTo("AzureCloud");
        assertThat(account.tenantId()).isEqualTo("11111111-2222-3333-4444-555555555555");
        assertThat(account.toString()).doesNotContain("opaque-token");
    }

    @Test
    void a_sign_in_that_never_finishes_times_out_for_account_and_for_calls() {
        TokenCredential abandoned = request -> Mono.never(); // a browser window closed without finishing
        RegistrationApi api = fake.connect(fake.options().signInTimeout(Duration.ofMillis(200)).build(), abandoned);

        long start = System.nanoTime();
        ArmFailure account = failureOf(api::account);
        ArmFailure call = failureOf(() -> api.registration(REF));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(account.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(account.getMessage()).isEqualTo("Sign-in did not finish within 200 ms. Start it again when ready.");
        assertThat(call.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(fake.requests()).isEmpty();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(3));
    }
}
