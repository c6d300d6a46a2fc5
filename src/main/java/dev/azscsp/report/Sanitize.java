package dev.azscsp.report;

/**
 * Makes values typed or pasted by a user safe to put in ticket text: control characters and the invisible
 * direction marks that can reorder a line on screen are shown by their code point instead of acting.
 */
final class Sanitize {
    private Sanitize() {}

    /** For a value on one line: line breaks become spaces. */
    static String inline(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') b.append(' ');
            else appendVisible(b, c);
        }
        return b.toString();
    }

    /** For a block of text: line breaks and tabs stay. */
    static String block(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') b.append(c);
            else if (c == '\r') continue;
            else appendVisible(b, c);
        }
        return b.toString();
    }

    private static void appendVisible(StringBuilder b, char c) {
        if (Character.isISOControl(c) || isBidiControl(c)) {
            b.append(String.format("<U+%04X>", (int) c));
        } else {
            b.append(c);
        }
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
