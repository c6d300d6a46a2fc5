package dev.azscsp.diagnosis.tenants;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Replaced;
import dev.azscsp.diagnosis.tenants.Reconciliation.Row;

/**
 * The writes that would bring a registration's mappings in line with the expected customers, built from a
 * {@link Reconciliation} and shown in full before anything is sent: a PUT for each expected line not mapped (or mapped
 * with another tenant), a DELETE for each unexpected mapping the user ticked, never one they did not. What cannot be
 * planned safely is {@link #leftOut() left out} with the reason: two expected subscriptions of one tenant (a second
 * PUT would replace the first mapping), an id mapped in another letter case, a line whose mapping is not known.
 * Plain data; the {@link #digest()} ties a plan file to exactly these rows.
 */
public record TenantPlan(RegistrationRef registration, List<PlannedWrite> writes, List<LeftOut> leftOut) {

    /** A row of the reconciliation that the plan does not write, and why. */
    public record LeftOut(String subscriptionId, int line, Text reason) {}

    public TenantPlan {
        writes = List.copyOf(writes);
        leftOut = List.copyOf(leftOut);
    }

    public int adds() { return (int) writes.stream().filter(w -> w.action() == Action.ADD).count(); }

    public int removes() { return (int) writes.stream().filter(w -> w.action() == Action.REMOVE).count(); }

    /** Why a plan cannot be built at all. */
    public static final class NotPlannable extends Exception {
        private final transient Text reason;

        public NotPlannable(Text reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }

        public Text reason() { return reason; }
    }

    /**
     * @param remove             mapped subscription ids (exactly as ARM spells them) the user ticked for a DELETE
     * @param removeAllUnexpected every "mapped but not expected" mapping is ticked
     * @throws NotPlannable when the list could not be read, or an id to remove is not a mapping no line expects
     */
    public static TenantPlan of(Reconciliation r, Set<String> remove, boolean removeAllUnexpected) throws NotPlannable {
        TenantListing listing = r.listing();
        if (!listing.listed()) throw new NotPlannable(Text.of("plan.notListed"));
        Set<String> toRemove = new LinkedHashSet<>(remove);
        Set<String> tenantsShared = r.sharedTenants().stream().map(s -> s.tenantId().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<PlannedWrite> adds = new ArrayList<>();
        List<PlannedWrite> removes = new ArrayList<>();
        List<LeftOut> left = new ArrayList<>();
        for (Row row : r.rows()) {
            BulkRow line = row.expected();
            int n = line == null ? 0 : line.line();
            String tenant = row.expectedTenantId();
            switch (row.group()) {
                case MAPPED_AND_EXPECTED -> {
                    if (toRemove.remove(row.mapping().subscriptionId())) throw new NotPlannable(Text.of("plan.removeExpected", row.mapping().subscriptionId(), n));
                }
                case EXPECTED_NOT_MAPPED, MAPPED_DIFFERENTLY -> {
                    if (row.mapping() != null && toRemove.remove(row.mapping().subscriptionId())) {
                        // An id mapped in another letter case may be removed; its PUT comes in a later plan, once gone.
                        removes.add(new PlannedWrite(Action.REMOVE, row.mapping().subscriptionId(), row.mapping().tenantId(), List.of(), null, 0));
                        left.add(new LeftOut(row.subscriptionId(), n, Text.of("plan.left.afterRemoval", row.mapping().subscriptionId())));
                        continue;
                    }
                    if (tenant != null && tenantsShared.contains(tenant.toLowerCase(Locale.ROOT))) {
                        left.add(new LeftOut(row.subscriptionId(), n, Text.of("plan.left.sharedTenant", tenant,
                                linesOf(r, tenant))));
                    } else if (row.difference() == Reconciliation.Difference.OTHER_CASE
                            || row.difference() == Reconciliation.Difference.OTHER_CASE_AND_TENANT) {
                        left.add(new LeftOut(row.subscriptionId(), n, Text.of("plan.left.otherCase", row.mapping().subscriptionId())));
                    } else {
                        List<Replaced> replaced = new ArrayList<>();
                        if (row.mapping() != null) replaced.add(Replaced.of(row.mapping()));
                        if (row.tenantElsewhere() != null) replaced.add(Replaced.of(row.tenantElsewhere()));
                        adds.add(new PlannedWrite(Action.ADD, row.subscriptionId(), tenant, replaced, line.label(), n));
                    }
                }
                case MAPPED_NOT_EXPECTED -> {
                    CustomerSubscription m = row.mapping();
                    if (toRemove.remove(m.subscriptionId()) || removeAllUnexpected) {
                        removes.add(new PlannedWrite(Action.REMOVE, m.subscriptionId(), m.tenantId(), List.of(), null, 0));
                    }
                }
                case NOT_VERIFIED -> left.add(new LeftOut(row.subscriptionId(), n, Text.of("plan.left.notVerified")));
            }
        }
        if (!toRemove.isEmpty()) throw new NotPlannable(Text.of("plan.removeNotMapped", String.join(", ", toRemove)));
        List<PlannedWrite> all = new ArrayList<>(adds);
        all.addAll(removes);
        return new TenantPlan(listing.registration(), all, left);
    }

    private static String linesOf(Reconciliation r, String tenant) {
        for (Reconciliation.SharedTenant s : r.sharedTenants()) {
            if (s.tenantId().equalsIgnoreCase(tenant)) {
                return s.lines().stream().map(l -> String.valueOf(l.line())).collect(Collectors.joining(", "));
            }
        }
        return "";
    }

    /**
     * SHA-256 of the registration and every write, in order: a plan file whose rows were changed after the dry run
     * no longer matches it. It guards against a file edited or mixed up, not against someone who recomputes it.
     */
    public String digest() {
        StringBuilder b = new StringBuilder("azs-csp-plan/1\n").append(registration.resourceId().toLowerCase(Locale.ROOT)).append('\n');
        for (PlannedWrite w : writes) {
            b.append(w.action().key()).append('|').append(w.subscriptionId()).append('|').append(lower(w.tenantId()));
            for (Replaced x : w.replaces()) b.append('|').append(x.subscriptionId()).append('=').append(lower(x.tenantId()));
            b.append('\n');
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String lower(String v) { return v == null ? "-" : v.toLowerCase(Locale.ROOT); }
}
