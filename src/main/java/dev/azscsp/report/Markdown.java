package dev.azscsp.report;

/** Markdown escaping that keeps a user's value from changing the layout around it. */
final class Markdown {
    /** Characters that format text anywhere in a line; the ones that only matter at a line start are handled there. */
    private static final String SPECIAL = "\\`*_[]<>|~&";

    private Markdown() {}

    /** A value inside a paragraph or a table cell. */
    static String text(String s) {
        String v = Sanitize.inline(s);
        StringBuilder b = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }

    /** Multi-line prose: each line escaped; line breaks kept as hard breaks. */
    static String paragraph(String s) {
        String[] lines = Sanitize.block(s).split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) b.append("  \n");
            b.append(lineStart(text(lines[i])));
        }
        return b.toString();
    }

    /** Escapes what would make a line a heading, a list item, a quote or a rule. */
    static String lineStart(String line) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        if (lead >= line.length()) return line;
        char c = line.charAt(lead);
        if ("#-+=>".indexOf(c) >= 0) return line.substring(0, lead) + "\\" + line.substring(lead);
        int d = lead;
        while (d < line.length() && Character.isDigit(line.charAt(d))) d++;
        if (d > lead && d < line.length() && (line.charAt(d) == '.' || line.charAt(d) == ')')) {
            return line.substring(0, d) + "\\" + line.substring(d);
        }
        return line;
    }

    /** Inline code that survives backticks in the value. */
    static String code(String s) {
        String v = Sanitize.inline(s);
        int longest = longestRun(v, '`');
        String ticks = "`".repeat(longest + 1);
        String pad = v.startsWith("`") || v.endsWith("`") || longest > 0 ? " " : "";
        return ticks + pad + v + pad + ticks;
    }

    /** Inline code inside a table cell: GitHub-flavoured tables split cells on every unescaped pipe, even in code. */
    static String cellCode(String s) {
        return code(s).replace("|", "\\|");
    }

    /** A fenced block that no run of backticks inside can close early. */
    static String fence(String info, String body) {
        String v = Sanitize.block(body);
        String fence = "`".repeat(Math.max(3, longestRun(v, '`') + 1));
        return fence + info + "\n" + v + "\n" + fence;
    }

    private static int longestRun(String s, char c) {
        int best = 0, run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
