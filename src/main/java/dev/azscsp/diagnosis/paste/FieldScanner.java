package dev.azscsp.diagnosis.paste;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format-level shapes around an error: response headers, status lines, code labels, cmdlet arguments. Each shape
 * is looked for only where its keyword occurs ({@code indexOf} on the lower-case text), then read with a small
 * pattern confined to a short region there; the patterns have bounded repetition only. So a scan is linear in the
 * text whatever it holds.
 */
final class FieldScanner {
    private static final int MAX_HITS = 50_000;

    /** A value and where it is in {@link NormalizedText#text}. */
    record Found(String value, int start, int end) {}

    /** HTTP status names as .NET and reason phrases spell them (HTTP itself, not the catalog). */
    private static final Map<String, Integer> STATUS_NAMES = Map.ofEntries(
            Map.entry("badrequest", 400), Map.entry("unauthorized", 401), Map.entry("forbidden", 403),
            Map.entry("notfound", 404), Map.entry("methodnotallowed", 405), Map.entry("conflict", 409),
            Map.entry("preconditionfailed", 412), Map.entry("toomanyrequests", 429),
            Map.entry("internalservererror", 500), Map.entry("badgateway", 502),
            Map.entry("serviceunavailable", 503), Map.entry("gatewaytimeout", 504));

