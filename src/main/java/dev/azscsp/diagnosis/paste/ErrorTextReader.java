package dev.azscsp.diagnosis.paste;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.azscsp.catalog.CodeInfo;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.i18n.Language;
import dev.azscsp.syntax.ArmSyntax;

/**
 * Reads whatever an admin pasted (a PowerShell error record, Azure CLI output, an ARM error body, a REST trace, a
 * ticket quoting the message in English or French) and tells which known error codes it holds, which one to fix
 * first, and the values it names.
 *
 * <p>All knowledge of codes and messages comes from the {@link CodeInfo} list it is built with: a code is recognized
 * by its name, or by its message (every language, every earlier wording), or, weakly, by a sentence of its message
 * or an HTTP status only it comes with. What is written here by hand is only the shape of the formats around errors:
 * envelopes, console line shapes, headers, resource ids.
 *
 * <p>Instances are immutable and thread-safe. {@link #read(String)} never throws and never takes long: the input is
 * read once into {@link NormalizedText}, then scanned with {@code indexOf} and bounded patterns only. Pastes longer
 * than {@link #MAX_CHARS} are read from their first {@link #HEAD_CHARS} and last {@link #TAIL_CHARS} characters
 * (errors sit at the end of logs), and the result says so.
 */
public final class ErrorTextReader {
    public static final int MAX_CHARS = 2_000_000;
    public static final int HEAD_CHARS = 1_500_000;
    public static final int TAIL_CHARS = MAX_CHARS - HEAD_CHARS;
    /** Sentences shorter than this (folded, without spaces) are too common to be a hint on their own. */
    static final int MIN_FRAGMENT = 24;
    /** Microsoft Entra writes its sign-in errors as this word and a number, e.g. AADSTS50076. */
    private static final String ENTRA_PREFIX = "aadsts";
    private static final int MAX_ENTRA_DIGITS = 9;
    /** Namespaces of other products than the Azure Stack Hub registration: Azure Stack HCI, and the stamp's admin side. */
    private static final String OTHER_PRODUCT = "microsoft.azurestackhci";
    private static final String ADMIN_SUFFIX = ".admin";

    private final Map<String, CodeInfo> byLowerCode = new HashMap<>();
    private final Map<String, String> canonicalCode = new HashMap<>();
    private final int minCodeLength;
    private final int maxCodeLength;
    private final List<MessagePattern> patterns = new ArrayList<>();
    private final List<Fragment> fragments = new ArrayList<>();
    private final Map<Integer, String> codeByStatus = new HashMap<>();

    private record Fragment(String code, Language language, String squeezed) {}

