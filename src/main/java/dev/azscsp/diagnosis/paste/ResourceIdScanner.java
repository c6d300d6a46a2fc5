package dev.azscsp.diagnosis.paste;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ARM resource ids ({@code /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.AzureStack/registrations/
 * {name}/customerSubscriptions/{cust}}) in a request URL, a {@code -ResourceId} argument, a scope or a message:
 * segment names in any letter case, with or without the leading slash, {@code /} or {@code %2F} between segments,
 * percent-escapes decoded, a console line wrap inside the id rejoined when the path visibly goes on after it.
 */
final class ResourceIdScanner {
    private static final int MAX_IDS = 256;
    private static final int MAX_SEGMENT = 200;

    /** What an id addresses. */
    enum Kind { REGISTRATION, PLAIN, OTHER_PROVIDER }

    record ResourceId(Kind kind, String subscriptionId, String resourceGroup, String registrationName,
                      String customerSubscriptionId, int textStart, int textEnd) {
        int depth() {
            return (subscriptionId != null ? 1 : 0) + (resourceGroup != null ? 1 : 0)
                    + (registrationName != null ? 1 : 0) + (customerSubscriptionId != null ? 1 : 0);
        }
    }

    private ResourceIdScanner() {}

    static List<ResourceId> scan(NormalizedText t) {
        List<ResourceId> out = new ArrayList<>();
        int from = 0;
        int h;
        while (out.size() < MAX_IDS && (h = t.lower.indexOf("subscriptions", from)) >= 0) {
            from = h + 1;
            if (h > 0 && Character.isLetterOrDigit(t.charAt(h - 1))) continue;    // customerSubscriptions
            ResourceId id = new Parser(t, h + "subscriptions".length()).parse(h);
            if (id != null) {
                out.add(id);
                from = Math.max(from, id.textEnd());
            }
        }
        return out;
    }

    private static final class Parser {
        private final NormalizedText t;
        private int i;
        private boolean cut;

        Parser(NormalizedText t, int i) {
            this.t = t;
            this.i = i;
        }

        ResourceId parse(int start) {
            if (!sep()) return null;
            String sub = value();
            if (sub == null) return null;
            int end = i;
            String rg = null;
            String ns = null;
            String type = null;
            String name = null;
            String childType = null;
            String child = null;
            int save = i;
            if (sep() && keyword("resourcegroups") && sep()) {
                rg = value();
                end = i;
                save = i;
                if (sep() && keyword("providers") && sep()) {
                    ns = value();
                    if (ns != null && sep()) {
                        type = value();
                        end = i;
                        save = i;
                        if (type != null && sep()) {
                            name = value();
                            end = i;
                            save = i;
                            if (name != null && sep()) {
                                childType = value();
                                save = i;
                                if (childType != null && sep()) {
                                    child = value();
                                    end = i;
                                    save = i;
                                }
                            }
                        }
                    }
                }
            } else {
                i = save;
                if (sep() && keyword("providers") && sep()) {
                    ns = value();
                    end = i;
                }
            }
            i = save;
            Kind kind = ns == null ? Kind.PLAIN
                    : "microsoft.azurestack".equalsIgnoreCase(ns) && "registrations".equalsIgnoreCase(type)
                    ? Kind.REGISTRATION : Kind.OTHER_PROVIDER;
            if (kind != Kind.REGISTRATION) {
                name = null;
                child = null;
            } else if (childType == null || !"customersubscriptions".equalsIgnoreCase(childType)) {
                child = null;
            }
            return new ResourceId(kind, clean(sub), clean(rg), clean(name), clean(child), start, end);
        }

        private static String clean(String v) {
            if (v == null || v.isEmpty()) return null;
            char f = v.charAt(0);
            if (f == '$' || f == '{' || f == '<' || f == '(' || v.indexOf('$') >= 0) return null;   // variables, placeholders
            return v;
        }

        /** A {@code /} or {@code %2F}, a wrap allowed on either side. */
        private boolean sep() {
            if (cut) return false;
            int j = i;
            if (j < t.length && t.charAt(j) == NormalizedText.BREAK) j++;
            if (j < t.length && t.charAt(j) == '/') {
                j++;
            } else if (t.lower.startsWith("%2f", j)) {
                j += 3;
            } else {
                return false;
            }
            if (j < t.length && t.charAt(j) == NormalizedText.BREAK) j++;
            i = j;
            return true;
        }

