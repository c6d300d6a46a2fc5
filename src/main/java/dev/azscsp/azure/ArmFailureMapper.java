package dev.azscsp.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.ArmFailure.Kind;
import reactor.core.Exceptions;

import javax.net.ssl.SSLException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.concurrent.TimeoutException;

/**
 * Turns every way a call can go wrong into an {@link ArmFailure}, so no SDK type reaches the domain: an HTTP error
 * answer (kind by status, code and message from ARM's envelope, request and correlation ids, Retry-After), a 2xx
 * answer we cannot read, or an exception (interrupt, TLS, timeout, network, sign-in). Messages say what the user
 * can do; they never contain a token or a secret.
 */
final class ArmFailureMapper {

    static final String TLS_ADVICE = "This usually means a TLS-inspecting proxy or firewall between this machine and Azure "
            + "presents its own certificate. Ask your network team for its root CA certificate and add it to the Java "
            + "trust store (keytool -importcert -cacerts -alias corporate-ca -file corporate-ca.crt), or start the app with "
            + "-Djavax.net.ssl.trustStore=<path to a trust store that contains it>.";

    private ArmFailureMapper() {}

    /** An HTTP error answer (status 300 or more). */
    static ArmFailure fromResponse(ArmResponse r) {
        ArmErrorBody error = ArmErrorBody.parse(r);
        String message = error.message();
        if (r.status() == 407 && !error.json()) {
            message = "The proxy between this machine and Azure asks for credentials (HTTP 407). " + message;
        }
        return withResponse(ArmFailure.of(kindForStatus(r.status())), r).code(error.code()).message(message).build();
    }

    /** A 2xx answer whose body is not what ARM sends: HTML from a proxy, broken JSON, a missing field. */
    static ArmFailure malformed(ArmResponse r, String problem) {
        String message = ArmErrorBody.looksLikeHtml(r.body(), r.contentType())
                ? ArmErrorBody.describeNonJson(r)
                : "Azure Resource Manager answered HTTP " + r.status() + " but " + problem + ": " + ArmErrorBody.excerpt(r.body());
        return withResponse(ArmFailure.of(Kind.MALFORMED_RESPONSE), r).message(message).build();
    }

    /** A body longer than the app reads: a proxy or a broken server sending without end. */
    static ArmFailure tooLarge(ArmResponse head, String host, String limit) {
        return withResponse(ArmFailure.of(Kind.MALFORMED_RESPONSE), head)
                .message("The answer from " + host + " (HTTP " + head.status() + ") was larger than " + limit
                        + "; it was not read further. Azure Resource Manager does not send answers that large: a proxy "
                        + "or a broken server between this machine and Azure may be sending without end.")
                .build();
    }

    static Kind kindForStatus(int status) {
        return switch (status) {
            case 400 -> Kind.BAD_REQUEST;
            case 401 -> Kind.AUTHENTICATION;
            case 403 -> Kind.FORBIDDEN;
            case 404 -> Kind.NOT_FOUND;
            case 407 -> Kind.NETWORK;
            case 408 -> Kind.TIMEOUT;
            case 409 -> Kind.CONFLICT;
            case 429 -> Kind.THROTTLED;
            default -> status >= 500 ? Kind.TRANSIENT : status >= 400 ? Kind.BAD_REQUEST : Kind.MALFORMED_RESPONSE;
        };
    }

