package dev.azscsp.diagnosis.paste;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.azscsp.catalog.Placeholder;
import dev.azscsp.i18n.Language;
import dev.azscsp.syntax.ArmSyntax;

/**
 * One catalog message template, ready to be found in pasted text. The template is cut at its placeholders into
 * literal parts; the parts are folded and squeezed like {@link NormalizedText#squeezed}, so matching ignores line
 * wrapping, runs of whitespace, letter case, accents, the kind of apostrophe and {@code n't} contractions. Each
 * placeholder becomes a capture of at most {@link #MAX_CAPTURE} characters between its neighbouring parts.
 *
 * <p>Search: the longest part is looked up with {@code indexOf}; the others are found next to it through sorted
 * occurrence lists (binary search), within the capture bound. Nothing backtracks, so the cost is linear in the text
 * plus a bounded amount per occurrence of the longest part.
 *
 * <p>A message whose last sentences were cut off (or changed by a later revision) still counts when everything up to
 * the first sentence of the last part matched and that is at least {@link #MIN_LENIENT} characters long.
 */
final class MessagePattern {
    /** Long enough for a scope down to a customer subscription of a registration named AzureStack-{GUID}. */
    static final int MAX_CAPTURE = 400;
    static final int MIN_LENIENT = 40;
    /** Templates with less literal text than this are too vague to be recognized without their code. */
    static final int MIN_LITERAL = 12;
    private static final int MAX_MATCHES = 64;

    /**
     * A place in the text where the template matched, in {@link NormalizedText#text} offsets; {@code complete} is false
     * when only the first sentence of the template's last part was there.
     */
    record Match(int textStart, int textEnd, Map<Placeholder, String> values, boolean complete) {}

    final String code;
    final Language language;
    final Evidence evidence;
    final String source;
    private final String[] literals;      // literals[j] comes before capture j; length = captures + 1
    private final boolean[] spaceBefore;  // the raw part starts with whitespace (after the capture before it)
    private final boolean[] spaceAfter;   // the raw part ends with whitespace (before the capture after it)
    private final Placeholder[] captures;
    private final String fullLast;        // the whole last part when literals[last] is only its first sentence
    private final int anchor;
    /** The folded template with captures marked, to drop duplicates (a contraction variant folds to the message). */
    final String canonical;
    /** The template's sentences, folded, for fragment matching. */
    final List<String> sentences;

