package dev.azscsp.catalog;

/**
 * What a shell sees in a command line once the contents of its quoted strings are set aside: two commands with the
 * same shape run the same code with different literal arguments. PowerShell's rules are modelled from its language
 * specification (single quotes are ' ‘ ’ ‚ ‛ and a doubled one is a literal; double quotes are " “ ” „ with the
 * backtick as escape); POSIX shells take ' and " only, with the backslash as escape.
 */
final class ShellShape {
    private static final String PS_SINGLE = "'\u2018\u2019\u201A\u201B";
    private static final String PS_DOUBLE = "\"\u201C\u201D\u201E";

    private ShellShape() {}

    static String powershell(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (PS_SINGLE.indexOf(c) >= 0) {
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) return out.append("<unterminated '>").toString();
                    if (PS_SINGLE.indexOf(s.charAt(j)) >= 0) {
                        if (j + 1 < s.length() && PS_SINGLE.indexOf(s.charAt(j + 1)) >= 0) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                out.append("''");
                i = j + 1;
            } else if (PS_DOUBLE.indexOf(c) >= 0) {
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) return out.append("<unterminated \">").toString();
                    char d = s.charAt(j);
                    if (d == '`') { j += 2; continue; }
                    if (PS_DOUBLE.indexOf(d) >= 0) {
                        if (j + 1 < s.length() && PS_DOUBLE.indexOf(s.charAt(j + 1)) >= 0) { j += 2; continue; }
                        break;
                    }
                    j++;
                }
                out.append("\"\"");
                i = j + 1;
            } else if (c == '`' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static String posix(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                int j = s.indexOf('\'', i + 1);
                if (j < 0) return out.append("<unterminated '>").toString();
                out.append("''");
                i = j + 1;
            } else if (c == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= s.length()) return out.append("<unterminated \">").toString();
                    char d = s.charAt(j);
                    if (d == '\\') { j += 2; continue; }
                    if (d == '"') break;
                    j++;
                }
                out.append("\"\"");
                i = j + 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
