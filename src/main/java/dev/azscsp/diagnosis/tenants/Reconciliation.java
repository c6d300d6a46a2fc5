package dev.azscsp.diagnosis.tenants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.azscsp.diagnosis.Mappings;
import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.input.InputRules;

/**
 * The mappings of a registration against the customers the partner expects (the rows of a bulk-style CSV file):
 * four groups, plus the expected subscriptions that share a tenant, since the service keeps one mapping per tenant and
 * a PUT for the second replaces the first. Subscription ids are compared exactly (the service is case sensitive), with
 * another letter case reported as such; tenant ids are GUIDs and compared without letter case. Plain data: what a plan
 * of PUTs and DELETEs will be built from.
 */
public final class Reconciliation {

    public enum Group {
        /** Mapped, with the tenant expected (or no tenant expected). */
        MAPPED_AND_EXPECTED,
        /** Expected, and neither the list nor a direct lookup shows it mapped. */
        EXPECTED_NOT_MAPPED,
        /** Mapped, and no line of the file expects it: a customer that left, or a missing line. */
        MAPPED_NOT_EXPECTED,
        /** Mapped, but with another tenant id, or under the id written in another letter case. */
        MAPPED_DIFFERENTLY,
        /** The list came back empty and no direct lookup could say: not known either way. */
        NOT_VERIFIED;

        /** The key written in CSV and JSON. */
        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /** How a mapping differs from the line that expects it. */
    public enum Difference {
        NONE, OTHER_TENANT, NO_TENANT, OTHER_CASE, OTHER_CASE_AND_TENANT;

        public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /**
     * One line of the result.
     *
     * @param expected         the file's line, or null for a mapping no line expects
     * @param mapping          the mapping it was paired with, or null when none
     * @param tenantElsewhere  for an expected line not mapped as written: another subscription mapped for the same
     *                         tenant, which a PUT for this line would replace; else null
     */
    public record Row(Group group, Difference difference, BulkRow expected, CustomerSubscription mapping,
                      CustomerSubscription tenantElsewhere) {
        /** The subscription id the row is about: the expected one as cleaned, else the mapped one. */
        public String subscriptionId() {
            return expected != null ? InputRules.cleanGuid(expected.customerSubscriptionId()) : mapping.subscriptionId();
        }

        public String expectedTenantId() {
            return expected == null ? null : InputRules.cleanGuid(expected.customerTenantId());
        }
    }

    /** Two or more expected subscriptions of one tenant: only one can stay mapped. */
    public record SharedTenant(String tenantId, List<BulkRow> lines) {}

    /** A line that cannot be compared, and why (in the user's language when shown). */
    public record Unusable(BulkRow line, Text reason) {}

    private final TenantListing listing;
    private final List<Row> rows;
    private final List<SharedTenant> sharedTenants;
    private final List<Unusable> unusable;
    private final Map<Group, Integer> counts = new EnumMap<>(Group.class);

    private Reconciliation(TenantListing listing, List<Row> rows, List<SharedTenant> sharedTenants, List<Unusable> unusable) {
        this.listing = listing;
        this.rows = List.copyOf(rows);
        this.sharedTenants = List.copyOf(sharedTenants);
        this.unusable = List.copyOf(unusable);
        for (Group g : Group.values()) counts.put(g, 0);
        for (Row r : rows) counts.merge(r.group(), 1, Integer::sum);
    }

    public TenantListing listing() { return listing; }

    /** Every row, by group in {@link Group}'s order, then in file order (expected) or list order (mapped). */
    public List<Row> rows() { return rows; }

    public List<Row> rows(Group g) { return rows.stream().filter(r -> r.group() == g).toList(); }

    public int count(Group g) { return counts.get(g); }

    public List<SharedTenant> sharedTenants() { return sharedTenants; }

    public List<Unusable> unusable() { return unusable; }

    /**
     * Whether every group can be trusted: the list was read to its end and was not empty. After an empty list, the
     * expected lines rest on direct lookups, and "mapped but not expected" cannot be known.
     */
    public boolean conclusive() { return listing.listed() && !listing.inconclusive(); }

    /** True when nothing differs: every line usable and mapped as expected, nothing else mapped, no tenant shared. */
    public boolean inAgreement() {
        return conclusive() && unusable.isEmpty() && sharedTenants.isEmpty() && rows.size() == count(Group.MAPPED_AND_EXPECTED);
    }

    /** The shared-tenant entry a line belongs to, or null. */
    public SharedTenant sharedTenantOf(BulkRow line) {
        for (SharedTenant s : sharedTenants) if (s.lines().contains(line)) return s;
        return null;
    }

