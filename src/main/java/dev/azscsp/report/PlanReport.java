package dev.azscsp.report;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.tenants.PlanApplier.Outcome;
import dev.azscsp.diagnosis.tenants.PlanApplier.Result;
import dev.azscsp.diagnosis.tenants.PlanApplier.RowResult;
import dev.azscsp.diagnosis.tenants.PlannedWrite;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Action;
import dev.azscsp.diagnosis.tenants.PlannedWrite.Replaced;
import dev.azscsp.diagnosis.tenants.TenantPlan;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * A plan of writes shown in full before anything is sent (each resource, each tenant, what it replaces, what a
 * removal means for billing), and the outcome of applying it, row by row: plain text, Markdown for a ticket, JSON, and
 * CSV with the app's safe-for-Excel cells. Ids only: no token or secret is ever part of either.
 */
public final class PlanReport implements ReportFormats {
    static final String[] COLUMNS = {"action", "method", "customerSubscriptionId", "customerTenantId", "resourceId", "replaces",
            "line", "label", "outcome", "code", "note", "requestId", "durationMs"};
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TenantPlan plan;
    private final Result result;
    private final Language lang;
    private final Messages m;

    /** @param result null for the plan alone (a dry run) */
    public PlanReport(TenantPlan plan, Result result, Language lang) {
        this.plan = plan;
        this.result = result;
        this.lang = lang;
        this.m = TicketText.messages(lang);
    }

    /** The one question asked on a terminal before writing: {@link #confirmationText} and "Apply? [y/N]". */
    public static String confirmation(TenantPlan plan, Language lang) {
        return confirmationText(plan, lang) + " " + TicketText.messages(lang).get("plan.confirm.ask");
    }

    /** What is confirmed: the registration and the counts, and what a removal means (a window adds its own buttons). */
    public static String confirmationText(TenantPlan plan, Language lang) {
        Messages m = TicketText.messages(lang);
        RegistrationRef ref = plan.registration();
        String q = m.format("plan.confirm", plan.adds(), plan.removes(), one(ref.name()));
        if (plan.removes() > 0) q += " " + m.format("plan.confirm.removal", one(ref.subscriptionId()));
        return q;
    }

    // ------------------------------------------------------------------ text and Markdown

    public String plain(boolean redact) {
        StringBuilder b = new StringBuilder();
        RegistrationRef ref = plan.registration();
        b.append(m.format(result == null ? "plan.title" : "plan.applied.title", one(ref.name()))).append('\n');
        b.append(m.format("tenants.where", one(ref.subscriptionId()), one(ref.resourceGroup()))).append('\n');
        b.append(summary()).append("\n\n");
        List<PlannedWrite> writes = plan.writes();
        for (int i = 0; i < writes.size(); i++) {
            PlannedWrite w = writes.get(i);
            RowResult r = result == null ? null : result.rows().get(i);
            b.append(r == null ? "" : "[" + outcome(r) + "] ").append(w.action().httpMethod()).append(' ').append(one(w.resourceId(ref))).append('\n');
            for (String d : details(w, r)) b.append("    ").append(d).append('\n');
        }
        if (result == null && !plan.leftOut().isEmpty()) {
            b.append('\n').append(m.format("plan.heading.leftOut", plan.leftOut().size())).append('\n');
            for (TenantPlan.LeftOut l : plan.leftOut()) {
                b.append("  ").append(one(l.subscriptionId())).append(l.line() > 0 ? " (" + m.format("tenants.line", l.line()) + ")" : "")
                        .append(lang.colon()).append(one(l.reason().in(lang))).append('\n');
            }
        }
        if (result == null) b.append('\n').append(m.format("plan.digest", plan.digest())).append('\n');
        return redact ? Redactor.redact(b.toString()) : b.toString();
    }