    /** @param codes the catalog's codes; null entries and codes without a name are ignored */
    public ErrorTextReader(List<CodeInfo> codes) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        Map<Integer, Set<String>> statuses = new HashMap<>();
        Set<String> canonicalForms = new HashSet<>();
        for (CodeInfo info : codes == null ? List.<CodeInfo>of() : codes) {
            if (info == null || info.code() == null || info.code().isBlank()) continue;
            String code = info.code().trim();
            String key = code.toLowerCase(Locale.ROOT);
            if (byLowerCode.putIfAbsent(key, info) != null) continue;
            canonicalCode.put(key, code);
            min = Math.min(min, code.length());
            max = Math.max(max, code.length());
            if (info.httpStatus() >= 400 && info.origin() != Origin.LOCAL) {
                statuses.computeIfAbsent(info.httpStatus(), s -> new HashSet<>()).add(code);
            }
            for (Language lang : Language.values()) {
                info.message(lang).ifPresent(m -> add(MessagePattern.compile(code, lang, Evidence.MESSAGE_TEMPLATE, m),
                        canonicalForms));
            }
            for (String v : info.messageVariants()) {
                add(MessagePattern.compile(code, languageOf(v, info), Evidence.MESSAGE_VARIANT, v), canonicalForms);
            }
        }
        statuses.forEach((status, set) -> { if (set.size() == 1) codeByStatus.put(status, set.iterator().next()); });
        this.minCodeLength = min == Integer.MAX_VALUE ? 0 : min;
        this.maxCodeLength = max;
        buildFragments();
    }

    /** A reader over the catalog's codes. */
    public static ErrorTextReader fromCatalog(ErrorCatalog catalog) {
        return new ErrorTextReader(Objects.requireNonNull(catalog, "catalog").codes());
    }

    private void add(MessagePattern p, Set<String> canonicalForms) {
        if (p != null && canonicalForms.add(p.code + '\u0001' + p.canonical)) patterns.add(p);
    }

    /**
     * A variant's language: the one whose message shares most words with it (variants are mostly earlier English
     * wordings, but a catalog may keep an earlier translation there too).
     */
    private static Language languageOf(String variant, CodeInfo info) {
        Set<String> words = words(variant);
        Language best = Language.EN;
        int bestCommon = -1;
        for (Language l : Language.values()) {
            String m = info.message(l).orElse(null);
            if (m == null) continue;
            Set<String> common = words(m);
            common.retainAll(words);
            if (common.size() > bestCommon) {
                best = l;
                bestCommon = common.size();
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() > 2) out.add(w);
        return out;
    }

    /** Sentences of one code's messages that no other code's message contains. */
    private void buildFragments() {
        Map<String, Fragment> seen = new LinkedHashMap<>();
        for (MessagePattern p : patterns) {
            for (String s : p.sentences) {
                if (s.length() < MIN_FRAGMENT || seen.containsKey(s)) continue;
                boolean unique = true;
                for (MessagePattern other : patterns) {
                    if (other.code.equals(p.code)) continue;
                    for (String os : other.sentences) {
                        if (os.contains(s)) { unique = false; break; }
                    }
                    if (!unique) break;
                }
                seen.put(s, unique ? new Fragment(p.code, p.language, s) : null);
            }
        }
        for (Fragment f : seen.values()) if (f != null) fragments.add(f);
    }

    /** Reads a paste. Never throws: a null or blank paste gives {@link PasteHint#EMPTY_INPUT}. */
    public PasteResult read(String text) {
        try {
            return readStrict(text);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not cost the user the rest of the screen: say nothing was recognized.
            int n = text == null ? 0 : text.length();
            return new PasteResult(List.of(), null, List.of(), Extracted.NONE, Confidence.NONE,
                    PasteHint.NOTHING_RECOGNIZED, false, List.of(), n > MAX_CHARS, n);
        }
    }

    /** {@link #read(String)} without the safety net, for tests. */
    PasteResult readStrict(String text) {
        if (text == null) return PasteResult.empty(0, false);
        int n = text.length();
        boolean truncated = n > MAX_CHARS;
        NormalizedText t = truncated
                ? NormalizedText.of(text, 0, HEAD_CHARS, n - TAIL_CHARS, n)
                : NormalizedText.of(text);
        if (t.squeezed.isEmpty()) return PasteResult.empty(n, truncated);

        List<Hit> hits = new ArrayList<>();
        findExplicitCodes(t, hits);
        findEntraCodes(t, hits);
        MessagePattern.Occurrences occ = new MessagePattern.Occurrences(t.squeezed);
        List<Hit> messageHits = new ArrayList<>();
        for (MessagePattern p : patterns) {
            for (MessagePattern.Match m : p.findAll(t, occ)) {
                messageHits.add(new Hit(p.code, p.evidence, p.language, m.textStart(), m.textEnd(), m.values(),
                        m.complete()));
            }
        }
        Set<String> byMessage = new HashSet<>();
        for (Hit h : messageHits) {
            if (!h.complete && overlapsComplete(h, messageHits)) continue;   // a fuller wording matched there
            hits.add(h);
            byMessage.add(h.code);
        }
        Set<String> strong = new HashSet<>(byMessage);
        for (Hit h : hits) strong.add(h.code);
        for (Fragment f : fragments) {
            if (strong.contains(f.code)) continue;
            int at = t.squeezed.indexOf(f.squeezed);
            if (at < 0) continue;
            int s = t.textIndex(at);
            int e = t.textIndex(at + f.squeezed.length() - 1) + 1;
            hits.add(new Hit(f.code, Evidence.MESSAGE_FRAGMENT, f.language, s, e, Map.of()));
        }

        FieldScanner fields = new FieldScanner(t);
        FieldScanner.Found status = fields.httpStatus();
        Integer httpStatus = status == null ? null : Integer.valueOf(status.value());
        if (hits.isEmpty() && httpStatus != null && codeByStatus.containsKey(httpStatus)) {
            hits.add(new Hit(codeByStatus.get(httpStatus), Evidence.HTTP_STATUS, null, status.start(), status.end(),
                    Map.of()));
        }

        List<String> unknown = new ArrayList<>();
        for (FieldScanner.Found f : fields.codeCandidates()) {
            String v = f.value();
            if (!byLowerCode.containsKey(v.toLowerCase(Locale.ROOT)) && !unknown.contains(v) && unknown.size() < 32) {
                unknown.add(v);
            }
        }

        List<Finding> findings = findings(t, hits);
        List<String> codes = new ArrayList<>();
        for (Finding f : findings) codes.add(f.code());
        Confidence confidence = Confidence.NONE;
        for (Finding f : findings) if (f.confidence().compareTo(confidence) > 0) confidence = f.confidence();
        String primary = primary(findings, confidence);

        Extracted extracted = extract(t, fields, hits, httpStatus);
        boolean looksLikeError = !findings.isEmpty() || httpStatus != null || !unknown.isEmpty() || fields.hasErrorWords();
        PasteHint hint;
        if (confidence.isAtLeast(Confidence.MEDIUM)) hint = PasteHint.NONE;
        else if (confidence == Confidence.LOW) hint = PasteHint.WEAK_MATCH_ONLY;
        else if (!unknown.isEmpty()) hint = PasteHint.UNKNOWN_CODE;
        else hint = PasteHint.NOTHING_RECOGNIZED;
        return new PasteResult(codes, primary, findings, extracted, confidence, hint, looksLikeError, unknown,
                truncated, n);
    }

    private record Hit(String code, Evidence evidence, Language language, int start, int end,
                       Map<Placeholder, String> values, boolean complete) {
        Hit(String code, Evidence evidence, Language language, int start, int end, Map<Placeholder, String> values) {
            this(code, evidence, language, start, end, values, true);
        }
    }

    private static boolean overlapsComplete(Hit h, List<Hit> all) {
        for (Hit o : all) {
            if (o.complete && o.code.equals(h.code) && o.start < h.end && h.start < o.end) return true;
        }
        return false;
    }

    /** Code names as whole words, any letter case; a name cut by a console wrap is rejoined. */
    private void findExplicitCodes(NormalizedText t, List<Hit> hits) {
        if (maxCodeLength == 0) return;
        int len = t.length;
        int i = 0;
        while (i < len) {
            if (!isWordChar(t.charAt(i))) { i++; continue; }
            int a = i;
            while (i < len && isWordChar(t.charAt(i))) i++;
            int b = i;
            String code = lookup(t, a, b);
            if (code == null && b + 1 < len && t.charAt(b) == NormalizedText.BREAK && isWordChar(t.charAt(b + 1))
                    && b - a < maxCodeLength) {
                int c = b + 1;
                while (c < len && isWordChar(t.charAt(c))) c++;
                int total = (b - a) + (c - b - 1);
                if (total >= minCodeLength && total <= maxCodeLength) {
                    String joined = t.lower.substring(a, b) + t.lower.substring(b + 1, c);
                    if (byLowerCode.containsKey(joined) && lookup(t, b + 1, c) == null) {
                        code = canonicalCode.get(joined);
                        b = c;
                        i = c;
                    }
                }
            }
            if (code != null && !code.equalsIgnoreCase(ENTRA_PREFIX)) {   // the Entra family card needs a number
                hits.add(new Hit(code, Evidence.EXPLICIT_CODE, null, a, b, Map.of()));
            }
        }
    }

    /**
     * Microsoft Entra sign-in errors by their AADSTS number, as one word: the number's own card when the catalog has
     * one, else the catalog's family card named {@code AADSTS}; either way the number is kept as a value.
     */
    private void findEntraCodes(NormalizedText t, List<Hit> hits) {
        String family = canonicalCode.get(ENTRA_PREFIX);
        int from = 0;
        int at;
        int found = 0;
        while (found < 64 && (at = t.lower.indexOf(ENTRA_PREFIX, from)) >= 0) {
            int d = at + ENTRA_PREFIX.length();
            int e = d;
            while (e < t.length && e - d < MAX_ENTRA_DIGITS && t.charAt(e) >= '0' && t.charAt(e) <= '9') e++;
            from = Math.max(e, at + 1);
            if (e == d || at > 0 && isWordChar(t.charAt(at - 1)) || e < t.length && isWordChar(t.charAt(e))) continue;
            String number = "AADSTS" + t.text.substring(d, e);
            String own = canonicalCode.get(number.toLowerCase(Locale.ROOT));
            String code = own != null ? own : family;
            if (code == null) continue;
            hits.add(new Hit(code, Evidence.EXPLICIT_CODE, null, at, e, Map.of(Placeholder.ENTRA_CODE, number)));
            found++;
        }
    }

    /**
     * The first namespace of another product the text names (Microsoft.AzureStackHCI, an Azure Stack Hub admin
     * namespace such as Microsoft.Subscriptions.Admin), as written; null when it names none.
     */
    private static String otherProductNamespace(NormalizedText t) {
        int from = 0;
        int at;
        int seen = 0;
        while (seen++ < 1000 && (at = t.lower.indexOf("microsoft.", from)) >= 0) {
            int e = at;
            while (e < t.length && e - at < 100 && (NormalizedText.isAsciiLetterOrDigit(t.charAt(e)) || t.charAt(e) == '.')) e++;
            from = e;
            while (e > at && t.charAt(e - 1) == '.') e--;
            if (at > 0 && isWordChar(t.charAt(at - 1))) continue;
            String name = t.lower.substring(at, e);
            if (name.equals(OTHER_PRODUCT) || name.endsWith(ADMIN_SUFFIX)) return t.text.substring(at, e);
        }
        return null;
    }

    private String lookup(NormalizedText t, int a, int b) {
        int n = b - a;
        if (n < minCodeLength || n > maxCodeLength) return null;
        return canonicalCode.get(t.lower.substring(a, b));
    }

    private static boolean isWordChar(char c) { return NormalizedText.isAsciiLetterOrDigit(c) || c == '_'; }

    /** One finding per code, in order of first appearance, with all its evidence. */
    private static List<Finding> findings(NormalizedText t, List<Hit> hits) {
        Map<String, List<Hit>> byCode = new LinkedHashMap<>();
        List<Hit> ordered = new ArrayList<>(hits);
        ordered.sort(Comparator.comparingInt(Hit::start));
        for (Hit h : ordered) byCode.computeIfAbsent(h.code, c -> new ArrayList<>()).add(h);
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Hit>> e : byCode.entrySet()) {
            EnumSet<Evidence> evidence = EnumSet.noneOf(Evidence.class);
            Language language = null;
            Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
            for (Hit h : e.getValue()) {
                evidence.add(h.evidence);
                if (language == null && h.language != null && h.evidence != Evidence.MESSAGE_FRAGMENT) language = h.language;
                h.values.forEach(values::putIfAbsent);
            }
            if (language == null) {
                for (Hit h : e.getValue()) if (h.language != null) { language = h.language; break; }
            }
            Hit first = e.getValue().get(0);
            List<Evidence> list = new ArrayList<>(evidence);            // EnumSet order: strongest first
            out.add(new Finding(e.getKey(), list, list.get(0).confidence(), language, values,
                    t.inputStart(first.start), Math.max(t.inputStart(first.start), t.inputEnd(first.end))));
        }
        return out;
    }

    /**
     * The text's first error among the findings of the best confidence class (MEDIUM and up count as one): a paste
     * of several errors is read in order, and the first one is what the admin met first.
     */
    private static String primary(List<Finding> findings, Confidence best) {
        for (Finding f : findings) {
            if (!best.isAtLeast(Confidence.MEDIUM) || f.confidence().isAtLeast(Confidence.MEDIUM)) return f.code();
        }
        return null;
    }

    /**
     * The values, each from the most reliable place that has it: a Microsoft.AzureStack registration resource id
     * (the request itself), then the messages, then other ids of the same subscription, then cmdlet arguments.
     */
    private static Extracted extract(NormalizedText t, FieldScanner fields, List<Hit> hits, Integer httpStatus) {
        FoundValues v = new FoundValues();
        List<ResourceIdScanner.ResourceId> ids = ResourceIdScanner.scan(t);
        ResourceIdScanner.ResourceId best = null;
        for (ResourceIdScanner.ResourceId id : ids) {
            if (id.kind() == ResourceIdScanner.Kind.REGISTRATION && (best == null || id.depth() > best.depth())) best = id;
        }
        if (best != null) put(v, best);
        List<Hit> ordered = new ArrayList<>(hits);
        ordered.sort(Comparator.comparingInt(Hit::start));
        for (Hit h : ordered) h.values.forEach(v::offer);
        String sub = v.get(Placeholder.SUBSCRIPTION_ID);
        for (ResourceIdScanner.ResourceId id : ids) {
            if (id == best || id.kind() == ResourceIdScanner.Kind.OTHER_PROVIDER) continue;
            if (sub == null || sub.equalsIgnoreCase(id.subscriptionId())) {
                put(v, id);
                sub = v.get(Placeholder.SUBSCRIPTION_ID);
            }
        }
        // After the messages (a namespace they name wins); a text that also names a registration is about it.
        if (best == null && !t.lower.contains("microsoft.azurestack/registrations")) {
            v.offer(Placeholder.NAMESPACE, otherProductNamespace(t));
        }
        for (String[] arg : fields.arguments()) {
            String name = arg[0];
            String value = MessagePattern.cleanValue(arg[1], null);
            if (value == null) continue;
            switch (name) {
                case "resourcegroupname" -> v.offer(Placeholder.RESOURCE_GROUP, value);
                case "registrationname" -> v.offer(Placeholder.REGISTRATION_NAME, value);
                case "resourcename" -> {
                    int slash = value.indexOf('/');
                    if (slash > 0) {
                        v.offer(Placeholder.REGISTRATION_NAME, value.substring(0, slash));
                        String rest = value.substring(slash + 1);
                        if (!rest.isEmpty() && rest.indexOf('/') < 0) v.offer(Placeholder.CUSTOMER_SUBSCRIPTION_ID, rest);
                    }
                }
                default -> { if (NormalizedText.isGuid(value)) v.offer(Placeholder.SUBSCRIPTION_ID, value); }
            }
        }
        FieldScanner.Found corr = fields.correlationId();
        FieldScanner.Found req = fields.requestId();
        FieldScanner.Found time = fields.timestamp();
        FieldScanner.Found retry = fields.retryAfter();
        Integer retryAfter = null;
        if (retry != null) {
            try {
                retryAfter = Integer.valueOf(retry.value());
            } catch (NumberFormatException ignored) { /* not a number after all */ }
        }
        return new Extracted(v.get(Placeholder.SUBSCRIPTION_ID), v.get(Placeholder.RESOURCE_GROUP),
                v.get(Placeholder.REGISTRATION_NAME), v.get(Placeholder.CUSTOMER_SUBSCRIPTION_ID),
                corr == null ? null : corr.value(), req == null ? null : req.value(),
                time == null ? null : time.value(), httpStatus, retryAfter, v.lookalikesLeft(), v.others());
    }

    /**
     * The values found, first source wins. An id that only looks like a GUID (full-width or Arabic-Indic digits,
     * Cyrillic letters) is kept aside instead: it is not the id it resembles, and the user is told so.
     */
    private static final class FoundValues {
        private final Map<Placeholder, String> found = new EnumMap<>(Placeholder.class);
        private final Map<Placeholder, String> lookalikes = new EnumMap<>(Placeholder.class);

        void offer(Placeholder p, String value) {
            if (value == null) return;
            if (ArmSyntax.looksLikeGuid(value)) lookalikes.putIfAbsent(p, value);
            else found.putIfAbsent(p, value);
        }

        String get(Placeholder p) { return found.get(p); }

        /** The values beyond the registration's four (who was refused, the action, the scope, a namespace...). */
        Map<Placeholder, String> others() {
            Map<Placeholder, String> m = new EnumMap<>(found);
            m.keySet().removeAll(Extracted.REGISTRATION);
            return m;
        }

        /** The look-alikes for values that no real id filled. */
        Map<Placeholder, String> lookalikesLeft() {
            Map<Placeholder, String> left = new EnumMap<>(lookalikes);
            left.keySet().removeAll(found.keySet());
            return left;
        }
    }

    private static void put(FoundValues v, ResourceIdScanner.ResourceId id) {
        if (id.subscriptionId() != null) v.offer(Placeholder.SUBSCRIPTION_ID, id.subscriptionId());
        if (id.resourceGroup() != null) v.offer(Placeholder.RESOURCE_GROUP, id.resourceGroup());
        if (id.registrationName() != null) v.offer(Placeholder.REGISTRATION_NAME, id.registrationName());
        if (id.customerSubscriptionId() != null) v.offer(Placeholder.CUSTOMER_SUBSCRIPTION_ID, id.customerSubscriptionId());
    }

    /** The message patterns in use, for tests and diagnostics. */
    List<String> describePatterns() {
        List<String> out = new ArrayList<>();
        for (MessagePattern p : patterns) out.add(p.toString());
        return out;
    }

    int fragmentCount() { return fragments.size(); }
}
