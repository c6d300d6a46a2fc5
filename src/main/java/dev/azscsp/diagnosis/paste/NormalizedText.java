package dev.azscsp.diagnosis.paste;

import java.text.Normalizer;

import dev.azscsp.syntax.ArmSyntax;

/**
 * Pasted text made comparable, in three views that share index maps:
 * <ul>
 *   <li>{@link #text}: the input with escapes decoded (quote, newline and unicode escapes, HTML entities), known
 *   HTML tags, console colour codes and invisible characters (zero-width, bidi marks, soft hyphens) removed, runs of
 *   spaces collapsed to one space and every line break, with the indentation and the console or quote gutter
 *   ({@code |}, {@code >}) that follows it, collapsed to one {@link #BREAK}. Letter case and every other character are
 *   kept, so values are read from this view.</li>
 *   <li>{@link #lower}: {@link #text} in lower case, same length, for finding labels.</li>
 *   <li>{@link #squeezed}: {@link #text} without any whitespace, folded (lower case, no accents, one kind of quote and
 *   dash, {@code n't} written {@code not}). Message templates are matched here, which makes them blind to where a
 *   console wrapped the line, even in the middle of a word.</li>
 * </ul>
 * Building it is one pass over the input; nothing here backtracks.
 */
final class NormalizedText {
    static final char BREAK = '\n';

    private static final char[] FOLD_LATIN = new char[0x250 - 0xC0];

