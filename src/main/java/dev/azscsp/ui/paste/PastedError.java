package dev.azscsp.ui.paste;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.azscsp.catalog.Placeholder;
import dev.azscsp.diagnosis.input.Field;

/**
 * What a pasted error text says.
 *
 * @param codes       the catalog codes found (any order; the page lists those besides the primary one)
 * @param primaryCode the card to show; null when no known code was found
 * @param values      the ids found, by the wizard field they fill (subscription, resource group, registration name,
 *                    customer subscription, customer tenant, CloudID)
 * @param lookalikes  ids found that only look like one (non-ASCII digits or letters), as written, by the field they
 *                    would have filled; they fill nothing and the page says why
 */
public record PastedError(List<String> codes, String primaryCode, Map<Field, String> values, Map<Field, String> lookalikes,
                          Map<String, String> details, Map<Placeholder, String> otherValues, boolean messageSeen) {

    /** The labels of {@link #details}, as the headers and the {@code explain} command name them. */
    public static final String CORRELATION_ID = "x-ms-correlation-request-id", REQUEST_ID = "x-ms-request-id", DATE = "Date",
            HTTP_STATUS = "HTTP", RETRY_AFTER = "Retry-After";

    /**
     * @param details     the other values found that fill no field but support needs (correlation and request ids, when,
     *                    the HTTP status, Retry-After), by their header name, in that order
     * @param otherValues what else the card names (who was refused, a namespace, an Entra number), as written
     * @param messageSeen whether the text held the primary code's message, so the card may quote it
     */
    public PastedError {
        otherValues = otherValues.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(otherValues));
        codes = List.copyOf(codes);
        values = nonBlank(values);
        lookalikes = nonBlank(lookalikes);
        java.util.LinkedHashMap<String, String> d = new java.util.LinkedHashMap<>();
        details.forEach((k, x) -> { if (x != null && !x.isBlank()) d.put(k, x); });
        details = java.util.Collections.unmodifiableMap(d);
    }

    public PastedError(List<String> codes, String primaryCode, Map<Field, String> values, Map<Field, String> lookalikes,
                       Map<String, String> details) {
        this(codes, primaryCode, values, lookalikes, details, Map.of(), true);
    }

    public PastedError(List<String> codes, String primaryCode, Map<Field, String> values, Map<Field, String> lookalikes) {
        this(codes, primaryCode, values, lookalikes, Map.of(), Map.of(), true);
    }

    public PastedError(List<String> codes, String primaryCode, Map<Field, String> values) {
        this(codes, primaryCode, values, Map.of());
    }

    private static Map<Field, String> nonBlank(Map<Field, String> values) {
        EnumMap<Field, String> v = new EnumMap<>(Field.class);
        values.forEach((k, x) -> { if (x != null && !x.isBlank()) v.put(k, x); });
        return java.util.Collections.unmodifiableMap(v);
    }

    public static PastedError nothing() {
        return new PastedError(List.of(), null, Map.of());
    }

    public boolean recognized() { return primaryCode != null; }
}
