package dev.azscsp.diagnosis.bulk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which header of an expected-customers file names the customer subscription id, and optionally the tenant id and the
 * label, for files that do not use the app's own names (a Partner Center export). Header names are data from the file:
 * bounded, compared case-insensitively, never run.
 */
public record ColumnMapping(String subscription, String tenant, String label) {
    /** A header name longer than this is not a column name; it is refused rather than kept. */
    public static final int MAX_NAME = 200;

    // Names seen in Partner Center's exports of customers and subscriptions, compared by their key(). The customer's
    // "Microsoft ID" is its tenant id (Partner Center documentation: "The Microsoft ID is the same as the customer ID
    // (customer-tenant-id)").
    private static final List<String> SUBSCRIPTION_NAMES = List.of("subscriptionid", "azuresubscriptionid",
            "customersubscriptionid");
    private static final List<String> TENANT_NAMES = List.of("customertenantid", "microsoftid", "tenantid",
            "customerid", "customermicrosoftid");
    private static final List<String> LABEL_NAMES = List.of("customername", "companyname", "customercompanyname",
            "subscriptionname", "friendlyname", "label");

    public ColumnMapping {
        subscription = clean(subscription);
        tenant = clean(tenant);
        label = clean(label);
        if (subscription == null) throw new IllegalArgumentException("The subscription column is required.");
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip();
        if (n.length() > MAX_NAME) throw new IllegalArgumentException("A column name is at most " + MAX_NAME + " characters.");
        return n;
    }

    /** A header name as compared with the well-known names: lower case, without spaces, underscores or hyphens. */
    public static String key(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '_' && c != '-') b.append(c);
        }
        return b.toString();
    }

    /** Whether a header field names this column: the same letters, ignoring case and surrounding spaces. */
    static boolean same(String header, String name) {
        return name != null && header.strip().equalsIgnoreCase(name);
    }

    /**
     * A mapping proposed from well-known Partner Center names, spelled as the file spells them; empty when no header
     * looks like a subscription id. Only a proposal: the caller uses it once the user accepts or names it.
     */
    public static Optional<ColumnMapping> suggest(List<String> headers) {
        String sub = find(headers, SUBSCRIPTION_NAMES);
        if (sub == null) return Optional.empty();
        return Optional.of(new ColumnMapping(sub, find(headers, TENANT_NAMES), find(headers, LABEL_NAMES)));
    }

    private static String find(List<String> headers, List<String> known) {
        for (String k : known) {
            for (String h : headers) {
                if (h.strip().length() <= MAX_NAME && key(h).equals(k)) return h.strip();
            }
        }
        return null;
    }

    /**
     * The command line's {@code subscription=HEADER[,tenant=HEADER][,label=HEADER]}; a bad value is an
     * IllegalArgumentException whose message says what is wrong, in English as the CLI's usage messages.
     */
    public static ColumnMapping parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("--columns needs subscription=HEADER.");
        if (spec.length() > 4 * MAX_NAME) throw new IllegalArgumentException("--columns is too long.");
        String sub = null, tenant = null, label = null;
        for (String part : spec.split(",", -1)) {
            int eq = part.indexOf('=');
            String role = eq < 0 ? part.strip() : part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String name = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (eq < 0 || name.isEmpty()) {
                throw new IllegalArgumentException("--columns: '" + shorten(part.strip()) + "' is not ROLE=HEADER (roles: subscription, tenant, label).");
            }
            if (name.length() > MAX_NAME) throw new IllegalArgumentException("--columns: a header name is at most " + MAX_NAME + " characters.");
            switch (role) {
                case "subscription" -> { if (sub != null) throw twice(role); sub = name; }
                case "tenant" -> { if (tenant != null) throw twice(role); tenant = name; }
                case "label" -> { if (label != null) throw twice(role); label = name; }
                default -> throw new IllegalArgumentException("--columns: unknown role '" + shorten(role) + "' (roles: subscription, tenant, label).");
            }
        }
        if (sub == null) throw new IllegalArgumentException("--columns needs subscription=HEADER.");
        ColumnMapping m = new ColumnMapping(sub, tenant, label);
        String repeated = m.repeated();
        if (repeated != null) {
            throw new IllegalArgumentException("--columns: '" + shorten(repeated) + "' is named for two roles; each role needs its own column.");
        }
        return m;
    }

    /** A header named for two roles (as the later role spells it), or null: the reader finds each column once. */
    public String repeated() {
        if (tenant != null && tenant.equalsIgnoreCase(subscription)) return tenant;
        if (label != null && (label.equalsIgnoreCase(subscription) || label.equalsIgnoreCase(tenant))) return label;
        return null;
    }

    private static IllegalArgumentException twice(String role) {
        return new IllegalArgumentException("--columns names the " + role + " column twice.");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }

    /** This mapping as the value of {@code --columns}, for a usage message the user can copy. */
    public String asOption() {
        StringBuilder b = new StringBuilder("subscription=").append(subscription);
        if (tenant != null) b.append(",tenant=").append(tenant);
        if (label != null) b.append(",label=").append(label);
        return b.toString();
    }
}
