package dev.azscsp.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import dev.azscsp.diagnosis.api.ArmFailure;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends requests to one ARM endpoint through the pipeline and hands back the fully read answer, or throws an
 * {@link ArmFailure}. Calls block the calling thread; interrupting it cancels the call ({@code Mono.block()} is
 * interruptible and the mapper turns that into CANCELLED). A body is read up to {@link ArmLimits#ANSWER_BYTES}:
 * past that the connection is let go and the call fails, so an answer that never ends cannot fill the memory.
 * Each call carries its deadline, {@code callTimeout} from its start, for {@link ArmRetryPolicy}, and whether that
 * policy may retry a 429 (not when the caller paces and retries itself, see {@link #throttlingLeftToCaller()}).
 */
final class ArmClient {
    private final HttpPipeline pipeline;
    private final URI endpoint;
    private final String base;
    private final Duration callTimeout;
    private final boolean retryThrottled;

    ArmClient(HttpPipeline pipeline, URI endpoint, Duration callTimeout) {
        this(pipeline, endpoint, callTimeout, true);
    }

    private ArmClient(HttpPipeline pipeline, URI endpoint, Duration callTimeout, boolean retryThrottled) {
        this.pipeline = pipeline;
        this.endpoint = endpoint;
        this.callTimeout = callTimeout;
        this.retryThrottled = retryThrottled;
        String e = endpoint.toString();
        this.base = e.endsWith("/") ? e.substring(0, e.length() - 1) : e; // paths start with '/': avoid "//subscriptions"
    }

    String host() { return endpoint.getHost(); }

    /** The same pipeline, whose retry policy hands every 429 back at once. */
    ArmClient throttlingLeftToCaller() {
        return new ArmClient(pipeline, endpoint, callTimeout, false);
    }

    ArmResponse get(String path, String apiVersion) throws ArmFailure {
        return send(new HttpRequest(HttpMethod.GET, url(path, apiVersion)));
    }

    ArmResponse put(String path, String apiVersion, String jsonBody) throws ArmFailure {
        HttpRequest request = new HttpRequest(HttpMethod.PUT, url(path, apiVersion))
                .setHeader(HttpHeaderName.CONTENT_TYPE, "application/json")
                .setBody(BinaryData.fromString(jsonBody));
        return send(request);
    }

    /** A DELETE without a body; any 2xx is success (ARM answers 200 or 204). */
    ArmResponse delete(String path, String apiVersion) throws ArmFailure {
        return send(new HttpRequest(HttpMethod.DELETE, url(path, apiVersion)));
    }

    /**
     * Follows a list's {@code nextLink}. It must point at the same host and port as the endpoint: the pipeline
     * attaches the bearer token to whatever URL it is given.
     */
    ArmResponse nextPage(ArmResponse previous, String nextLink, String apiVersion) throws ArmFailure {
        URI next;
        try {
            next = URI.create(nextLink);
        } catch (IllegalArgumentException e) {
            throw ArmFailureMapper.malformed(previous, "its nextLink is not a URL");
        }
        if (!"https".equalsIgnoreCase(next.getScheme()) || next.getHost() == null
                || !next.getHost().equalsIgnoreCase(endpoint.getHost()) || port(next) != port(endpoint)) {
            throw ArmFailureMapper.malformed(previous, "its nextLink points away from " + endpoint.getHost() + " (not followed)");
        }
        String query = next.getRawQuery() == null ? "" : next.getRawQuery().toLowerCase(Locale.ROOT);
        String url = query.contains("api-version=") ? nextLink
                : nextLink + (next.getRawQuery() == null ? "?" : "&") + "api-version=" + encode(apiVersion);
        return send(new HttpRequest(HttpMethod.GET, url));
    }

    private ArmResponse send(HttpRequest request) throws ArmFailure {
        request.setHeader(HttpHeaderName.ACCEPT, "application/json");
        ArmResponse response;
        Context deadline = new Context(ArmRetryPolicy.DEADLINE, System.nanoTime() + callTimeout.toNanos());
        if (!retryThrottled) deadline = deadline.addData(ArmRetryPolicy.THROTTLING_LEFT_TO_CALLER, Boolean.TRUE);
        try {
            response = pipeline.send(request, deadline).flatMap(r -> read(request, r)).block();
        } catch (TooLarge e) {
            throw ArmFailureMapper.tooLarge(e.head, endpoint.getHost(), ArmLimits.answerLimit());
        } catch (RuntimeException e) {
            throw ArmFailureMapper.fromThrowable(e, endpoint.getHost());
        }
        if (response == null) {
            throw ArmFailure.of(ArmFailure.Kind.MALFORMED_RESPONSE).message(endpoint.getHost() + " gave no answer.").build();
        }
        if (!response.isSuccess()) throw ArmFailureMapper.fromResponse(response);
        return response;
    }

    /** The whole body, or a {@link TooLarge} error as soon as it passes the limit (which cancels the rest). */
    private static Mono<ArmResponse> read(HttpRequest request, HttpResponse r) {
        return r.getBody()
                .collect(ByteArrayOutputStream::new, (body, piece) -> {
                    if (body.size() + (long) piece.remaining() > ArmLimits.ANSWER_BYTES) {
                        throw new TooLarge(answer(request, r, new byte[0]));
                    }
                    byte[] bytes = new byte[piece.remaining()];
                    piece.get(bytes);
                    body.write(bytes, 0, bytes.length);
                })
                .map(body -> answer(request, r, body.toByteArray()))
                .doFinally(signal -> r.close());
    }

    private static ArmResponse answer(HttpRequest request, HttpResponse r, byte[] body) {
        return ArmResponse.of(request.getHttpMethod().name(), request.getUrl().toString(), r.getStatusCode(), r.getHeaders(), body);
    }

    /** The body passed {@link ArmLimits#ANSWER_BYTES}; carries the answer's status and headers without the body. */
    private static final class TooLarge extends RuntimeException {
        final transient ArmResponse head;

        TooLarge(ArmResponse head) {
            super(null, null, false, false);
            this.head = head;
        }
    }

    private String url(String path, String apiVersion) {
        return base + path + "?api-version=" + encode(apiVersion);
    }

    private static String encode(String v) { return URLEncoder.encode(v, StandardCharsets.UTF_8); }

    private static int port(URI u) { return u.getPort() == -1 ? 443 : u.getPort(); }
}
