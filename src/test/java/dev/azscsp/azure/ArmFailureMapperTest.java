package dev.azscsp.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.identity.CredentialUnavailableException;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.Exceptions;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertPathValidatorException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ArmFailureMapperTest {
    private static final String HOST = "management.azure.com";

    @AfterEach
    void clearInterrupt() { Thread.interrupted(); }

    @ParameterizedTest
    @CsvSource({"400,BAD_REQUEST", "401,AUTHENTICATION", "403,FORBIDDEN", "404,NOT_FOUND", "405,BAD_REQUEST",
            "407,NETWORK", "408,TIMEOUT", "409,CONFLICT", "412,BAD_REQUEST", "429,THROTTLED", "500,TRANSIENT",
            "502,TRANSIENT", "503,TRANSIENT", "504,TRANSIENT", "302,MALFORMED_RESPONSE"})
    void status_decides_the_kind(int status, Kind kind) {
        assertThat(ArmFailureMapper.kindForStatus(status)).isEqualTo(kind);
    }

    @Test
    void an_error_answer_keeps_code_message_ids_and_retry_after() {
        HttpHeaders headers = new HttpHeaders()
                .set(HttpHeaderName.fromString("x-ms-request-id"), "req-1")
                .set(HttpHeaderName.fromString("x-ms-correlation-request-id"), "corr-1")
                .set(HttpHeaderName.RETRY_AFTER, "17");
        ArmResponse r = new ArmResponse("PUT", "https://x/", 429, headers,
                "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"Wait.\",\"target\":\"x\"}}");

        ArmFailure f = ArmFailureMapper.fromResponse(r);

        assertThat(f.kind()).isEqualTo(Kind.THROTTLED);
        assertThat(f.code()).isEqualTo("TooManyRequests");
        assertThat(f.getMessage()).isEqualTo("Wait.");
        assertThat(f.status()).isEqualTo(429);
        assertThat(f.requestId()).contains("req-1");
        assertThat(f.correlationId()).contains("corr-1");
        assertThat(f.retryAfter()).contains(Duration.ofSeconds(17));
    }

    @Test
    void a_top_level_code_and_message_are_read_too() {
        ArmResponse r = new ArmResponse("GET", "https://x/", 400, new HttpHeaders(), "{\"code\":\"BadRequest\",\"message\":\"No.\"}");

        ArmFailure f = ArmFailureMapper.fromResponse(r);

        assertThat(f.code()).isEqualTo("BadRequest");
        assertThat(f.getMessage()).isEqualTo("No.");
    }

    @Test
    void an_empty_error_body_says_so() {
        ArmFailure f = ArmFailureMapper.fromResponse(new ArmResponse("GET", "https://x/", 404, new HttpHeaders(), ""));

        assertThat(f.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(f.code()).isNull();
        assertThat(f.getMessage()).isEqualTo("HTTP 404 with an empty body.");
    }

    @Test
    void an_interrupt_is_a_cancel_and_the_flag_stays_set() {
        RuntimeException fromBlock = Exceptions.propagate(new InterruptedException());

        ArmFailure f = ArmFailureMapper.fromThrowable(fromBlock, HOST);

        assertThat(f.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void a_handshake_or_certificate_path_failure_is_tls() {
        ArmFailure handshake = ArmFailureMapper.fromThrowable(new UncheckedIOException(new SSLHandshakeException("PKIX path building failed")), HOST);
        ArmFailure path = ArmFailureMapper.fromThrowable(new RuntimeException(new CertPathValidatorException("revoked")), HOST);

        assertThat(handshake.kind()).isEqualTo(Kind.TLS);
        assertThat(handshake.getMessage()).contains(HOST, "PKIX path building failed", "TLS-inspecting proxy", "trust store");
        assertThat(path.kind()).isEqualTo(Kind.TLS);
    }

    @Test
    void a_wrong_certificate_password_is_a_sign_in_problem_not_tls() {
        Throwable t = new ClientAuthenticationException("Failed to read certificate", null,
                new IOException("keystore password was incorrect", new UnrecoverableKeyException("bad password")));

        ArmFailure f = ArmFailureMapper.fromThrowable(t, "login.microsoftonline.com");

        assertThat(f.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(f.getMessage()).isEqualTo("Sign-in failed: Failed to read certificate");
    }

    @Test
    void a_timeout_is_a_timeout() {
        assertThat(ArmFailureMapper.fromThrowable(new UncheckedIOException(new HttpTimeoutException("request timed out")), HOST).kind())
                .isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void an_unresolvable_host_names_the_host() {
        ConnectException jdk = new ConnectException();
        jdk.initCause(new UnresolvedAddressException());
        ArmFailure viaJdkClient = ArmFailureMapper.fromThrowable(new UncheckedIOException(jdk), HOST);
        ArmFailure viaSignIn = ArmFailureMapper.fromThrowable(
                new ClientAuthenticationException("sign-in failed", null, new UnknownHostException("login.microsoftonline.com")), "x");

        assertThat(viaJdkClient.kind()).isEqualTo(Kind.NETWORK);
        assertThat(viaJdkClient.getMessage()).startsWith("Cannot resolve the host name " + HOST);
        assertThat(viaSignIn.kind()).isEqualTo(Kind.NETWORK);
        assertThat(viaSignIn.getMessage()).startsWith("Cannot resolve the host name login.microsoftonline.com");
    }

    @Test
    void credential_failures_are_authentication() {
        ArmFailure unavailable = ArmFailureMapper.fromThrowable(new CredentialUnavailableException("Azure CLI not installed"), "the Azure CLI");

        assertThat(unavailable.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(unavailable.getMessage()).isEqualTo("Sign-in is not available: Azure CLI not installed");
    }

    @Test
    void anything_else_is_transient_and_names_the_exception() {
        ArmFailure f = ArmFailureMapper.fromThrowable(new IllegalStateException("boom"), HOST);

        assertThat(f.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(f.getMessage()).contains("Unexpected", HOST, "IllegalStateException: boom");
        assertThat(f.getCause()).isInstanceOf(IllegalStateException.class);
    }

    /**
     * A reset during the handshake reaches the JDK's HTTP client in more than one shape, depending on when it lands:
     * a SocketException under the SSLException, a plain IOException from the NIO channel ("Connection reset by peer"),
     * or the SSLException alone carrying that message. None puts a certificate in question: each is the network's.
     */
    @Test
    void a_reset_during_the_handshake_is_the_networks_whatever_its_shape() {
        Throwable[] shapes = {
                new javax.net.ssl.SSLException("Connection reset", new java.net.SocketException("Connection reset")),
                handshake("Connection reset by peer", new IOException("Connection reset by peer")),
                new javax.net.ssl.SSLHandshakeException("Connection reset by peer"),
                handshake("Remote host terminated the handshake", new java.io.EOFException("SSL peer shut down incorrectly")),
                new javax.net.ssl.SSLException("Broken pipe")};
        for (Throwable t : shapes) {
            assertThat(ArmFailureMapper.tlsFailure(new IOException(t))).as(t.toString()).isNull();
        }
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new java.security.cert.CertPathBuilderException("unable to find valid certification path"));
        assertThat(ArmFailureMapper.tlsFailure(untrusted)).isSameAs(untrusted);
        assertThat(ArmFailureMapper.tlsFailure(new SSLHandshakeException("Received fatal alert: handshake_failure"))).isNotNull();
    }

    private static SSLHandshakeException handshake(String message, Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException(message);
        e.initCause(cause);
        return e;
    }
}
