package dev.azscsp.azure;

import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryStrategy;

import java.time.Duration;
import java.util.Optional;

/**
 * azure-core's exponential backoff (408, 429, 5xx but 501/505, I/O errors) with two limits that matter in front
 * of a waiting user: a Retry-After longer than {@code maxRetryAfter} is not slept through (the response goes back
 * and becomes a THROTTLED failure that says how long to wait), and TLS failures are not retried (an untrusted
 * certificate stays untrusted). Shorter Retry-After values are honoured by {@code RetryPolicy} itself.
 */
final class BoundedRetryStrategy implements RetryStrategy {
    private final ExponentialBackoff backoff;
    private final Duration maxRetryAfter;

    BoundedRetryStrategy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
        this.backoff = new ExponentialBackoff(new ExponentialBackoffOptions()
                .setMaxRetries(maxRetries).setBaseDelay(baseDelay).setMaxDelay(maxDelay));
        this.maxRetryAfter = maxRetryAfter;
    }

    static BoundedRetryStrategy from(AzureOptions o) {
        return new BoundedRetryStrategy(o.maxRetries(), o.retryBaseDelay(), o.retryMaxDelay(), o.maxRetryAfter());
    }

    @Override
    public int getMaxRetries() { return backoff.getMaxRetries(); }

    @Override
    public Duration calculateRetryDelay(int retryAttempts) { return backoff.calculateRetryDelay(retryAttempts); }

    @Override
    public boolean shouldRetryCondition(RequestRetryCondition condition) {
        HttpResponse response = condition.getResponse();
        if (response != null) {
            Optional<Duration> wait = RetryAfter.from(response.getHeaders());
            if (wait.isPresent() && wait.get().compareTo(maxRetryAfter) > 0) return false;
        } else if (ArmFailureMapper.tlsFailure(condition.getThrowable()) != null) {
            // RetryPolicy asks once per level of the cause chain; looking down the whole chain keeps every level at no.
            return false;
        }
        return backoff.shouldRetryCondition(condition);
    }
}