    /**
     * An exception from the pipeline, the transport or the credential.
     *
     * @param target what was being called, for the message (a host name)
     */
    static ArmFailure fromThrowable(Throwable thrown, String target) {
        Throwable t = Exceptions.unwrap(thrown); // Mono.block() wraps checked exceptions
        if (isInterruption(t)) {
            Thread.currentThread().interrupt(); // keep the caller's cancel visible to it
            return failure(Kind.CANCELLED, "The call to " + target + " was cancelled.", t);
        }
        Throwable signInTimeout = find(t, TimeLimitedCredential.SignInTimeoutException.class);
        if (signInTimeout != null) {
            return failure(Kind.TIMEOUT, signInTimeout.getMessage(), t);
        }
        Throwable tls = tlsFailure(t);
        if (tls != null) {
            return failure(Kind.TLS, "The secure (TLS) connection to " + target + " could not be trusted: "
                    + innermostMessage(tls) + ". " + TLS_ADVICE, t);
        }
        Throwable timeout = find(t, HttpTimeoutException.class, SocketTimeoutException.class, TimeoutException.class);
        if (timeout != null) {
            return failure(Kind.TIMEOUT, target + " did not answer in time (" + describe(timeout) + "). "
                    + "Azure or the network may be slow; try again.", t);
        }
        // The JDK client reports an unknown host as a ConnectException caused by UnresolvedAddressException.
        Throwable unknownHost = find(t, UnknownHostException.class, UnresolvedAddressException.class);
        if (unknownHost != null) {
            String host = unknownHost instanceof UnknownHostException && unknownHost.getMessage() != null
                    ? unknownHost.getMessage() : target;
            return failure(Kind.NETWORK, "Cannot resolve the host name " + host
                    + ". Check the network connection, DNS and proxy settings.", t);
        }
        Throwable refused = find(t, ConnectException.class, NoRouteToHostException.class);
        if (refused != null) {
            return failure(Kind.NETWORK, "Cannot connect to " + target + ": the connection was refused or could not be opened"
                    + detail(refused) + ". Check the network connection, firewall and proxy settings "
                    + "(HTTPS_PROXY, or -Dhttps.proxyHost and -Dhttps.proxyPort).", t);
        }
        Throwable signIn = find(t, CredentialUnavailableException.class, ClientAuthenticationException.class);
        if (signIn != null || isMsal(t)) {
            String prefix = signIn instanceof CredentialUnavailableException ? "Sign-in is not available: " : "Sign-in failed: ";
            return failure(Kind.AUTHENTICATION, prefix + firstMessage(signIn != null ? signIn : t), t);
        }
        Throwable io = find(t, IOException.class);
        if (io != null) {
            return failure(Kind.NETWORK, "The connection to " + target + " broke before Azure answered (" + describe(io)
                    + "). A proxy or firewall may have closed it; try again.", t);
        }
        if (find(t, IllegalArgumentException.class) != null) {
            return failure(Kind.BAD_REQUEST, "The request could not be built: " + firstMessage(t), t);
        }
        return failure(Kind.TRANSIENT, "Unexpected error while calling " + target + ": " + describe(t), t);
    }

    /**
     * The TLS part of a failure: a handshake problem or a certificate path that does not validate. Other security
     * exceptions (a wrong certificate password for a service principal) are sign-in problems, not TLS ones. A
     * connection reset or closed during the handshake, with no certificate in question, is the network's doing (a
     * firewall, a proxy, a server going down): null, so it is reported and retried as a broken connection.
     */
    static Throwable tlsFailure(Throwable t) {
        Throwable tls = find(t, SSLException.class, CertPathBuilderException.class, CertPathValidatorException.class);
        if (tls == null) return null;
        boolean certificate = find(tls, CertPathBuilderException.class, CertPathValidatorException.class,
                CertificateException.class) != null;
        return connectionBroke(tls) && !certificate ? null : tls;
    }

    /**
     * The connection went away under the handshake. The JDK's client says so in several shapes, depending on when
     * the reset lands: a SocketException or EOFException under the SSLException, a plain IOException from the NIO
     * channel ("Connection reset by peer"), or the SSLException alone with the socket's words as its message.
     */
    private static boolean connectionBroke(Throwable tls) {
        for (Throwable c = tls; c != null; c = next(c)) {
            if (c instanceof SocketException || c instanceof EOFException) return true;
            if (c != tls && c instanceof IOException && !(c instanceof SSLException)) return true;
            String m = c.getMessage();
            if (m != null && (m.contains("Connection reset") || m.contains("Broken pipe")
                    || m.contains("Remote host terminated the handshake") || m.contains("Connection closed"))) {
                return true;
            }
        }
        return false;
    }

    private static ArmFailure.Builder withResponse(ArmFailure.Builder b, ArmResponse r) {
        return b.status(r.status()).requestId(r.requestId()).correlationId(r.correlationId())
                .retryAfter(RetryAfter.from(r.headers()).orElse(null));
    }

    private static ArmFailure failure(Kind kind, String message, Throwable cause) {
        return ArmFailure.of(kind).message(message).cause(cause).build();
    }

    private static boolean isInterruption(Throwable t) {
        return find(t, InterruptedException.class, ClosedByInterruptException.class) != null
                || Thread.currentThread().isInterrupted();
    }

    private static boolean isMsal(Throwable t) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (c.getClass().getName().startsWith("com.microsoft.aad.msal4j.")) return true;
        }
        return false;
    }

    @SafeVarargs
    private static Throwable find(Throwable t, Class<? extends Throwable>... types) {
        for (Throwable c = t; c != null; c = next(c)) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(c)) return c;
            }
        }
        return null;
    }

    private static Throwable next(Throwable c) {
        Throwable cause = c.getCause();
        return cause == c ? null : cause;
    }

    private static String firstMessage(Throwable t) {
        for (Throwable c = t; c != null; c = next(c)) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) return c.getMessage().strip();
        }
        return t.getClass().getSimpleName();
    }

    private static String innermostMessage(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = next(c)) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) message = c.getMessage().strip();
        }
        return message != null ? message : t.getClass().getSimpleName();
    }

    /** " (message)" when the exception has one. */
    private static String detail(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "" : " (" + t.getMessage().strip() + ")";
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m.strip();
    }
}
