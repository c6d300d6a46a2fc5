package dev.azscsp.azure;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private static HttpHeaders headers(String name, String value) {
        return new HttpHeaders().set(HttpHeaderName.fromString(name), value);
    }

    @Test
    void seconds() {
        assertThat(RetryAfter.from(headers("Retry-After", "17"))).contains(Duration.ofSeconds(17));
    }

    @Test
    void an_http_date_counts_from_now() {
        assertThat(RetryAfter.from(headers("Retry-After", "Wed, 01 Jan 2025 12:00:30 GMT"), () -> NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.from(headers("Retry-After", "Wed, 01 Jan 2025 11:00:00 GMT"), () -> NOW)).contains(Duration.ZERO);
    }

    @Test
    void millisecond_headers_come_first() {
        HttpHeaders h = headers("Retry-After", "60").set(HttpHeaderName.fromString("x-ms-retry-after-ms"), "1500");

        assertThat(RetryAfter.from(h)).contains(Duration.ofMillis(1500));
        assertThat(RetryAfter.from(headers("retry-after-ms", "250"))).contains(Duration.ofMillis(250));
    }

    @Test
    void nothing_readable_means_nothing() {
        assertThat(RetryAfter.from(new HttpHeaders())).isEmpty();
        assertThat(RetryAfter.from(headers("Retry-After", "soon"))).isEmpty();
        assertThat(RetryAfter.from(headers("Retry-After", "-5"))).isEmpty();
        assertThat(RetryAfter.from(null)).isEmpty();
    }
}
