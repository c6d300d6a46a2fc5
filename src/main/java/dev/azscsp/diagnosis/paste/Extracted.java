package dev.azscsp.diagnosis.paste;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Values;

/**
 * The values read from a paste; each is null when the text does not hold it. Ids are exactly as written (letter case
 * kept, a line wrapped inside them rejoined).
 *
 * @param subscriptionId          the registration's subscription
 * @param resourceGroup           the registration's resource group
 * @param registrationName        the registration resource's name
 * @param customerSubscriptionId  the customer (tenant) subscription being added
 * @param correlationId           {@code x-ms-correlation-request-id} or a labelled correlation id
 * @param requestId               {@code x-ms-request-id} or a labelled request id
 * @param timestamp               when it happened, as written (HTTP {@code Date}, an ISO time, a routing id's time)
 * @param httpStatus              the first error status (400-599) seen, or null
 * @param retryAfterSeconds       the {@code Retry-After} header, or null
 * @param lookalikeIds            ids that only look like one: written with full-width or other non-ASCII digits or
 *                                look-alike letters, as written, by the placeholder they would have filled; they fill
 *                                nothing (a subscription id is ASCII), and the user is told
 * @param otherValues             values beyond the registration's four, as written: who was refused, the action and
 *                                the scope of an AuthorizationFailed, the namespace of another product, an Entra code
 */
public record Extracted(String subscriptionId, String resourceGroup, String registrationName,
                        String customerSubscriptionId, String correlationId, String requestId, String timestamp,
                        Integer httpStatus, Integer retryAfterSeconds, Map<Placeholder, String> lookalikeIds,
                        Map<Placeholder, String> otherValues) {

    /** The registration's four values, which have their own fields. */
    static final Set<Placeholder> REGISTRATION = EnumSet.of(Placeholder.SUBSCRIPTION_ID, Placeholder.RESOURCE_GROUP,
            Placeholder.REGISTRATION_NAME, Placeholder.CUSTOMER_SUBSCRIPTION_ID);

    public static final Extracted NONE = new Extracted(null, null, null, null, null, null, null, null, null, Map.of(),
            Map.of());

    public Extracted {
        lookalikeIds = lookalikeIds.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(lookalikeIds));
        otherValues = otherValues.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(otherValues));
        if (otherValues.keySet().stream().anyMatch(REGISTRATION::contains)) {
            throw new IllegalArgumentException("the registration's values have their own fields");
        }
    }

    public boolean isEmpty() { return equals(NONE); }

    /** Every value found as catalog {@link Values}, ready to fill a card or a command. */
    public Values toValues() {
        Map<Placeholder, String> m = new EnumMap<>(Placeholder.class);
        m.putAll(otherValues);
        if (subscriptionId != null) m.put(Placeholder.SUBSCRIPTION_ID, subscriptionId);
        if (resourceGroup != null) m.put(Placeholder.RESOURCE_GROUP, resourceGroup);
        if (registrationName != null) m.put(Placeholder.REGISTRATION_NAME, registrationName);
        if (customerSubscriptionId != null) m.put(Placeholder.CUSTOMER_SUBSCRIPTION_ID, customerSubscriptionId);
        return Values.of(m);
    }

    /** The timestamp as an instant when it is in a format we know (RFC 1123, ISO 8601, {@code 20240101T120000Z}). */
    public Optional<Instant> timestampInstant() {
        if (timestamp == null) return Optional.empty();
        String t = timestamp.trim();
        try {
            return Optional.of(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException ignored) { /* next format */ }
        try {
            return Optional.of(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException ignored) { /* next format */ }
        try {
            String u = t.endsWith("UTC") ? t.substring(0, t.length() - 3).trim() : t;
            return Optional.of(LocalDateTime.parse(u.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) { /* next format */ }
        try {
            return Optional.of(LocalDateTime.parse(t, DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"))
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) { /* unknown */ }
        return Optional.empty();
    }
}
