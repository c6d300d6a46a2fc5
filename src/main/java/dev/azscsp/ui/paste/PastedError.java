package dev.azscsp.ui.paste;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.azscsp.diagnosis.input.Field;

/**
 * What a pasted error text says.
 *
 * @param codes       the catalog codes found (any order; the page lists those besides the primary one)
 * @param primaryCode the card to show; null when no known code was found
 * @param values      the ids found, by the wizard field they fill (subscription, resource group, registration name,
 *                    customer subscription, customer tenant, CloudID)
 */
public record PastedError(List<String> codes, String primaryCode, Map<Field, String> values) {

    public PastedError {
        codes = List.copyOf(codes);
        EnumMap<Field, String> v = new EnumMap<>(Field.class);
        values.forEach((k, x) -> { if (x != null && !x.isBlank()) v.put(k, x); });
        values = java.util.Collections.unmodifiableMap(v);
    }

    public static PastedError nothing() {
        return new PastedError(List.of(), null, Map.of());
    }

    public boolean recognized() { return primaryCode != null; }
}
