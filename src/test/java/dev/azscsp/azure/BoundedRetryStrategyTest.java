package dev.azscsp.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The strategy inside the pipeline's retry policy ({@link ArmRetryPolicy}), over a stub transport that counts attempts. */
class BoundedRetryStrategyTest {
    private final AtomicInteger attempts = new AtomicInteger();

    private HttpPipeline pipeline(Function<HttpRequest, Mono<HttpResponse>> transport) {
        HttpClient client = request -> {
            attempts.incrementAndGet();
            return transport.apply(request);
        };
        BoundedRetryStrategy strategy = new BoundedRetryStrategy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofSeconds(20));
        return new HttpPipelineBuilder().httpClient(client).policies(new ArmRetryPolicy(strategy)).build();
    }

    private static Mono<HttpResponse> answer(HttpRequest request, int status, String retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        if (retryAfter != null) headers.set(HttpHeaderName.RETRY_AFTER, retryAfter);
        return Mono.just(new BodilessResponse(request, status, headers));
    }

    private static HttpRequest get() { return new HttpRequest(HttpMethod.GET, "https://management.azure.com/x"); }

    @Test
    void a_retry_after_beyond_the_cap_is_handed_back_without_waiting() {
        HttpResponse r = pipeline(req -> answer(req, 429, "3600")).send(get()).block();

        assertThat(r.getStatusCode()).isEqualTo(429);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_retry_after_within_the_cap_is_retried() {
        HttpResponse r = pipeline(req -> answer(req, attempts.get() < 2 ? 429 : 200, "0")).send(get()).block();

        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_retry_after_the_app_cannot_read_is_ignored_and_the_backoff_applies() {
        // 1 January 2030 is a Tuesday; azure-core's own parser would accept the date and sleep until then.
        HttpResponse r = pipeline(req -> answer(req, attempts.get() < 2 ? 429 : 200, "Mon, 01 Jan 2030 00:00:00 GMT"))
                .send(get()).block(Duration.ofSeconds(10));

        assertThat(r.getStatusCode()).isEqualTo(200);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_wait_that_would_end_after_the_calls_deadline_hands_the_answer_back() {
        Context oneSecondLeft = new Context(ArmRetryPolicy.DEADLINE, System.nanoTime() + Duration.ofSeconds(1).toNanos());

        HttpResponse r = pipeline(req -> answer(req, 429, "5")).send(get(), oneSecondLeft).block(Duration.ofSeconds(10));

        assertThat(r.getStatusCode()).isEqualTo(429);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void an_error_after_a_retried_answer_is_not_retried_twice() {
        // 503, then I/O errors: 1 + 3 tries in all, never more, however the answers and errors mix.
        assertThatThrownBy(() -> pipeline(req -> attempts.get() == 1 ? answer(req, 503, null) : Mono.error(new IOException("reset")))
                .send(get()).block());

        assertThat(attempts).hasValue(4);
    }

    @Test
    void server_errors_are_retried_up_to_the_limit() {
        HttpResponse r = pipeline(req -> answer(req, 503, null)).send(get()).block();

        assertThat(r.getStatusCode()).isEqualTo(503);
        assertThat(attempts).hasValue(4);
    }

    @Test
    void client_errors_are_not_retried() {
        pipeline(req -> answer(req, 404, null)).send(get()).block();

        assertThat(attempts).hasValue(1);
    }

    @Test
    void io_errors_are_retried_but_tls_failures_are_not() {
        assertThatThrownBy(() -> pipeline(req -> Mono.error(new IOException("reset"))).send(get()).block());
        int io = attempts.getAndSet(0);
        assertThatThrownBy(() -> pipeline(req -> Mono.error(new IOException("wrapped", new SSLHandshakeException("PKIX"))))
                .send(get()).block());

        assertThat(io).isEqualTo(4);
        assertThat(attempts).hasValue(1);
    }

    /** An answer with a status and headers only. */
    private static final class BodilessResponse extends HttpResponse {
        private final int status;
        private final HttpHeaders headers;

        BodilessResponse(HttpRequest request, int status, HttpHeaders headers) {
            super(request);
            this.status = status;
            this.headers = headers;
        }

        @Override public int getStatusCode() { return status; }
        @Override @Deprecated public String getHeaderValue(String name) { return headers.getValue(HttpHeaderName.fromString(name)); }
        @Override public HttpHeaders getHeaders() { return headers; }
        @Override public Flux<ByteBuffer> getBody() { return Flux.empty(); }
        @Override public Mono<byte[]> getBodyAsByteArray() { return Mono.empty(); }
        @Override public Mono<String> getBodyAsString() { return Mono.empty(); }
        @Override public Mono<String> getBodyAsString(Charset charset) { return Mono.empty(); }
    }
}