    private static final String SEP = "['\"]?\\s{0,40}[:=]\\s{0,3}['\"]?";
    private static final Pattern CORRELATION = Pattern.compile(
            "(?i)(?<![a-z0-9_-])(?:x-ms-)?correlation[ _-]?(?:request[ _-]?)?id['\"]?(\\s{0,40}[:=])?\\s{0,3}['\"]?");
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)(?<![a-z0-9_-])(?:x-ms-)?request[ _-]?id['\"]?(\\s{0,40}[:=])?\\s{0,3}['\"]?");
    /** The French labels of the portal's and Entra's error pages: "ID de corrélation", "ID de (la) demande". */
    private static final Pattern CORRELATION_FR = Pattern.compile(
            "(?i)(?<![a-z0-9_-])id de corr[ée]lation(\\s{0,40}[:=])?\\s{0,3}['\"]?");
    private static final Pattern REQUEST_FR = Pattern.compile(
            "(?i)(?<![a-z0-9_-])id de (?:la )?demande(\\s{0,40}[:=])?\\s{0,3}['\"]?");
    private static final Pattern ROUTING = Pattern.compile(
            "(?i)x-ms-routing-request-id" + SEP + "[a-z0-9]{1,40}:(\\d{8}T\\d{6}Z)(?![0-9a-z])");
    private static final Pattern RFC1123 = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} "
                    + "\\d{2}:\\d{2}:\\d{2} GMT");
    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,7})?)?"
            + "(?:Z|[+-]\\d{2}:?\\d{2}| ?UTC)?";
    private static final Pattern LABELLED_TIME = Pattern.compile(
            "(?i)(?<![a-z])(?:time ?stamp|date ?time|time|date|horodatage)(?: ?\\(utc\\))?" + SEP + "(" + ISO + ")");
    private static final Pattern ISO_FULL = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,7})?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern STATUS = Pattern.compile(
            "(?i)status(?:[ _-]?code)?['\"]?\\s{0,3}[:=]?\\s{0,3}['\"]?(\\d{3}|[a-z]{5,30})(?![a-z0-9])");
    private static final Pattern HTTP_LINE = Pattern.compile("(?i)http/\\d(?:\\.\\d)?\\s{1,3}(\\d{3})(?!\\d)");
    private static final Pattern NOT_SUCCESS = Pattern.compile("(?i)indicate success:?\\s{0,3}(\\d{3})(?!\\d)");
    private static final Pattern RETRY_AFTER = Pattern.compile("(?i)retry-after" + SEP + "(\\d{1,6})(?!\\d)");
    private static final Pattern CODE_LABEL = Pattern.compile(
            "(?i)code['\"]?\\s{0,3}[:=]\\s{0,3}['\"]?([a-z][a-z0-9_.]{1,99})");
    private static final Pattern CLI_CODE = Pattern.compile("\\(([A-Za-z][A-Za-z0-9_]{2,99})\\)\\s");
    private static final Pattern CMDLET_CODE = Pattern.compile(
            "(?i)-az(?:urerm)?[a-z]{1,60}\\s{0,3}:\\s{0,3}([a-z][a-z0-9_]{2,99})\\s{0,3}:\\s");
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?i)-(resourcegroupname|registrationname|resourcename|subscriptionid|subscription)\\s{1,5}['\"]?"
                    + "([^\\s'\"`,;)|]{1,200})");

    private static final String[] ERROR_WORDS = {"error", "erreur", "exception", "failed", "failure", "échec",
            "echec", "échoué", "not found", "introuvable", "denied", "refusé", "invalid", "statuscode", "status code",
            "fullyqualifiederrorid", "categoryinfo", "could not", "cannot", "can not", "unable to", "impossible de"};

    private final NormalizedText t;

    FieldScanner(NormalizedText t) { this.t = t; }

    Found correlationId() {
        Found en = labelledId("correlation", CORRELATION, 6);
        return en != null ? en : labelledId("lation", CORRELATION_FR, 12);
    }

    Found requestId() {
        Found en = labelledId("request", REQUEST, 6);
        return en != null ? en : labelledId("demande", REQUEST_FR, 9);
    }

    /** A labelled id: a GUID (wrapping allowed), or without a GUID a token after an explicit {@code :} or {@code =}. */
    private Found labelledId(String keyword, Pattern p, int back) {
        for (int h : hits(keyword)) {
            Matcher m = region(p, h - back, h + 120);
            if (!m.find() || m.start() > h) continue;
            int v = m.end();
            int g = t.guidEnd(v);
            if (g > 0) return new Found(t.joined(v, g), m.start(), g);
            if (m.group(1) != null) {
                int e = v;
                while (e < t.length && e - v < 100 && isTokenChar(t.charAt(e))) e++;
                while (e > v && ".:".indexOf(t.charAt(e - 1)) >= 0) e--;
                if (e > v && hasDigit(v, e)) return new Found(t.text.substring(v, e), m.start(), e);
            }
        }
        return null;
    }

    private boolean hasDigit(int from, int to) {
        for (int i = from; i < to; i++) if (Character.isDigit(t.charAt(i))) return true;
        return false;
    }

    private static boolean isTokenChar(char c) {
        return NormalizedText.isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
    }

    /** HTTP {@code Date}, else a labelled ISO time, else a routing id's time, else any full ISO time. */
    Found timestamp() {
        for (int h : hits(" gmt")) {
            Matcher m = region(RFC1123, h - 32, h + 4);
            if (m.find()) return new Found(m.group(), m.start(), m.end());
        }
        Found labelled = null;
        for (String kw : new String[] {"time", "date", "horodatage"}) {
            for (int h : hits(kw)) {
                if (labelled != null && h > labelled.start()) break;
                Matcher m = region(LABELLED_TIME, h - 1, h + 120);
                if (m.find() && m.start() <= h + 1) {
                    if (labelled == null || m.start() < labelled.start()) labelled = new Found(m.group(1), m.start(1), m.end(1));
                    break;
                }
            }
        }
        if (labelled != null) return labelled;
        for (int h : hits("x-ms-routing-request-id")) {
            Matcher m = region(ROUTING, h, h + 140);
            if (m.lookingAt()) return new Found(m.group(1), m.start(1), m.end(1));
        }
        for (int i = 4; i + 15 < t.length; i++) {
            if (t.charAt(i) != '-' || t.charAt(i + 6) != 'T' && t.charAt(i + 6) != 't') continue;
            Matcher m = region(ISO_FULL, i - 4, i + 40);
            if (m.lookingAt()) return new Found(m.group(), m.start(), m.end());
        }
        return null;
    }

    /** The first error status (400-599) in a status line or field. */
    Found httpStatus() {
        Found best = null;
        best = earliest(best, status("status", STATUS));
        best = earliest(best, status("http/", HTTP_LINE));
        best = earliest(best, status("indicate success", NOT_SUCCESS));
        return best;
    }

    private Found status(String keyword, Pattern p) {
        for (int h : hits(keyword)) {
            if (keyword.equals("status") && h > 0 && Character.isLetter(t.charAt(h - 1))
                    && !t.lower.startsWith("http", h - 4)) {
                continue;                                     // "HttpStatusCode" is a status field, "mystatus" is not
            }
            Matcher m = region(p, h, h + 80);
            if (!m.lookingAt()) continue;
            String v = m.group(1).toLowerCase(Locale.ROOT);
            Integer code = Character.isDigit(v.charAt(0)) ? Integer.valueOf(v) : STATUS_NAMES.get(v);
            if (code != null && code >= 400 && code <= 599) return new Found(String.valueOf(code), m.start(), m.end());
        }
        return null;
    }

    Found retryAfter() {
        for (int h : hits("retry-after")) {
            Matcher m = region(RETRY_AFTER, h, h + 80);
            if (m.lookingAt()) return new Found(m.group(1), m.start(1), m.end(1));
        }
        return null;
    }

    /**
     * Words in code positions ({@code "code": "X"}, {@code ErrorCode: X}, {@code (Code:X)}, {@code ERROR: (X)},
     * {@code New-AzResource : X :}) that look like error codes, in text order.
     */
    List<Found> codeCandidates() {
        List<Found> out = new ArrayList<>();
        for (int h : hits("code")) {
            Matcher m = region(CODE_LABEL, h, h + 120);
            if (m.lookingAt()) out.add(new Found(m.group(1), m.start(1), m.end(1)));
        }
        if (t.length > 0 && t.charAt(0) == '(') addCli(out, 0);
        for (int h : hits("\n(")) addCli(out, h + 1);
        for (int h : hits("error:")) {
            int j = h + 6;
            while (j < t.length && j - h < 9 && (t.charAt(j) == ' ' || t.charAt(j) == NormalizedText.BREAK)) j++;
            if (j < t.length && t.charAt(j) == '(') addCli(out, j);
        }
        for (int h : hits("-az")) {
            Matcher m = region(CMDLET_CODE, h, h + 200);
            if (m.lookingAt()) out.add(new Found(m.group(1), m.start(1), m.end(1)));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> codes = new ArrayList<>();
        for (Found f : out) if (looksLikeCode(f.value())) codes.add(f);
        return codes;
    }

    private void addCli(List<Found> out, int at) {
        Matcher m = region(CLI_CODE, at, at + 110);
        if (m.lookingAt()) out.add(new Found(m.group(1), m.start(1), m.end(1)));
    }

    /** PascalCase, some lower case, not an HTTP status name: {@code SubscriptionRequestsThrottled}, not {@code 404}. */
    static boolean looksLikeCode(String v) {
        if (v.length() < 4 || !Character.isUpperCase(v.charAt(0))) return false;
        if (STATUS_NAMES.containsKey(v.toLowerCase(Locale.ROOT))) return false;
        boolean lower = false;
        boolean upperInside = false;
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') return false;
            if (Character.isLowerCase(c)) lower = true;
            if (Character.isUpperCase(c)) upperInside = true;
        }
        return lower && upperInside;
    }

    /** Cmdlet arguments: -ResourceGroupName, -RegistrationName, -ResourceName reg/cust, -SubscriptionId. */
    List<String[]> arguments() {
        List<String[]> out = new ArrayList<>();
        for (String kw : new String[] {"-resourcegroupname", "-registrationname", "-resourcename", "-subscription"}) {
            for (int h : hits(kw)) {
                Matcher m = region(ARGUMENT, h, h + 240);
                if (m.lookingAt()) out.add(new String[] {m.group(1).toLowerCase(Locale.ROOT), m.group(2)});
            }
        }
        return out;
    }

    boolean hasErrorWords() {
        for (String w : ERROR_WORDS) if (t.lower.contains(w)) return true;
        return false;
    }

    private Found earliest(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }

    private Matcher region(Pattern p, int from, int to) {
        Matcher m = p.matcher(t.text);
        m.region(Math.max(0, from), Math.min(t.length, Math.max(0, to)));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** Offsets of a keyword in the lower-case text, at most {@link #MAX_HITS}. */
    private int[] hits(String keyword) {
        int[] a = new int[8];
        int n = 0;
        int i = 0;
        while (n < MAX_HITS && (i = t.lower.indexOf(keyword, i)) >= 0) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = i;
            i += keyword.length();
        }
        return java.util.Arrays.copyOf(a, n);
    }
}