    public String markdown(boolean redact) {
        StringBuilder b = new StringBuilder();
        RegistrationRef ref = plan.registration();
        b.append("## ").append(Markdown.text(m.format(result == null ? "plan.title" : "plan.applied.title", one(ref.name())))).append("\n\n");
        b.append(Markdown.paragraph(m.format("tenants.where", one(ref.subscriptionId()), one(ref.resourceGroup())))).append("\n\n");
        b.append(Markdown.paragraph(summary())).append("\n\n");
        b.append("| # | ").append(m.get("plan.col.write")).append(" | ").append(m.get("tenants.col.subscription")).append(" | ")
                .append(m.get("tenants.col.tenant")).append(" | ").append(m.get("tenants.col.note"))
                .append(result == null ? "" : " | " + m.get("plan.col.outcome")).append(" |\n");
        b.append(result == null ? "|---|---|---|---|---|\n" : "|---|---|---|---|---|---|\n");
        List<PlannedWrite> writes = plan.writes();
        for (int i = 0; i < writes.size(); i++) {
            PlannedWrite w = writes.get(i);
            RowResult r = result == null ? null : result.rows().get(i);
            b.append("| ").append(i + 1).append(" | ").append(w.action().httpMethod()).append(" | ").append(Markdown.cellCode(w.subscriptionId()))
                    .append(" | ").append(w.tenantId() == null ? Markdown.text(m.get("tenants.noTenant")) : Markdown.cellCode(w.tenantId()))
                    .append(" | ").append(Markdown.text(String.join(" ", details(w, null))));
            if (r != null) b.append(" | ").append(Markdown.text(outcome(r) + (r.note() == null ? "" : lang.colon() + one(r.note().in(lang)))));
            b.append(" |\n");
        }
        if (result == null && !plan.leftOut().isEmpty()) {
            b.append("\n### ").append(Markdown.text(m.format("plan.heading.leftOut", plan.leftOut().size()))).append("\n\n");
            for (TenantPlan.LeftOut l : plan.leftOut()) {
                b.append("- ").append(Markdown.cellCode(l.subscriptionId())).append(lang.colon()).append(Markdown.text(one(l.reason().in(lang)))).append('\n');
            }
        }
        if (result == null) b.append('\n').append(Markdown.paragraph(m.format("plan.digest", plan.digest()))).append('\n');
        return redact ? Redactor.redact(b.toString()) : b.toString();
    }

    // ------------------------------------------------------------------ JSON and CSV

