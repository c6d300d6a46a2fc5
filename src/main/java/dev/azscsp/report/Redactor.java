package dev.azscsp.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens every GUID to its first and last four characters ({@code dd85…bfbf}), so a ticket can be shared
 * without the full ids while the same id still reads the same everywhere in the text. Request and correlation ids
 * name a call, not a customer, and support needs them whole: callers pass them as ids to keep.
 */
public final class Redactor {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Redactor() {}

    public static String redact(String text) {
        return redact(text, java.util.Set.of());
    }

    /** As {@link #redact(String)}, leaving the GUIDs of {@code keep} whole (compared without letter case). */
    public static String redact(String text, java.util.Set<String> keep) {
        if (text == null) return null;
        java.util.Set<String> whole = new java.util.HashSet<>();
        for (String k : keep) whole.add(k.toLowerCase(java.util.Locale.ROOT));
        Matcher m = GUID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String g = m.group();
            if (whole.contains(g.toLowerCase(java.util.Locale.ROOT))) {
                m.appendReplacement(out, Matcher.quoteReplacement(g));
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(g.substring(0, 4) + "\u2026" + g.substring(g.length() - 4)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
