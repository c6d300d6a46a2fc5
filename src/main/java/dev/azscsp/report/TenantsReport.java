package dev.azscsp.report;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.bulk.BulkRow;
import dev.azscsp.diagnosis.tenants.CustomerDetails;
import dev.azscsp.diagnosis.tenants.DirectLookup;
import dev.azscsp.diagnosis.tenants.Reconciliation;
import dev.azscsp.diagnosis.tenants.Reconciliation.Group;
import dev.azscsp.diagnosis.tenants.Reconciliation.Row;
import dev.azscsp.diagnosis.tenants.TenantListing;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * The mappings of a registration, and their reconciliation with the expected customers when there is one, as plain
 * text, Markdown for a ticket, JSON, or CSV (cells guarded as every CSV of the app: {@link BulkReport#csv}). Values
 * from ARM and from the file are data: each is put on one line and escaped for the format.
 */
public final class TenantsReport implements ReportFormats {
    static final String[] LIST_COLUMNS = {"customerSubscriptionId", "tenantId", "source", "displayName", "state", "offer", "quotaId",
            "durationMs"};
    static final String[] RECONCILIATION_COLUMNS = {"group", "difference", "line", "customerSubscriptionId", "expectedTenantId", "label",
            "mappedSubscriptionId", "mappedTenantId", "displayName", "state", "offer", "note"};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TenantListing listing;
    private final Reconciliation reconciliation;
    private final Language lang;
    private final Messages m;

    /** @param reconciliation null when no expected customers were given */
    public TenantsReport(TenantListing listing, Reconciliation reconciliation, Language lang) {
        this.listing = listing;
        this.reconciliation = reconciliation;
        this.lang = lang;
        this.m = TicketText.messages(lang);
    }

    // ------------------------------------------------------------------ text and Markdown

    public String plain(boolean redact) {
        StringBuilder b = new StringBuilder();
        b.append(m.format("tenants.title", one(listing.registration().name()))).append('\n');
        b.append(m.format("tenants.where", one(listing.registration().subscriptionId()), one(listing.registration().resourceGroup()))).append("\n\n");
        for (String s : status()) b.append(s).append('\n');
        if (reconciliation == null) {
            if (!listing.found().isEmpty()) {
                b.append('\n').append(m.get("tenants.heading.mappings")).append('\n');
                for (CustomerSubscription c : listing.found()) b.append("  ").append(mappingLine(c)).append('\n');
            }
        }
        if (!listing.lookups().isEmpty()) {
            b.append('\n').append(m.get("tenants.heading.lookups")).append('\n');
            for (DirectLookup l : listing.lookups()) {
                b.append("  ").append(one(l.subscriptionId())).append(lang.colon()).append(lookup(l)).append(" (")
                        .append(m.format("tenants.duration", l.took().toMillis())).append(")\n");
            }
        }
        if (reconciliation != null) {
            b.append('\n').append(m.format("tenants.heading.reconciliation", lines())).append('\n');
            for (Group g : groups()) b.append("  ").append(groupName(g)).append(lang.colon()).append(reconciliation.count(g)).append('\n');
            if (!reconciliation.conclusive() && listing.listed()) b.append(m.get("tenants.notConclusive")).append('\n');
            if (reconciliation.inAgreement()) b.append(m.get("tenants.inAgreement")).append('\n');
            for (Group g : groups()) {
                if (g == Group.MAPPED_AND_EXPECTED || reconciliation.count(g) == 0) continue;
                b.append('\n').append(groupName(g)).append('\n');
                for (Row r : reconciliation.rows(g)) b.append("  ").append(rowLine(r)).append('\n');
            }
            sharedAndUnusable(b, false);
        }
        return redact ? Redactor.redact(b.toString()) : b.toString();
    }

    public String markdown(boolean redact) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Markdown.text(m.format("tenants.title", listing.registration().name()))).append("\n\n");
        b.append(Markdown.text(m.format("tenants.where", listing.registration().subscriptionId(), listing.registration().resourceGroup())))
                .append("\n\n");
        for (String s : status()) b.append(Markdown.paragraph(s)).append("\n\n");
        if (reconciliation == null && !listing.found().isEmpty()) {
            b.append("## ").append(Markdown.text(m.get("tenants.heading.mappings"))).append("\n\n");
            b.append(header("tenants.col.subscription", "tenants.col.tenant", "tenants.col.name", "tenants.col.state", "tenants.col.offer"));
            for (CustomerSubscription c : listing.found()) {
                CustomerDetails d = listing.detailsOf(c.subscriptionId());
                b.append("| ").append(Markdown.cellCode(c.subscriptionId())).append(" | ").append(tenantCell(c.tenantId())).append(" | ")
                        .append(Markdown.text(name(d))).append(" | ").append(Markdown.text(state(d))).append(" | ")
                        .append(Markdown.text(offer(d))).append(" |\n");
            }
            b.append('\n');
        }
        if (!listing.lookups().isEmpty()) {
            b.append("## ").append(Markdown.text(m.get("tenants.heading.lookups"))).append("\n\n");
            for (DirectLookup l : listing.lookups()) {
                b.append("- ").append(Markdown.code(l.subscriptionId())).append(Markdown.text(lang.colon() + lookup(l))).append('\n');
            }
            b.append('\n');
        }
        if (reconciliation != null) {
            b.append("## ").append(Markdown.text(m.format("tenants.heading.reconciliation", lines()))).append("\n\n");
            b.append(header("tenants.col.group", "tenants.col.count"));
            for (Group g : groups()) b.append("| ").append(Markdown.text(groupName(g))).append(" | ").append(reconciliation.count(g)).append(" |\n");
            b.append('\n');
            if (!reconciliation.conclusive() && listing.listed()) b.append(Markdown.paragraph(m.get("tenants.notConclusive"))).append("\n\n");
            if (reconciliation.inAgreement()) b.append(Markdown.paragraph(m.get("tenants.inAgreement"))).append("\n\n");
            for (Group g : groups()) {
                if (g == Group.MAPPED_AND_EXPECTED || reconciliation.count(g) == 0) continue;
                b.append("### ").append(Markdown.text(groupName(g))).append("\n\n");
                b.append(header("tenants.col.line", "tenants.col.subscription", "tenants.col.tenant", "tenants.col.label", "tenants.col.note"));
                for (Row r : reconciliation.rows(g)) {
                    b.append("| ").append(r.expected() == null ? "" : String.valueOf(r.expected().line())).append(" | ")
                            .append(Markdown.cellCode(r.subscriptionId())).append(" | ")
                            .append(tenantCell(r.expected() != null ? r.expectedTenantId() : r.mapping().tenantId())).append(" | ")
                            .append(Markdown.text(r.expected() == null ? "" : nz(r.expected().label()))).append(" | ")
                            .append(Markdown.text(r.group() == Group.MAPPED_NOT_EXPECTED
                                    ? about(listing.detailsOf(r.mapping().subscriptionId())) : note(r))).append(" |\n");
                }
                b.append('\n');
            }
            StringBuilder rest = new StringBuilder();
            sharedAndUnusable(rest, true);
            b.append(rest);
        }
        String out = b.toString().stripTrailing() + "\n";
        return redact ? Redactor.redact(out) : out;
    }

    // ------------------------------------------------------------------ JSON

    public String json(boolean redact) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode reg = root.putObject("registration");
        reg.put("subscriptionId", listing.registration().subscriptionId());
        reg.put("resourceGroup", listing.registration().resourceGroup());
        reg.put("name", listing.registration().name());
        reg.put("id", listing.registration().resourceId());
        root.put("listed", listing.listed());
        root.put("inconclusive", listing.inconclusive());
        root.put("cancelled", listing.cancelled());
        root.put("listDurationMs", listing.listTook().toMillis());
        if (listing.listFailure() == null) root.putNull("listFailure");
        else failure(root.putObject("listFailure"), listing.listFailure());
        ArrayNode mappings = root.putArray("mappings");
        int listed = listing.mappings().size();
        List<CustomerSubscription> found = listing.found();
        for (int i = 0; i < found.size(); i++) {
            CustomerSubscription c = found.get(i);
            ObjectNode n = mappings.addObject();
            n.put("customerSubscriptionId", c.subscriptionId());
            n.put("tenantId", c.tenantId());
            n.put("id", c.id());
            n.put("source", i < listed ? "list" : "lookup");
            details(n.putObject("details"), listing.detailsOf(c.subscriptionId()));
        }
        ArrayNode lookups = root.putArray("lookups");
        for (DirectLookup l : listing.lookups()) {
            ObjectNode n = lookups.addObject();
            n.put("customerSubscriptionId", l.subscriptionId());
            n.put("result", l.found() != null ? "mapped" : l.notMapped() ? "not-mapped" : "unknown");
            n.put("tenantId", l.found() == null ? null : l.found().tenantId());
            n.put("durationMs", l.took().toMillis());
            if (l.failure() == null) n.putNull("failure");
            else failure(n.putObject("failure"), l.failure());
        }
        if (reconciliation == null) {
            root.putNull("reconciliation");
        } else {
            ObjectNode r = root.putObject("reconciliation");
            r.put("conclusive", reconciliation.conclusive());
            r.put("inAgreement", reconciliation.inAgreement());
            ObjectNode counts = r.putObject("counts");
            for (Group g : Group.values()) counts.put(g.key(), reconciliation.count(g));
            ArrayNode rows = r.putArray("rows");
            for (Row row : reconciliation.rows()) {
                ObjectNode n = rows.addObject();
                n.put("group", row.group().key());
                n.put("difference", row.difference().key());
                if (row.expected() == null) n.putNull("line");
                else n.put("line", row.expected().line());
                n.put("customerSubscriptionId", row.subscriptionId());
                n.put("expectedTenantId", row.expectedTenantId());
                n.put("label", row.expected() == null ? null : row.expected().label());
                n.put("mappedSubscriptionId", row.mapping() == null ? null : row.mapping().subscriptionId());
                n.put("mappedTenantId", row.mapping() == null ? null : row.mapping().tenantId());
                n.put("tenantMappedElsewhere", row.tenantElsewhere() == null ? null : row.tenantElsewhere().subscriptionId());
                n.put("note", note(row));
            }
            ArrayNode shared = r.putArray("sharedTenants");
            for (Reconciliation.SharedTenant s : reconciliation.sharedTenants()) {
                ObjectNode n = shared.addObject();
                n.put("tenantId", s.tenantId());
                ArrayNode ls = n.putArray("lines");
                s.lines().forEach(l -> ls.add(l.line()));
                n.put("note", m.format("tenants.shared", s.tenantId(), lineList(s.lines())));
            }
            ArrayNode bad = r.putArray("notCompared");
            for (Reconciliation.Unusable u : reconciliation.unusable()) {
                ObjectNode n = bad.addObject();
                n.put("line", u.line().line());
                n.put("customerSubscriptionId", u.line().customerSubscriptionId());
                n.put("reason", u.reason().in(lang));
            }
        }
        try {
            String out = JSON.writeValueAsString(root) + "\n";
            return redact ? Redactor.redact(out) : out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void details(ObjectNode n, CustomerDetails d) {
        n.put("readable", d != null && d.readable());
        n.put("displayName", d == null || d.info() == null ? null : d.info().displayName());
        n.put("state", d == null || d.info() == null ? null : d.info().state());
        n.put("quotaId", d == null || d.info() == null ? null : d.info().quotaId());
        n.put("offer", d == null ? "not-read" : d.offer().key());
        n.put("shown", offer(d));
        if (d == null) n.putNull("durationMs");
        else n.put("durationMs", d.took().toMillis());
    }

    private static void failure(ObjectNode n, ArmFailure f) {
        n.put("kind", f.kind().name());
        n.put("code", f.code());
        n.put("status", f.status());
        n.put("message", f.getMessage());
        n.put("requestId", f.requestId().orElse(null));
        n.put("correlationId", f.correlationId().orElse(null));
    }

    // ------------------------------------------------------------------ CSV

    /** One table: the reconciliation's rows (lines not compared included), or the mappings when nothing was expected. */
    public String csv(CsvStyle style, boolean redact) {
        char sep = style.separator();
        StringBuilder b = new StringBuilder(style.byteOrderMark() ? "\uFEFF" : "");
        if (reconciliation == null) {
            b.append(String.join(String.valueOf(sep), LIST_COLUMNS)).append('\n');
            int listed = listing.mappings().size();
            List<CustomerSubscription> found = listing.found();
            for (int i = 0; i < found.size(); i++) {
                CustomerSubscription c = found.get(i);
                CustomerDetails d = listing.detailsOf(c.subscriptionId());
                row(b, sep, c.subscriptionId(), c.tenantId(), i < listed ? "list" : "lookup", name(d), state(d), offer(d),
                        d == null || d.info() == null ? null : d.info().quotaId(), d == null ? null : String.valueOf(d.took().toMillis()));
            }
        } else {
            b.append(String.join(String.valueOf(sep), RECONCILIATION_COLUMNS)).append('\n');
            for (Row r : reconciliation.rows()) {
                CustomerDetails d = r.mapping() == null ? null : listing.detailsOf(r.mapping().subscriptionId());
                row(b, sep, r.group().key(), r.difference().key(), r.expected() == null ? null : String.valueOf(r.expected().line()),
                        r.subscriptionId(), r.expectedTenantId(), r.expected() == null ? null : r.expected().label(),
                        r.mapping() == null ? null : r.mapping().subscriptionId(), r.mapping() == null ? null : r.mapping().tenantId(),
                        r.mapping() == null ? null : name(d), r.mapping() == null ? null : state(d), r.mapping() == null ? null : offer(d), note(r));
            }
            for (Reconciliation.Unusable u : reconciliation.unusable()) {
                row(b, sep, "not-compared", null, String.valueOf(u.line().line()), u.line().customerSubscriptionId(),
                        u.line().customerTenantId(), u.line().label(), null, null, null, null, null, u.reason().in(lang));
            }
        }
        return redact ? Redactor.redact(b.toString()) : b.toString();
    }

    private static void row(StringBuilder b, char sep, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) b.append(sep);
            b.append(BulkReport.csv(cells[i], sep));
        }
        b.append('\n');
    }

    // ------------------------------------------------------------------ shared pieces

    /** The lines about the list itself: what was listed, or why it says nothing. */
    private List<String> status() {
        List<String> out = new ArrayList<>();
        if (listing.cancelled()) out.add(m.get("tenants.cancelled"));
        if (listing.listFailure() != null) {
            ArmFailure f = listing.listFailure();
            out.add(m.format("tenants.listFailed", (f.code() != null ? f.code() + (f.status() > 0 ? " (HTTP " + f.status() + ")" : "") + lang.colon() : "")
                    + one(f.getMessage())));
        } else if (!listing.cancelled()) {
            out.add(m.format("tenants.listed", listing.mappings().size(), listing.listTook().toMillis()));
            if (listing.inconclusive()) {
                out.add(listing.lookups().isEmpty() ? m.get("tenants.empty") : m.format("tenants.emptyLookedUp", listing.lookups().size()));
            }
        }
        int missed = listing.foundOnlyByLookup().size();
        if (missed > 0) out.add(m.format("tenants.foundOnlyByLookup", missed));
        return out;
    }

    private void sharedAndUnusable(StringBuilder b, boolean markdown) {
        if (!reconciliation.sharedTenants().isEmpty()) {
            b.append(markdown ? "### " + Markdown.text(m.get("tenants.heading.shared")) + "\n\n" : "\n" + m.get("tenants.heading.shared") + "\n");
            for (Reconciliation.SharedTenant s : reconciliation.sharedTenants()) {
                String t = m.format("tenants.shared", s.tenantId(), lineList(s.lines()));
                b.append(markdown ? "- " + Markdown.text(t) + "\n" : "  " + t + "\n");
            }
            if (markdown) b.append('\n');
        }
        if (!reconciliation.unusable().isEmpty()) {
            b.append(markdown ? "### " + Markdown.text(m.get("tenants.heading.unusable")) + "\n\n" : "\n" + m.get("tenants.heading.unusable") + "\n");
            for (Reconciliation.Unusable u : reconciliation.unusable()) {
                String t = m.format("tenants.unusable", u.line().line(), u.reason().in(lang));
                b.append(markdown ? "- " + Markdown.text(t) + "\n" : "  " + one(t) + "\n");
            }
            if (markdown) b.append('\n');
        }
    }

    private String lineList(List<BulkRow> lines) {
        return String.join(", ", lines.stream().map(l -> String.valueOf(l.line())).toList());
    }

    /** The groups shown: the four, and "not verified" only when it holds rows. */
    private List<Group> groups() {
        List<Group> out = new ArrayList<>(List.of(Group.MAPPED_AND_EXPECTED, Group.EXPECTED_NOT_MAPPED, Group.MAPPED_NOT_EXPECTED,
                Group.MAPPED_DIFFERENTLY));
        if (reconciliation.count(Group.NOT_VERIFIED) > 0) out.add(Group.NOT_VERIFIED);
        return out;
    }

    private String groupName(Group g) { return m.get("tenants.group." + g.key()); }

    private int lines() { return reconciliation.rows().size() - reconciliation.count(Group.MAPPED_NOT_EXPECTED) + reconciliation.unusable().size(); }

    private String mappingLine(CustomerSubscription c) {
        CustomerDetails d = listing.detailsOf(c.subscriptionId());
        return one(c.subscriptionId()) + "  " + tenant(c.tenantId()) + "  " + about(d);
    }

    /** Name, state and offer; said once when the subscription could not be read. */
    private String about(CustomerDetails d) {
        if (d == null || !d.readable()) return one(offer(d));
        return one(name(d)) + " \u00b7 " + one(state(d)) + " \u00b7 " + one(offer(d));
    }

    private String rowLine(Row r) {
        StringBuilder b = new StringBuilder();
        if (r.expected() != null) b.append(m.format("tenants.line", r.expected().line())).append("  ");
        b.append(one(r.subscriptionId())).append("  ").append(tenant(r.expected() != null ? r.expectedTenantId() : r.mapping().tenantId()));
        if (r.expected() != null && r.expected().label() != null) b.append("  ").append(one(r.expected().label()));
        if (r.mapping() != null && r.group() == Group.MAPPED_NOT_EXPECTED) {
            CustomerDetails d = listing.detailsOf(r.mapping().subscriptionId());
            b.append("  ").append(about(d));
        }
        String note = note(r);
        if (!note.isEmpty()) b.append(" \u2014 ").append(one(note));
        return b.toString();
    }

    /**
     * What to know about a row besides its group: how it differs, what a PUT would replace, a shared tenant. The
     * window's table shows it too.
     */
    public String note(Row r) {
        List<String> parts = new ArrayList<>();
        CustomerSubscription mp = r.mapping();
        switch (r.difference()) {
            case OTHER_TENANT -> parts.add(m.format("tenants.diff.other-tenant", r.expectedTenantId(), mp.tenantId()));
            case NO_TENANT -> parts.add(m.format("tenants.diff.no-tenant", r.expectedTenantId()));
            case OTHER_CASE -> parts.add(m.format("tenants.diff.other-case", mp.subscriptionId()));
            case OTHER_CASE_AND_TENANT -> parts.add(m.format("tenants.diff.other-case-and-tenant", mp.subscriptionId(),
                    mp.tenantId() == null ? m.get("tenants.noTenant") : mp.tenantId(), r.expectedTenantId()));
            case NONE -> { }
        }
        if (r.tenantElsewhere() != null) parts.add(m.format("tenants.replaces", r.tenantElsewhere().subscriptionId()));
        if (r.group() == Group.NOT_VERIFIED) {
            DirectLookup l = listing.lookupOf(r.subscriptionId());
            if (l != null) parts.add(lookup(l));
        }
        if (r.expected() != null && reconciliation.sharedTenantOf(r.expected()) != null) {
            Reconciliation.SharedTenant s = reconciliation.sharedTenantOf(r.expected());
            parts.add(m.format("tenants.shared", s.tenantId(), lineList(s.lines())));
        }
        return String.join(lang.semicolon(), parts);
    }

    private String lookup(DirectLookup l) {
        if (l.found() != null) return m.format("tenants.lookup.found", l.found().tenantId() == null ? m.get("tenants.noTenant") : l.found().tenantId());
        String why = l.failure().code() != null ? l.failure().code() : l.failure().kind().name();
        return l.notMapped() ? m.format("tenants.lookup.notMapped", why) : m.format("tenants.lookup.unknown", why);
    }

    private String tenant(String id) { return id == null ? m.get("tenants.noTenant") : m.format("tenants.tenant", one(id)); }

    private String tenantCell(String id) { return id == null ? Markdown.text(m.get("tenants.noTenant")) : Markdown.cellCode(id); }

    private String name(CustomerDetails d) { return d == null ? notRead() : d.displayName().in(lang); }

    private String state(CustomerDetails d) { return d == null ? notRead() : d.state().in(lang); }

    private String offer(CustomerDetails d) { return d == null ? notRead() : d.offerText().in(lang); }

    /** A mapping whose subscription was not read (details not asked for, or cancelled): said, never blank. */
    private String notRead() { return Text.of("tenants.notRead", "—").in(lang); }

    private String header(String... keys) {
        StringBuilder b = new StringBuilder("|");
        for (String k : keys) b.append(' ').append(Markdown.text(m.get(k))).append(" |");
        b.append("\n|");
        b.append("---|".repeat(keys.length));
        return b.append('\n').toString();
    }

    private static String one(String s) { return Sanitize.inline(s); }

    private static String nz(String s) { return s == null ? "" : s; }
}