    public String json(boolean redact) {
        ObjectNode root = JSON.createObjectNode();
        RegistrationRef ref = plan.registration();
        root.put("registration", ref.resourceId());
        root.put("adds", plan.adds());
        root.put("removes", plan.removes());
        root.put("digest", plan.digest());
        if (result != null) {
            ObjectNode counts = root.putObject("outcomes");
            for (Outcome o : Outcome.values()) counts.put(o.key(), result.count(o));
            root.put("complete", result.complete());
            root.put("cancelled", result.cancelled());
            if (result.stoppedBy() != null) root.put("stoppedBy", result.stoppedBy().code());
            if (result.listFailure() != null) root.put("listFailure", one(result.listFailure().getMessage()));
        }
        ArrayNode rows = root.putArray("writes");
        for (int i = 0; i < plan.writes().size(); i++) {
            PlannedWrite w = plan.writes().get(i);
            RowResult r = result == null ? null : result.rows().get(i);
            ObjectNode n = rows.addObject();
            n.put("action", w.action().key());
            n.put("method", w.action().httpMethod());
            n.put("resourceId", w.resourceId(ref));
            n.put("customerSubscriptionId", w.subscriptionId());
            n.put("customerTenantId", w.tenantId());
            ArrayNode replaces = n.putArray("replaces");
            for (Replaced x : w.replaces()) replaces.addObject().put("customerSubscriptionId", x.subscriptionId()).put("customerTenantId", x.tenantId());
            if (w.line() > 0) n.put("line", w.line());
            if (w.label() != null) n.put("label", one(w.label()));
            if (r != null) {
                n.put("outcome", r.outcome().key());
                n.put("code", r.code());
                n.put("note", r.note() == null ? null : one(r.note().in(lang)));
                n.put("requestId", r.requestId());
                n.put("durationMs", r.took().toMillis());
            }
        }
        if (result == null) {
            ArrayNode left = root.putArray("leftOut");
            for (TenantPlan.LeftOut l : plan.leftOut()) {
                ObjectNode n = left.addObject().put("customerSubscriptionId", l.subscriptionId()).put("reason", one(l.reason().in(lang)));
                if (l.line() > 0) n.put("line", l.line());
            }
        }
        String s;
        try {
            s = JSON.writeValueAsString(root) + "\n";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return redact ? Redactor.redact(s) : s;
    }

    public String csv(CsvStyle style, boolean redact) {
        char sep = style.separator();
        StringBuilder b = new StringBuilder(style.byteOrderMark() ? "\uFEFF" : "");
        b.append(String.join(String.valueOf(sep), COLUMNS)).append('\n');
        RegistrationRef ref = plan.registration();
        for (int i = 0; i < plan.writes().size(); i++) {
            PlannedWrite w = plan.writes().get(i);
            RowResult r = result == null ? null : result.rows().get(i);
            String replaces = String.join(" ", w.replaces().stream().map(x -> x.subscriptionId() + "=" + (x.tenantId() == null ? "-" : x.tenantId())).toList());
            String[] cells = {w.action().key(), w.action().httpMethod(), w.subscriptionId(), w.tenantId(), w.resourceId(ref), replaces,
                    w.line() > 0 ? String.valueOf(w.line()) : null, w.label(), r == null ? "planned" : r.outcome().key(),
                    r == null ? null : r.code(), r == null || r.note() == null ? null : r.note().in(lang),
                    r == null ? null : r.requestId(), r == null ? null : String.valueOf(r.took().toMillis())};
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) b.append(sep);
                b.append(BulkReport.csv(cells[c] == null ? null : one(cells[c]), sep));
            }
            b.append('\n');
        }
        return redact ? Redactor.redact(b.toString()) : b.toString();
    }

    // ------------------------------------------------------------------ shared pieces

    /** The counts (of the plan, or of the outcomes and why the run stopped), as the exports say them. */
    public String summaryText() { return summary(); }

    /** What the write at {@code index} replaces, or for a removal where the customer's usage goes; empty for a plain add. */
    public String effectText(int index) {
        List<String> d = details(plan.writes().get(index), null);
        return String.join(" ", d.subList(1, d.size()));   // the first is the tenant and line, which a window shows in columns
    }

    /** A row's outcome in a word or two ("done", "not sent"…). */
    public String outcomeText(RowResult r) { return outcome(r); }

    private String summary() {
        if (result == null) return m.format("plan.summary", plan.adds(), plan.removes());
        StringBuilder s = new StringBuilder(m.format("plan.applied.summary", result.count(Outcome.DONE), result.count(Outcome.ALREADY_DONE),
                result.count(Outcome.REFUSED), result.count(Outcome.NO_LONGER_APPLIES), result.count(Outcome.NOT_SENT)));
        if (result.listFailure() != null) {
            s.append(' ').append(m.format("plan.applied.notListed", one(result.listFailure().code() == null ? result.listFailure().getMessage()
                    : result.listFailure().code() + lang.colon() + result.listFailure().getMessage())));
        }
        if (result.stoppedBy() != null) s.append(' ').append(m.format("plan.applied.stopped", result.stoppedBy().code()));
        if (result.cancelled()) s.append(' ').append(m.get("plan.applied.cancelled"));
        return s.toString();
    }

    /** What a write does, in words: its tenant and line, what it replaces, what a removal means. */
    private List<String> details(PlannedWrite w, RowResult r) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        String who = w.tenantId() == null ? m.get("tenants.noTenant") : m.format("tenants.tenant", one(w.tenantId()));
        if (w.line() > 0) who += ", " + m.format("tenants.line", w.line());
        if (w.label() != null && !w.label().isBlank()) who += " \u2014 " + one(w.label());
        out.add(who + ".");
        if (w.action() == Action.ADD) {
            for (Replaced x : w.replaces()) {
                out.add(x.subscriptionId().equals(w.subscriptionId())
                        ? (x.tenantId() == null ? m.format("plan.replaces.selfNoTenant") : m.format("plan.replaces.self", one(x.tenantId())))
                        : m.format("plan.replaces.other", one(x.subscriptionId()), x.tenantId() == null ? m.get("tenants.noTenant") : one(x.tenantId())));
            }
        } else {
            out.add(m.format("plan.removal", one(plan.registration().subscriptionId())));
        }
        if (r != null) {
            String o = (r.code() == null ? "" : r.code() + lang.colon()) + (r.note() == null ? "" : one(r.note().in(lang)));
            if (!o.isEmpty()) out.add(o);
            if (r.requestId() != null) out.add("x-ms-request-id " + one(r.requestId()));
        }
        return out;
    }

    private String outcome(RowResult r) { return m.get("plan.outcome." + r.outcome().key()); }

    private static String one(String s) { return Sanitize.inline(s); }
}
