package dev.azscsp.settings;

import java.util.List;
import java.util.Locale;

/**
 * The columns the user picked once for expected-customers files with a given header (a Partner Center export):
 * {@code header} is the file's header names joined by commas, lower case; the three others are header names ({@code
 * tenant} and {@code label} may be null). Never any value from the rows.
 */
public record ColumnChoice(String header, String subscription, String tenant, String label) {
    /** A longer header is not remembered: a choice is for an export's usual header, not any text. */
    public static final int MAX_HEADER = 2_000;
    static final int MAX_NAME = 200;

    /** The key of a header: its names, trimmed, lower case, joined by commas. */
    public static String key(List<String> names) {
        return String.join(",", names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList());
    }

    public boolean complete() {
        return RecentRegistration.notBlank(header) && header.length() <= MAX_HEADER
                && fits(subscription, false) && fits(tenant, true) && fits(label, true);
    }

    private static boolean fits(String name, boolean optional) {
        return name == null ? optional : !name.isBlank() && name.length() <= MAX_NAME;
    }

    public boolean sameAs(ColumnChoice o) {
        return o != null && header != null && header.equals(o.header);
    }
}