        /** A fixed segment name, any case, a wrap allowed inside; it must end the segment. */
        private boolean keyword(String kw) {
            int j = i;
            int k = 0;
            while (k < kw.length() && j < t.length) {
                char c = t.lower.charAt(j);
                if (c == NormalizedText.BREAK && k > 0) { j++; continue; }
                if (c != kw.charAt(k)) return false;
                j++;
                k++;
            }
            if (k < kw.length()) return false;
            if (j < t.length && t.charAt(j) != '/' && t.charAt(j) != NormalizedText.BREAK && !t.lower.startsWith("%2f", j)) {
                return false;
            }
            i = j;
            return true;
        }

        /** A free segment (a GUID, a name), percent-escapes decoded; null when empty. */
        private String value() {
            StringBuilder sb = new StringBuilder();
            int j = i;
            while (j < t.length && sb.length() < MAX_SEGMENT) {
                char c = t.charAt(j);
                if (c == NormalizedText.BREAK) {
                    if (sb.length() == 0 || !continuesAfterWrap(sb, j)) break;
                    j++;
                    continue;
                }
                if (c == '%' && j + 2 < t.length && NormalizedText.isHex(t.charAt(j + 1)) && NormalizedText.isHex(t.charAt(j + 2))) {
                    int v = Character.digit(t.charAt(j + 1), 16) * 16 + Character.digit(t.charAt(j + 2), 16);
                    if (v == '/') break;
                    if (v >= 0x20 && v < 0x7F) {
                        sb.append((char) v);
                        j += 3;
                        continue;
                    }
                }
                if (isStop(c, sb)) break;
                sb.append(c);
                j++;
            }
            if (truncatedAt(j, sb)) {                          // PowerShell's echo cuts long lines with " ..."
                i = j;
                cut = true;
                return null;
            }
            while (sb.length() > 0 && ".,".indexOf(sb.charAt(sb.length() - 1)) >= 0) {
                sb.setLength(sb.length() - 1);                  // the end of a sentence, not of the name
                j--;
            }
            i = j;
            return sb.length() == 0 ? null : sb.toString();
        }

        /** A value cut by an ellipsis ({@code "…/resourceGroups/azu ..."}) is not the value. */
        private boolean truncatedAt(int j, StringBuilder sb) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\u2026') return true;
            if (sb.length() >= 3 && sb.toString().endsWith("...")) return true;
            int k = j;
            if (k < t.length && t.charAt(k) == ' ') k++;
            if (k < t.length && t.charAt(k) == '\u2026') return true;
            return t.text.startsWith("...", k);
        }

        /**
         * Whether a wrap at {@code brk} cuts the segment: the text after it goes on with the path (a separator before
         * the next space) or completes a GUID.
         */
        private boolean continuesAfterWrap(StringBuilder sb, int brk) {
            int j = brk + 1;
            StringBuilder cont = new StringBuilder();
            while (j < t.length && cont.length() < MAX_SEGMENT) {
                char c = t.charAt(j);
                if (c == '/' || t.lower.startsWith("%2f", j) || c == '?') return cont.length() > 0;
                if (c == NormalizedText.BREAK || isStop(c, cont)) break;
                cont.append(c);
                j++;
            }
            if (cont.length() == 0) return false;
            if (NormalizedText.isGuidPrefix(sb)) {
                String joined = sb.toString() + cont;
                return NormalizedText.isGuid(joined) || NormalizedText.isGuid(joined.substring(0, Math.min(36, joined.length())))
                        && (joined.length() == 36 || !Character.isLetterOrDigit(joined.charAt(36)));
            }
            return false;
        }

        private static boolean isStop(char c, CharSequence sofar) {
            if (c == ' ' || c == NormalizedText.BREAK || c == '/' || c == '?' || c == '#' || c == '&' || c == ','
                    || c == ';' || c == '\\' || c == '|' || c == '*' || c == '=' || c == ':' || c == '"' || c == '\''
                    || c == '`' || NormalizedText.isQuote(c)) {
                return true;
            }
            return switch (c) {
                case ')' -> !contains(sofar, '(');
                case ']' -> !contains(sofar, '[');
                case '}' -> !contains(sofar, '{');
                case '>' -> !contains(sofar, '<');
                default -> false;
            };
        }

        private static boolean contains(CharSequence s, char c) {
            for (int k = 0; k < s.length(); k++) if (s.charAt(k) == c) return true;
            return false;
        }
    }
}