    /**
     * @param expected the rows of the expected-customers file ({@code CsvInput.read}), bad lines included: they are
     *                 reported as unusable, never dropped
     */
    public static Reconciliation of(TenantListing listing, List<BulkRow> expected) {
        Mappings mapped = Mappings.of(listing.found());
        Set<CustomerSubscription> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Unusable> unusable = new ArrayList<>();
        List<BulkRow> usable = new ArrayList<>();
        Map<String, BulkRow> firstById = new HashMap<>();
        for (BulkRow line : expected) {
            Text why = problem(line);
            if (why == null) {
                BulkRow first = firstById.putIfAbsent(InputRules.cleanGuid(line.customerSubscriptionId()).toLowerCase(Locale.ROOT), line);
                if (first != null) why = Text.of("tenants.line.repeat", first.line());
            }
            if (why != null) unusable.add(new Unusable(line, why));
            else usable.add(line);
        }

        List<Row> rows = new ArrayList<>();
        for (BulkRow line : usable) {
            String sub = InputRules.cleanGuid(line.customerSubscriptionId());
            String tenant = InputRules.cleanGuid(line.customerTenantId());
            Optional<CustomerSubscription> exact = mapped.exact(sub);
            Optional<CustomerSubscription> other = exact.isPresent() ? Optional.empty() : mapped.otherCase(sub);
            // An id mapped twice in different letter cases pairs once: the next line takes the next mapping.
            if (other.isPresent() && paired.contains(other.get())) other = Optional.empty();
            if (exact.isPresent() || other.isPresent()) {
                CustomerSubscription m = exact.orElseGet(other::get);
                paired.add(m);
                boolean tenantDiffers = tenant != null && (m.tenantId() == null || !tenant.equalsIgnoreCase(m.tenantId()));
                Difference d = exact.isPresent()
                        ? (!tenantDiffers ? Difference.NONE : m.tenantId() == null ? Difference.NO_TENANT : Difference.OTHER_TENANT)
                        : (tenantDiffers ? Difference.OTHER_CASE_AND_TENANT : Difference.OTHER_CASE);
                rows.add(new Row(d == Difference.NONE ? Group.MAPPED_AND_EXPECTED : Group.MAPPED_DIFFERENTLY, d, line, m,
                        d == Difference.NONE ? null : elsewhere(mapped, tenant, m.subscriptionId())));
                continue;
            }
            Group g = Group.EXPECTED_NOT_MAPPED;
            if (listing.inconclusive()) {
                DirectLookup l = listing.lookupOf(sub);
                if (l == null) l = listing.lookupOf(line.customerSubscriptionId());
                if (l == null || !l.notMapped()) g = Group.NOT_VERIFIED;
            }
            rows.add(new Row(g, Difference.NONE, line, null, elsewhere(mapped, tenant, sub)));
        }
        for (CustomerSubscription m : mapped) {
            if (!paired.contains(m)) rows.add(new Row(Group.MAPPED_NOT_EXPECTED, Difference.NONE, null, m, null));
        }
        List<Row> ordered = new ArrayList<>();
        for (Group g : Group.values()) for (Row r : rows) if (r.group() == g) ordered.add(r);
        return new Reconciliation(listing, ordered, sharedTenants(usable), unusable);
    }

    /** Another subscription mapped for this tenant, which a PUT of {@code subscriptionId} with it would replace. */
    private static CustomerSubscription elsewhere(Mappings mapped, String tenant, String subscriptionId) {
        return tenant == null ? null : mapped.tenantElsewhere(tenant, subscriptionId).orElse(null);
    }

    private static List<SharedTenant> sharedTenants(List<BulkRow> usable) {
        Map<String, List<BulkRow>> byTenant = new LinkedHashMap<>();
        for (BulkRow line : usable) {
            String t = InputRules.cleanGuid(line.customerTenantId());
            if (t != null) byTenant.computeIfAbsent(t.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(line);
        }
        List<SharedTenant> out = new ArrayList<>();
        byTenant.forEach((t, lines) -> {
            if (lines.size() > 1) out.add(new SharedTenant(InputRules.cleanGuid(lines.get(0).customerTenantId()), lines));
        });
        return out;
    }

    /** Why a line cannot be compared, or null when it can. */
    private static Text problem(BulkRow line) {
        if (line.problem() != null) return line.problem();
        String sub = InputRules.cleanGuid(line.customerSubscriptionId());
        if (sub == null || !InputRules.isGuid(sub)) return Text.of("tenants.line.notGuid", "customerSubscriptionId");
        String tenant = InputRules.cleanGuid(line.customerTenantId());
        if (tenant != null && !InputRules.isGuid(tenant)) return Text.of("tenants.line.notGuid", "customerTenantId");
        return null;
    }
}
