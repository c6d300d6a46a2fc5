package dev.azscsp.azure;

import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * The pipeline's retry loop, in place of azure-core's {@code RetryPolicy}. That one reads Retry-After itself once
 * its strategy says "retry", by rules of its own: an HTTP date with a wrong weekday, which {@link RetryAfter}
 * rejects, was slept until that date. Here {@link BoundedRetryStrategy} decides both whether to try again and how
 * long to wait first, and no wait may end after the call's deadline ({@link #DEADLINE}, set by {@link ArmClient}):
 * the answer goes back instead, e.g. a 429 that becomes a THROTTLED failure saying how long to wait. A call marked
 * {@link #THROTTLING_LEFT_TO_CALLER} gets every 429 back at once: its caller paces and retries (a bulk run).
 */
final class ArmRetryPolicy implements HttpPipelinePolicy {
    /** Context key of the call's deadline: a {@link System#nanoTime()} value (a Long). Without it, no deadline. */
    static final String DEADLINE = "azscsp-call-deadline-nanos";
    /** Context key: when {@code Boolean.TRUE}, a 429 goes back at once; the caller's rate limiter retries it. */
    static final String THROTTLING_LEFT_TO_CALLER = "azscsp-throttling-left-to-caller";

    private final BoundedRetryStrategy strategy;

    ArmRetryPolicy(BoundedRetryStrategy strategy) {
        this.strategy = strategy;
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return attempt(context, next, context.getHttpRequest(), 0);
    }

    /** One try: an answer or an error, then either it goes back or, after the strategy's wait, the next try. */
    private Mono<HttpResponse> attempt(HttpPipelineCallContext context, HttpPipelineNextPolicy next, HttpRequest original,
                                       int retries) {
        context.setHttpRequest(original.copy()); // later policies may change headers; every try starts clean
        return next.clone().process()
                .map(Outcome::answer)
                // Only this try's own errors: a later try's error must not be retried again from here.
                .onErrorResume(Exception.class, e -> Mono.just(Outcome.error(e)))
                .flatMap(o -> {
                    Duration left = timeLeft(context);
                    Optional<Duration> wait;
                    if (o.response() == null) wait = strategy.waitBeforeRetry(o.error(), retries, left);
                    else if (o.response().getStatusCode() == 429 && throttlingLeftToCaller(context)) wait = Optional.empty();
                    else wait = strategy.waitBeforeRetry(o.response(), retries, left);
                    if (wait.isEmpty()) return o.response() != null ? Mono.just(o.response()) : Mono.error(o.error());
                    if (o.response() != null) o.response().close();
                    Mono<HttpResponse> again = Mono.defer(() -> attempt(context, next, original, retries + 1));
                    return wait.get().isZero() ? again : again.delaySubscription(wait.get());
                });
    }

    private static boolean throttlingLeftToCaller(HttpPipelineCallContext context) {
        return context.getData(THROTTLING_LEFT_TO_CALLER).map(Boolean.TRUE::equals).orElse(false);
    }

    /** Until the call's deadline, or null when the call has none. */
    private static Duration timeLeft(HttpPipelineCallContext context) {
        return context.getData(DEADLINE).filter(Long.class::isInstance)
                .map(deadline -> Duration.ofNanos((Long) deadline - System.nanoTime())).orElse(null);
    }

    /** What one try gave: an answer or an error. */
    private record Outcome(HttpResponse response, Exception error) {
        static Outcome answer(HttpResponse r) { return new Outcome(r, null); }
        static Outcome error(Exception e) { return new Outcome(null, e); }
    }
}
