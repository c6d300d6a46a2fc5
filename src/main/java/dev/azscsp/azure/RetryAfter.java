package dev.azscsp.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How long the service asked us to wait, read from the same headers azure-core's retry policy honours:
 * {@code retry-after-ms}, {@code x-ms-retry-after-ms}, then {@code Retry-After} in seconds or as an HTTP date.
 */
final class RetryAfter {
    private static final HttpHeaderName RETRY_AFTER_MS = HttpHeaderName.fromString("retry-after-ms");
    private static final HttpHeaderName X_MS_RETRY_AFTER_MS = HttpHeaderName.fromString("x-ms-retry-after-ms");

    private RetryAfter() {}

    static Optional<Duration> from(HttpHeaders headers) {
        return from(headers, () -> OffsetDateTime.now(ZoneOffset.UTC));
    }

    static Optional<Duration> from(HttpHeaders headers, Supplier<OffsetDateTime> now) {
        if (headers == null) return Optional.empty();
        Optional<Duration> ms = millis(headers.getValue(RETRY_AFTER_MS));
        if (ms.isPresent()) return ms;
        ms = millis(headers.getValue(X_MS_RETRY_AFTER_MS));
        if (ms.isPresent()) return ms;
        return retryAfter(headers.getValue(HttpHeaderName.RETRY_AFTER), now);
    }

    private static Optional<Duration> millis(String value) {
        if (value == null) return Optional.empty();
        try {
            long ms = Long.parseLong(value.trim());
            return ms < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(ms));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> retryAfter(String value, Supplier<OffsetDateTime> now) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                OffsetDateTime at = OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(now.get(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