    private MessagePattern(String code, Language language, Evidence evidence, String source, String[] literals,
                           boolean[] spaceBefore, boolean[] spaceAfter, Placeholder[] captures, String fullLast,
                           List<String> sentences) {
        this.code = code;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.language = language;
        this.evidence = evidence;
        this.source = source;
        this.literals = literals;
        this.captures = captures;
        this.fullLast = fullLast;
        this.sentences = List.copyOf(sentences);
        int best = 0;
        for (int i = 1; i < literals.length; i++) if (literals[i].length() > literals[best].length()) best = i;
        this.anchor = best;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literals.length; i++) {
            if (i > 0) sb.append('\u0000');
            sb.append(i == literals.length - 1 && fullLast != null ? fullLast : literals[i]);
        }
        this.canonical = sb.toString();
    }

    /** Compiles a template; null when it has too little literal text to be recognized on its own. */
    static MessagePattern compile(String code, Language language, Evidence evidence, String template) {
        if (template == null || template.isBlank()) return null;
        List<String> rawParts = new ArrayList<>();
        List<Placeholder> caps = new ArrayList<>();
        int i = 0;
        int partStart = 0;
        while (i < template.length()) {
            int end = template.charAt(i) == '{' ? placeholderEnd(template, i) : -1;
            if (end < 0) { i++; continue; }
            rawParts.add(template.substring(partStart, i));
            caps.add(Placeholder.byKey(template.substring(i + 1, end)).orElse(null));
            i = end + 1;
            partStart = i;
        }
        rawParts.add(template.substring(partStart));

        // Squeeze the parts; two captures with nothing between them cannot be told apart: keep the first.
        List<String> lits = new ArrayList<>();
        List<Placeholder> keptCaps = new ArrayList<>();
        List<String> keptRaw = new ArrayList<>();
        lits.add(squeeze(rawParts.get(0)));
        keptRaw.add(rawParts.get(0));
        for (int k = 0; k < caps.size(); k++) {
            String next = squeeze(rawParts.get(k + 1));
            boolean inner = k + 1 < caps.size();
            if (next.isEmpty() && inner) continue;
            keptCaps.add(caps.get(k));
            lits.add(next);
            keptRaw.add(rawParts.get(k + 1));
        }
        int total = 0;
        for (String l : lits) total += l.length();
        if (total < MIN_LITERAL) return null;

        List<String> sentences = new ArrayList<>();
        for (String raw : keptRaw) for (String s : sentencesOf(raw)) sentences.add(s);

        String[] literals = lits.toArray(new String[0]);
        int last = literals.length - 1;
        String fullLast = null;
        if (!literals[last].isEmpty()) {
            String first = firstSentence(keptRaw.get(last));
            String firstSq = squeeze(first);
            if (!firstSq.isEmpty() && firstSq.length() < literals[last].length()
                    && total - literals[last].length() + firstSq.length() >= MIN_LENIENT) {
                fullLast = literals[last];
                literals[last] = firstSq;
            }
        }
        boolean[] before = new boolean[literals.length];
        boolean[] after = new boolean[literals.length];
        for (int k = 0; k < literals.length; k++) {
            String raw = keptRaw.get(k);
            before[k] = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
            after[k] = !raw.isEmpty() && Character.isWhitespace(raw.charAt(raw.length() - 1));
        }
        return new MessagePattern(code, language, evidence, template, literals, before, after,
                keptCaps.toArray(new Placeholder[0]), fullLast, sentences);
    }

    /** Same rule as the catalog's templates: {@code {letters}}. */
    private static int placeholderEnd(String s, int open) {
        int j = open + 1;
        while (j < s.length() && s.charAt(j) < 128 && Character.isLetter(s.charAt(j))) j++;
        return j > open + 1 && j < s.length() && s.charAt(j) == '}' ? j : -1;
    }

    static String squeeze(String raw) {
        return raw.isEmpty() ? "" : NormalizedText.of(raw).squeezed;
    }

    private static String firstSentence(String raw) {
        for (int i = 0; i < raw.length() - 1; i++) {
            if (raw.charAt(i) == '.' && Character.isWhitespace(raw.charAt(i + 1))) return raw.substring(0, i + 1);
        }
        return raw;
    }

    /** The sentences of a literal part, folded and squeezed. */
    private static List<String> sentencesOf(String raw) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            boolean end = raw.charAt(i) == '.' && (i + 1 == raw.length() || Character.isWhitespace(raw.charAt(i + 1)));
            if (end) {
                String s = squeeze(raw.substring(start, i + 1));
                if (!s.isEmpty()) out.add(s);
                start = i + 1;
            }
        }
        String rest = squeeze(raw.substring(start));
        if (!rest.isEmpty()) out.add(rest);
        return out;
    }

    /** Every non-overlapping place where the template matches, in text order. */
    List<Match> findAll(NormalizedText t, Occurrences occ) {
        List<Match> out = new ArrayList<>();
        String a = literals[anchor];
        int from = 0;
        int p;
        while (out.size() < MAX_MATCHES && (p = t.squeezed.indexOf(a, from)) >= 0) {
            int[] span = new int[2];
            Match m = tryAt(t, occ, p, span);
            if (m != null) {
                out.add(m);
                from = Math.max(p + a.length(), span[1]);
            } else {
                from = p + 1;
            }
        }
        return out;
    }

    private Match tryAt(NormalizedText t, Occurrences occ, int p, int[] span) {
        int n = captures.length;
        int lastPart = literals.length - 1;
        int anchorEnd = p + literals[anchor].length();
        if (anchor > 0 && spaceBefore[anchor] && !whitespaceBefore(t, p)) return null;
        if (anchor < lastPart && spaceAfter[anchor] && !whitespaceAfter(t, anchorEnd)) return null;
        if (anchor == 0 && !wordStartsAt(t, p)) return null;
        if (anchor == lastPart && !wordEndsAt(t, anchorEnd)) return null;
        int[] cs = new int[n];
        int[] ce = new int[n];
        int last = literals.length - 1;
        int pos = p + literals[anchor].length();
        int lastLiteralAt = anchor == last ? p : -1;
        boolean trailing = false;
        for (int j = anchor + 1; j <= last; j++) {
            String lit = literals[j];
            if (lit.isEmpty()) {                              // the template ends with a capture
                trailing = true;
                cs[j - 1] = pos;
                break;
            }
            int q = nextPart(t, occ, j, pos);
            if (q < 0) return null;
            cs[j - 1] = pos;
            ce[j - 1] = q;
            pos = q + lit.length();
            if (j == last) lastLiteralAt = q;
        }
        int end = pos;
        int start = p;
        boolean leading = false;
        for (int j = anchor - 1; j >= 0; j--) {
            String lit = literals[j];
            if (lit.isEmpty()) {                              // the template starts with a capture
                leading = true;
                ce[j] = start;
                break;
            }
            int q = previousPart(t, occ, j, start);
            if (q < 0) return null;
            cs[j] = q + lit.length();
            ce[j] = start;
            start = q;
        }
        boolean complete = fullLast == null;
        if (fullLast != null && lastLiteralAt >= 0 && t.squeezed.startsWith(fullLast, lastLiteralAt)) {
            end = lastLiteralAt + fullLast.length();
            complete = true;
        }

        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        int textStart = start < t.squeezed.length() ? t.textIndex(start) : t.length;
        int textEnd = end > 0 ? t.textIndex(end - 1) + 1 : 0;
        for (int j = 0; j < n; j++) {
            int vs;
            int ve;
            if (leading && j == 0) {
                ve = backToValue(t, t.textIndex(ce[0]));
                vs = valueStartBackward(t, ve);
                if (vs < ve) textStart = vs;
            } else if (trailing && j == n - 1) {
                vs = forwardToValue(t, cs[j] > 0 ? t.textIndex(cs[j] - 1) + 1 : 0);
                ve = valueEndForward(t, vs);
                if (ve > vs) textEnd = ve;
            } else {
                if (ce[j] <= cs[j]) continue;
                vs = t.textIndex(cs[j]);
                ve = t.textIndex(ce[j] - 1) + 1;
            }
            Placeholder ph = captures[j];
            if (ph == null || ve <= vs) continue;
            String v = cleanValue(t.joined(vs, ve), ph);
            if (v != null) values.putIfAbsent(ph, v);
        }
        span[0] = start;
        span[1] = end;
        return new Match(textStart, Math.max(textStart, textEnd), values, complete);
    }

    /**
     * The first occurrence of part {@code j} after a capture starting at {@code pos}, within the capture bound, that
     * sits in the text the way it sits in the template: after whitespace when the template has a space there, and
     * not in the middle of a word when it ends the template.
     */
    private int nextPart(NormalizedText t, Occurrences occ, int j, int pos) {
        String lit = literals[j];
        int[] a = occ.of(lit);
        for (int i = Occurrences.lowerBound(a, pos); i < a.length && a[i] <= pos + MAX_CAPTURE; i++) {
            int q = a[i];
            if (spaceBefore[j] && !whitespaceBefore(t, q)) continue;
            if (j == literals.length - 1 && !wordEndsAt(t, q + lit.length())) continue;
            return q;
        }
        return -1;
    }

    /** The nearest occurrence of part {@code j} ending before {@code end}, within the capture bound, that fits. */
    private int previousPart(NormalizedText t, Occurrences occ, int j, int end) {
        String lit = literals[j];
        int[] a = occ.of(lit);
        for (int i = Occurrences.lowerBound(a, end - lit.length() + 1) - 1;
             i >= 0 && a[i] + lit.length() >= end - MAX_CAPTURE; i--) {
            int q = a[i];
            if (spaceAfter[j] && !whitespaceAfter(t, q + lit.length())) continue;
            if (j == 0 && !wordStartsAt(t, q)) continue;
            return q;
        }
        return -1;
    }

    private static boolean whitespaceBefore(NormalizedText t, int sq) {
        int i = t.textIndex(sq);
        return i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == NormalizedText.BREAK);
    }

    /** {@code sqEnd} is the squeezed index just after a part. */
    private static boolean whitespaceAfter(NormalizedText t, int sqEnd) {
        int i = t.textIndex(sqEnd - 1) + 1;
        return i < t.length && (t.charAt(i) == ' ' || t.charAt(i) == NormalizedText.BREAK);
    }

    private static boolean wordStartsAt(NormalizedText t, int sq) {
        int i = t.textIndex(sq);
        return !Character.isLetterOrDigit(t.charAt(i)) || i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
    }

    private static boolean wordEndsAt(NormalizedText t, int sqEnd) {
        int i = t.textIndex(sqEnd - 1);
        return !Character.isLetterOrDigit(t.charAt(i)) || i + 1 >= t.length || !Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /** From the start of the part after a leading capture, back over the whitespace before it. */
    private static int backToValue(NormalizedText t, int i) {
        int j = i;
        while (j > 0 && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == NormalizedText.BREAK) && i - j < 4) j--;
        return j;
    }

    private static int forwardToValue(NormalizedText t, int i) {
        int j = i;
        while (j < t.length && (t.charAt(j) == ' ' || t.charAt(j) == NormalizedText.BREAK) && j - i < 4) j++;
        return j;
    }

    /** Start of a value ending at {@code end}: a run of value characters, a GUID rejoined across one wrap. */
    static int valueStartBackward(NormalizedText t, int end) {
        int s = end;
        while (s > 0 && end - s < MAX_CAPTURE && isValueChar(t.charAt(s - 1))) s--;
        if (s > 1 && s < end && t.charAt(s - 1) == NormalizedText.BREAK
                && !NormalizedText.isGuid(t.text.substring(s, end))) {
            int s0 = s - 1;
            while (s0 > 0 && s - s0 < 40 && isValueChar(t.charAt(s0 - 1))) s0--;
            if (s0 < s - 1 && NormalizedText.isGuid(t.joined(s0, end))) return s0;
        }
        return s;
    }

    static int valueEndForward(NormalizedText t, int start) {
        int e = start;
        while (e < t.length && e - start < MAX_CAPTURE && isValueChar(t.charAt(e))) e++;
        if (e + 1 < t.length && e > start && t.charAt(e) == NormalizedText.BREAK
                && !NormalizedText.isGuid(t.text.substring(start, e))) {
            int e1 = e + 1;
            while (e1 < t.length && e1 - e < 40 && isValueChar(t.charAt(e1))) e1++;
            if (NormalizedText.isGuid(t.joined(start, e1))) e = e1;
        }
        while (e > start && ".,;:".indexOf(t.charAt(e - 1)) >= 0) e--;
        return e;
    }

    private static boolean isValueChar(char c) {
        if (c == ' ' || c == NormalizedText.BREAK) return false;
        return "\"'`:()[]{}<>=,;|*".indexOf(c) < 0 && !NormalizedText.isQuote(c);
    }

    /**
     * A captured value as a value: surrounding quotes and emphasis removed; null when empty or when it is a
     * placeholder or a variable rather than a value ({@code {subscriptionId}}, {@code <name>}, {@code $subId}).
     */
    static String cleanValue(String v, Placeholder ph) {
        if (v == null) return null;
        int s = 0;
        int e = v.length();
        while (s < e && (NormalizedText.isQuote(v.charAt(s)) || v.charAt(s) == '*' || v.charAt(s) == ' ')) s++;
        while (e > s && (NormalizedText.isQuote(v.charAt(e - 1)) || v.charAt(e - 1) == '*' || v.charAt(e - 1) == ' ')) e--;
        String r = v.substring(s, e);
        if (ph != null) r = valueAfterWords(r);
        if (r.isEmpty() || r.length() > MAX_CAPTURE) return null;
        char f = r.charAt(0);
        if (f == '$' || f == '{' || f == '<' || r.indexOf('{') >= 0 && r.indexOf('}') > r.indexOf('{')) return null;
        if (ph == Placeholder.REGISTRATION_NAME) {           // "registrations/{name}/customerSubscriptions/..." in a path
            int slash = r.indexOf('/');
            if (slash == 0) return null;
            if (slash > 0) r = r.substring(0, slash);
        }
        return r;
    }

    /**
     * The value of a capture that also holds words: a message may write a noun before its value where the template
     * has only the value ("The provided customer subscription ID 'e1d2…'", "L’abonnement client 3f2e…",
     * "l’ID d’abonnement client « 0f1e… »"). Values (ids, names) hold no space: the GUID among the words, else the
     * last word, without its quotes.
     */
    private static String valueAfterWords(String r) {
        String[] words = r.split("[\\s\u00A0\u202F]+");
        if (words.length < 2) return r;
        String last = "";
        for (String w : words) {
            String bare = unquoted(w);
            if (ArmSyntax.isGuid(bare) || ArmSyntax.looksLikeGuid(bare)) return bare;
            if (!bare.isEmpty()) last = bare;
        }
        return last;
    }

    private static String unquoted(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && isQuoteOrGuillemet(w.charAt(s))) s++;
        while (e > s && isQuoteOrGuillemet(w.charAt(e - 1))) e--;
        return w.substring(s, e);
    }

    private static boolean isQuoteOrGuillemet(char c) {
        return NormalizedText.isQuote(c) || c == '\u00AB' || c == '\u00BB' || c == '*';
    }

    @Override
    public String toString() { return code + "/" + language + "/" + evidence + ": " + source; }

    /** Sorted start offsets of literals in the squeezed text, computed once per literal and read. */
    static final class Occurrences {
        private final String s;
        private final Map<String, int[]> cache = new HashMap<>();

        Occurrences(String s) { this.s = s; }

        int[] of(String lit) {
            return cache.computeIfAbsent(lit, l -> {
                int[] a = new int[16];
                int n = 0;
                int i = 0;
                while ((i = s.indexOf(l, i)) >= 0) {
                    if (n == a.length) a = Arrays.copyOf(a, n * 2);
                    a[n++] = i;
                    i++;
                }
                return Arrays.copyOf(a, n);
            });
        }

        static int lowerBound(int[] a, int key) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < key) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }
}
