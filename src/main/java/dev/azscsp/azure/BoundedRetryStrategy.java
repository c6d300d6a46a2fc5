package dev.azscsp.azure;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.ExponentialBackoffOptions;

import java.time.Duration;
import java.util.Optional;

/**
 * When {@link ArmRetryPolicy} tries a call again, and after how long. Like azure-core's default: 408, 429, 5xx but
 * 501 and 505, and I/O errors, with exponential backoff (5 % jitter). Limits that matter in front of a waiting user:
 * <ul>
 * <li>the Retry-After the service sent is read once, by {@link RetryAfter}; one that cannot be read is ignored and
 *     the backoff applies;</li>
 * <li>a Retry-After longer than {@code maxRetryAfter} is not slept through: the answer goes back and becomes a
 *     THROTTLED failure that says how long to wait;</li>
 * <li>no wait ends after the call's deadline: the answer (or error) goes back instead;</li>
 * <li>TLS failures are not retried: an untrusted certificate stays untrusted.</li>
 * </ul>
 */
final class BoundedRetryStrategy {
    private final int maxRetries;
    private final ExponentialBackoff backoff;
    private final Duration maxRetryAfter;

    BoundedRetryStrategy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
        this.maxRetries = maxRetries;
        this.backoff = new ExponentialBackoff(new ExponentialBackoffOptions()
                .setMaxRetries(maxRetries).setBaseDelay(baseDelay).setMaxDelay(maxDelay));
        this.maxRetryAfter = maxRetryAfter;
    }

    static BoundedRetryStrategy from(AzureOptions o) {
        return new BoundedRetryStrategy(o.maxRetries(), o.retryBaseDelay(), o.retryMaxDelay(), o.maxRetryAfter());
    }

    /**
     * @param retries  retries made so far (0 after the first try)
     * @param timeLeft until the call's deadline; null for none
     * @return how long to wait before the next try, or empty to hand this answer back
     */
    Optional<Duration> waitBeforeRetry(HttpResponse response, int retries, Duration timeLeft) {
        if (retries >= maxRetries || !retriable(response.getStatusCode())) return Optional.empty();
        Optional<Duration> asked = RetryAfter.from(response.getHeaders());
        if (asked.isPresent() && asked.get().compareTo(maxRetryAfter) > 0) return Optional.empty();
        return beforeDeadline(asked.orElseGet(() -> backoff.calculateRetryDelay(retries)), timeLeft);
    }

    /** As for an answer, for a try that ended in an error (no answer came back). */
    Optional<Duration> waitBeforeRetry(Throwable error, int retries, Duration timeLeft) {
        if (retries >= maxRetries || ArmFailureMapper.tlsFailure(error) != null) return Optional.empty();
        return beforeDeadline(backoff.calculateRetryDelay(retries), timeLeft);
    }

    static boolean retriable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    private static Optional<Duration> beforeDeadline(Duration wait, Duration timeLeft) {
        return timeLeft != null && wait.compareTo(timeLeft) > 0 ? Optional.empty() : Optional.of(wait);
    }
}