    static {
        for (char c = 0xC0; c < 0x250; c++) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLD_LATIN[c - 0xC0] = Character.toLowerCase(d.charAt(0));
        }
    }

    private final String input;
    private final char[] chars;
    private final int[] toInput;
    final int length;
    final String text;
    final String lower;
    final String squeezed;
    private final int[] squeezedToText;

    private NormalizedText(String input, char[] chars, int[] toInput, int length) {
        this.input = input;
        this.chars = chars;
        this.toInput = toInput;
        this.length = length;
        this.text = new String(chars, 0, length);
        char[] low = new char[length];
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            low[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        this.lower = new String(low);
        char[] sq = new char[length + length / 4 + 8];
        int[] map = new int[sq.length];
        int m = 0;
        for (int j = 0; j < length; j++) {
            char c = chars[j];
            if (c == ' ' || c == BREAK) continue;
            char f = fold(c);
            if (f == '\'' && isContraction(j)) {
                int n1 = skipBreaks(j - 1, -1);                 // the 'n'
                int a = n1 > 0 ? skipBreaks(n1 - 1, -1) : -1;
                int c0 = a > 0 ? skipBreaks(a - 1, -1) : -1;
                int before = c0 > 0 ? skipBreaks(c0 - 1, -1) : -1;
                if (a >= 0 && c0 >= 0 && fold(chars[a]) == 'a' && fold(chars[c0]) == 'c'
                        && (before < 0 || !Character.isLetter(chars[before]))) {
                    sq[m] = 'n';                          // can't → cannot, like "can not" squeezed
                    map[m++] = j;
                }
                f = 'o';                                  // wasn't → wasnot, like "was not" squeezed
            }
            sq[m] = f;
            map[m++] = j;
        }
        this.squeezed = new String(sq, 0, m);
        this.squeezedToText = map;
    }

    /** Normalizes all of {@code input}. */
    static NormalizedText of(String input) {
        return of(input, 0, input.length(), input.length(), input.length());
    }

    /**
     * Normalizes {@code input[0, headEnd)} and {@code input[tailStart, tailEnd)}, joined by a line break; offsets still
     * point into {@code input}.
     */
    static NormalizedText of(String input, int headStart, int headEnd, int tailStart, int tailEnd) {
        Builder b = new Builder(input, (headEnd - headStart) + (tailEnd - tailStart) + 16);
        b.run(headStart, headEnd);
        if (tailStart < tailEnd) {
            b.brk(headEnd);
            b.run(tailStart, tailEnd);
        }
        return new NormalizedText(input, b.out, b.pos, b.n);
    }

    /** Folds one character the way {@link #squeezed} does; templates are folded with it too. */
    static char fold(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            return c == '"' || c == '`' ? '\'' : c;
        }
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': case '\uFF07':
            case '\u00AB': case '\u00BB': case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
            case '\u2039': case '\u203A':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
            case '\uFE63': case '\uFF0D':
                return '-';
            default:
                if (c >= 0xC0 && c < 0x250) return FOLD_LATIN[c - 0xC0];
                return Character.toLowerCase(c);
        }
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`' || (c >= 0x80 && fold(c) == '\'');
    }

    /** An apostrophe in {@code n't} at the end of a word (a console wrap may cut it anywhere). */
    private boolean isContraction(int j) {
        int n = skipBreaks(j - 1, -1);
        int t = skipBreaks(j + 1, 1);
        if (n < 0 || t >= length || (chars[n] != 'n' && chars[n] != 'N') || (chars[t] != 't' && chars[t] != 'T')) {
            return false;
        }
        return t + 1 >= length || !Character.isLetter(chars[t + 1]);      // a line break ends the word too
    }

    /** From {@code i} in direction {@code step}, the first index that is not a line break (-1 or length at the ends). */
    private int skipBreaks(int i, int step) {
        int k = i;
        while (k >= 0 && k < length && chars[k] == BREAK) k += step;
        return k;
    }

    char charAt(int i) { return chars[i]; }

    /** Index in {@link #text} of a {@link #squeezed} character. */
    int textIndex(int squeezedIndex) { return squeezedToText[squeezedIndex]; }

    /** Offset in the input where the normalized character {@code i} came from. */
    int inputStart(int i) {
        if (length == 0) return 0;
        return toInput[Math.min(Math.max(i, 0), length - 1)];
    }

    /** Offset in the input just after the normalized character {@code i - 1} (an exclusive end). */
    int inputEnd(int endExclusive) {
        if (length == 0 || endExclusive <= 0) return 0;
        int last = Math.min(endExclusive, length) - 1;
        int at = toInput[last];
        int end = at + 1;
        char c = input.charAt(at);
        if ((c == '\\' || c == '&' || c == '<') && last + 1 < length) {
            int next = toInput[last + 1];
            if (next > at && next <= at + 12) end = next;  // the whole escape, entity or tag
        }
        return Math.min(end, input.length());
    }

    /** The text between two normalized offsets with line breaks removed (a wrapped value rejoined), trimmed. */
    String joined(int from, int to) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        for (int i = Math.max(0, from); i < Math.min(to, length); i++) {
            char c = chars[i];
            if (c != BREAK) sb.append(c);
        }
        return sb.toString().trim();
    }

    private static final class Builder {
        private static final String[] BLOCK_TAGS = {"br", "p", "div", "li", "tr", "pre", "ul", "ol", "table", "tbody",
                "thead", "h1", "h2", "h3", "h4", "blockquote", "hr"};
        private static final String[] INLINE_TAGS = {"b", "i", "u", "em", "strong", "code", "span", "font", "a", "td",
                "th", "tt", "kbd", "samp", "small", "mark"};

        final String s;
        char[] out;
        int[] pos;
        int n;
        boolean lineStart = true;

        Builder(String s, int capacity) {
            this.s = s;
            this.out = new char[Math.max(16, capacity)];
            this.pos = new int[out.length];
        }

        void add(char c, int at) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
                pos = java.util.Arrays.copyOf(pos, n * 2);
            }
            out[n] = c;
            pos[n++] = at;
            lineStart = false;
        }

        void space(int at) {
            if (n == 0 || out[n - 1] == ' ' || out[n - 1] == BREAK) return;
            add(' ', at);
        }

        void brk(int at) {
            if (n > 0 && out[n - 1] != BREAK) {
                if (out[n - 1] == ' ') out[n - 1] = BREAK; else add(BREAK, at);
            }
            lineStart = true;
        }

        void run(int from, int to) {
            int i = from;
            while (i < to) {
                char c = s.charAt(i);
                if (c == '\\') { i = escape(i, to); continue; }
                if (c == '&') {
                    int j = entity(i, to);
                    if (j > 0) { i = j; continue; }
                }
                if (c == '<') {
                    int j = tag(i, to);
                    if (j > 0) { i = j; continue; }
                }
                if (c == 0x1B) { i = ansi(i, to); continue; }
                if (c == '[') {
                    int j = bareColour(i, to);
                    if (j > 0) { i = j; continue; }
                }
                one(c, i);
                i++;
            }
        }

        void one(char c, int at) {
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') { brk(at); return; }
            if (isSpace(c)) { space(at); return; }
            if (isInvisible(c)) return;
            if (lineStart && (c == '|' || c == '>')) return;     // console gutter, mail quote
            add(c, at);
        }

        /**
         * A run of backslashes and what follows: JSON escapes at any nesting depth are decoded, also when a console
         * wrapped the line in the middle of one.
         */
        int escape(int i, int to) {
            int k = i;
            while (k < to && s.charAt(k) == '\\' && k - i < 64) k++;
            int[] at = new int[6];                        // raw index of each logical char after the backslashes
            char[] c = new char[6];
            int n = logical(k, to, c, at);
            if (n > 0) {
                switch (c[0]) {
                    case 'u':
                        if (n >= 5) {
                            int v = 0;
                            for (int j = 1; j <= 4 && v >= 0; j++) {
                                int d = Character.digit(c[j], 16);
                                v = d < 0 ? -1 : v * 16 + d;
                            }
                            if (v >= 0) { one((char) v, i); return at[4] + 1; }
                        }
                        break;
                    case '"': case '\'': case '/':
                        add(c[0], i);
                        return at[0] + 1;
                    case 'n': case 'r':
                        brk(i);
                        return at[0] + 1;
                    case 't':
                        space(i);
                        return at[0] + 1;
                    default:
                        break;
                }
            }
            for (int j = i; j < k; j++) add('\\', j);
            return k;
        }

        /**
         * Up to {@code c.length} characters from {@code from}, skipping console wraps (a line break and the
         * indentation after it); returns how many were read.
         */
        private int logical(int from, int to, char[] c, int[] at) {
            int n = 0;
            int j = from;
            int wraps = 0;
            while (n < c.length && j < to) {
                char x = s.charAt(j);
                if ((x == '\n' || x == '\r') && wraps < 2) {
                    wraps++;
                    j++;
                    if (x == '\r' && j < to && s.charAt(j) == '\n') j++;
                    while (j < to && j - from < 64 && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '|'
                            || s.charAt(j) == '>')) {
                        j++;
                    }
                    continue;
                }
                c[n] = x;
                at[n++] = j++;
            }
            return n;
        }

        /** {@code &amp;}, {@code &#39;}, {@code &#x27;}...: returns the index after it, or -1. */
        int entity(int i, int to) {
            int semi = -1;
            for (int j = i + 1; j < to && j <= i + 10; j++) {
                if (s.charAt(j) == ';') { semi = j; break; }
            }
            if (semi < 0) return -1;
            String name = s.substring(i + 1, semi);
            int v;
            switch (name) {
                case "amp": v = '&'; break;
                case "lt": v = '<'; break;
                case "gt": v = '>'; break;
                case "quot": v = '"'; break;
                case "apos": v = '\''; break;
                case "nbsp": v = ' '; break;
                case "rsquo": case "lsquo": v = '\''; break;
                default:
                    if (name.length() > 1 && name.charAt(0) == '#') {
                        boolean hexa = name.charAt(1) == 'x' || name.charAt(1) == 'X';
                        try {
                            v = Integer.parseInt(name.substring(hexa ? 2 : 1), hexa ? 16 : 10);
                        } catch (NumberFormatException e) {
                            return -1;
                        }
                        if (v < 0 || v > 0xFFFF) return -1;
                    } else {
                        return -1;
                    }
            }
            one((char) v, i);
            return semi + 1;
        }

        /** A known HTML tag: block tags become a line break, inline ones vanish. Returns the index after it, or -1. */
        int tag(int i, int to) {
            int j = i + 1;
            if (j < to && s.charAt(j) == '/') j++;
            int nameStart = j;
            while (j < to && j - nameStart < 10 && isAsciiLetterOrDigit(s.charAt(j))) j++;
            if (j == nameStart || !isAsciiLetter(s.charAt(nameStart))) return -1;
            String name = s.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT);
            boolean block = contains(BLOCK_TAGS, name);
            if (!block && !contains(INLINE_TAGS, name)) return -1;
            int limit = Math.min(to, j + 200);
            while (j < limit) {
                char c = s.charAt(j);
                if (c == '>') {
                    if (block) brk(i);
                    return j + 1;
                }
                if (c == '<' || (j == nameStart + name.length() && c != ' ' && c != '/' && c != '\t')) return -1;
                j++;
            }
            return -1;
        }

        /** ESC sequences (colours, cursor moves, titles); always consumes at least the ESC. */
        int ansi(int i, int to) {
            int j = i + 1;
            if (j < to && s.charAt(j) == '[') {
                j++;
                int limit = Math.min(to, j + 24);
                while (j < limit) {
                    char c = s.charAt(j);
                    if (c >= 0x40 && c <= 0x7E) return j + 1;
                    j++;
                }
                return i + 1;
            }
            if (j < to && s.charAt(j) == ']') {
                int limit = Math.min(to, j + 256);
                while (j < limit) {
                    char c = s.charAt(j);
                    if (c == 0x07) return j + 1;
                    if (c == 0x1B && j + 1 < to && s.charAt(j + 1) == '\\') return j + 2;
                    j++;
                }
            }
            return i + 1;
        }

        /** A colour code whose ESC was lost on the way, such as {@code [31;1m}. */
        int bareColour(int i, int to) {
            int j = i + 1;
            int groups = 0;
            while (groups < 8) {
                int d = j;
                while (j < to && j - d < 3 && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
                if (j == d) return -1;
                groups++;
                if (j < to && s.charAt(j) == ';') { j++; continue; }
                break;
            }
            return j < to && s.charAt(j) == 'm' ? j + 1 : -1;
        }

        private static boolean contains(String[] names, String name) {
            for (String t : names) if (t.equals(name)) return true;
            return false;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    static boolean isInvisible(char c) {
        if (c < 0x20) return true;                       // other control characters (line breaks are handled first)
        if (c >= 0x7F && c <= 0x9F) return true;
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD' || c == '\u061C'
                || c == '\uFFFE' || c == '\uFFFF';
    }

    static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    static boolean isAsciiLetterOrDigit(char c) { return isAsciiLetter(c) || (c >= '0' && c <= '9'); }

    static boolean isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    /** The 8-4-4-4-12 hexadecimal shape of a subscription or request id. */
    static boolean isGuid(CharSequence v) {
        return ArmSyntax.isGuid(v);
    }

    /** True when {@code v} could be the start of a GUID (so a wrapped line may continue it). */
    static boolean isGuidPrefix(CharSequence v) {
        if (v.length() >= 36) return false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') return false;
            } else if (!isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a GUID starting at {@code i} in {@link #text}, allowing one or more console line breaks inside it. Returns
     * the index after it, or -1 when there is no GUID there.
     */
    int guidEnd(int i) {
        StringBuilder sb = new StringBuilder(36);
        int j = i;
        while (j < length && sb.length() < 36) {
            char c = chars[j];
            if (c == BREAK && sb.length() > 0) { j++; continue; }
            if (!isHex(c) && c != '-') break;
            sb.append(c);
            if (!isGuidPrefix(sb) && !isGuid(sb)) return -1;
            j++;
        }
        if (!isGuid(sb)) return -1;
        if (j < length && (isAsciiLetterOrDigit(chars[j]) || chars[j] == '-')) return -1;
        return j;
    }
}
