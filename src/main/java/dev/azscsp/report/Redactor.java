package dev.azscsp.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens every GUID to its first and last four characters ({@code dd85…bfbf}), so a ticket can be shared
 * without the full ids while the same id still reads the same everywhere in the text.
 */
public final class Redactor {
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Redactor() {}

    public static String redact(String text) {
        if (text == null) return null;
        Matcher m = GUID.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String g = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(g.substring(0, 4) + "\u2026" + g.substring(g.length() - 4)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
