package dev.azscsp.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Placeholder handling for catalog texts. A placeholder is {@code {name}} with letters only, so PowerShell script
 * blocks such as {@code { Get-AzureStackStampInformation }} are left alone. Filling is one pass over the template:
 * values are inserted as plain text and never read again, so a value that itself looks like {@code {subscriptionId}}
 * stays as typed.
 */
public final class Template {
    private Template() {}

    /** The placeholder names a template uses, known or not, in order of appearance. */
    public static List<String> names(String template) {
        List<String> names = new ArrayList<>();
        int i = 0;
        while ((i = template.indexOf('{', i)) >= 0) {
            int end = nameEnd(template, i);
            if (end > 0) {
                names.add(template.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return names;
    }

    /**
     * Fills a template.
     *
     * @param markers what stands in for a missing value, per placeholder (e.g. {@code <customer subscription ID>})
     * @param escape  applied to each value before it is inserted (identity for prose, shell quoting for commands)
     */
    public static String fill(String template, Values values, Map<Placeholder, String> markers,
                              UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? nameEnd(template, i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = template.substring(i + 1, end);
            Placeholder p = Placeholder.byKey(name).orElse(null);
            if (p == null) {
                out.append(template, i, end + 1);          // validation keeps these out of the shipped catalog
            } else {
                String v = values.get(p).orElse(null);
                out.append(v != null ? escape.apply(v) : markers.getOrDefault(p, "<" + name + ">"));
            }
            i = end + 1;
        }
        return out.toString();
    }

    /**
     * The first placeholder of a command template that is not inside a single-quoted string, or null. Inside single
     * quotes PowerShell and POSIX shells expand nothing, so a value there can only end the string with a quote,
     * which never reaches a command ({@link Shell#canHold}).
     */
    public static String firstOutsideSingleQuotes(String template) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '{' && !single) {
                int end = nameEnd(template, i);
                if (end > 0) return template.substring(i + 1, end);
            }
        }
        return null;
    }

    /** Index of the closing brace when a placeholder starts at {@code open}, else -1. */
    private static int nameEnd(String s, int open) {
        int j = open + 1;
        while (j < s.length() && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) j++;
        return j > open + 1 && j < s.length() && s.charAt(j) == '}' ? j : -1;
    }
}
