package dev.azscsp.catalog;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The user's values for a card's placeholders. Blank values count as missing. Immutable. */
public final class Values {
    private static final Values EMPTY = new Values(new EnumMap<>(Placeholder.class));

    private final Map<Placeholder, String> map;

    private Values(EnumMap<Placeholder, String> map) {
        this.map = map;
    }

    public static Values empty() { return EMPTY; }

    public static Values of(Map<Placeholder, String> values) {
        EnumMap<Placeholder, String> m = new EnumMap<>(Placeholder.class);
        values.forEach((k, v) -> { if (v != null && !v.isBlank()) m.put(k, v); });
        return new Values(m);
    }

    public Values with(Placeholder p, String value) {
        EnumMap<Placeholder, String> m = new EnumMap<>(map);
        if (value == null || value.isBlank()) m.remove(p); else m.put(p, value);
        return new Values(m);
    }

    public Optional<String> get(Placeholder p) { return Optional.ofNullable(map.get(p)); }

    public Map<Placeholder, String> asMap() { return Map.copyOf(map); }

    @Override public boolean equals(Object o) { return o instanceof Values v && v.map.equals(map); }
    @Override public int hashCode() { return map.hashCode(); }
    @Override public String toString() { return map.toString(); }
}
