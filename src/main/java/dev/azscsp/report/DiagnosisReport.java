package dev.azscsp.report;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.ErrorCatalog;
import dev.azscsp.catalog.Placeholder;
import dev.azscsp.catalog.Values;
import dev.azscsp.diagnosis.CheckResult;
import dev.azscsp.diagnosis.CheckStatus;
import dev.azscsp.diagnosis.Correction;
import dev.azscsp.diagnosis.Listing;
import dev.azscsp.diagnosis.input.Field;
import dev.azscsp.diagnosis.Diagnosis;
import dev.azscsp.diagnosis.Outcome;
import dev.azscsp.diagnosis.PasteVerdict;
import dev.azscsp.diagnosis.RegistrationTarget;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/** A whole diagnosis as a ticket (plain or Markdown: the primary card, then the checks) or as JSON. */
public final class DiagnosisReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ErrorCatalog catalog;

    public DiagnosisReport(ErrorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The values a card fills in, from the target. */
    public static Values values(RegistrationTarget t, String apiVersion) {
        return Values.empty()
                .with(Placeholder.SUBSCRIPTION_ID, t.subscriptionId())
                .with(Placeholder.RESOURCE_GROUP, t.resourceGroup())
                .with(Placeholder.REGISTRATION_NAME, t.registrationName())
                .with(Placeholder.CUSTOMER_SUBSCRIPTION_ID, t.customerSubscriptionId())
                .with(Placeholder.CUSTOMER_TENANT_ID, t.customerTenantId())
                .with(Placeholder.CLOUD_ID, t.stampCloudId())
                .with(Placeholder.API_VERSION, apiVersion);
    }

    /** The primary card with the user's values, and what stood behind it as detail; null when there is none. */
    public ErrorCard primaryCard(Diagnosis d, Language lang, String apiVersion) {
        if (d.primaryCode() == null) return null;
        Values v = values(d.target(), apiVersion);
        CheckResult behind = d.checks().stream().filter(c -> d.primaryCode().equals(c.code())
                && (c.status() == CheckStatus.FAIL || c.incomplete())).findFirst().orElse(null);
        if (behind != null) v = v.with(Placeholder.DETAIL, behind.evidence().in(lang));
        return catalog.card(d.primaryCode(), lang, v);
    }

    public String plain(Diagnosis d, Language lang, RunContext ctx, boolean redact) {
        return plain(d, lang, ctx, redact, null);
    }

    /** @param pastedCode the code of the error pasted before the run, or null: the ticket says whether the checks bear it out */
    public String plain(Diagnosis d, Language lang, RunContext ctx, boolean redact, String pastedCode) {
        Messages m = TicketText.messages(lang);
        StringBuilder b = new StringBuilder();
        b.append(headline(d, m)).append('\n').append(contextLine(ctx, m)).append("\n\n");
        PasteVerdict.of(pastedCode, d).ifPresent(v -> b.append(verdict(v, m, Sanitize::inline)).append("\n\n"));
        appendFoundPlain(b, d, lang, m);
        ErrorCard card = primaryCard(d, lang, ctx.apiVersion());
        if (card != null) b.append(TicketText.plain(card, InputRow.of(d.target(), lang), d.primaryAnswer(), false)).append('\n');
        else appendInputsPlain(b, d, lang, m);
        if (!d.secondaryCodes().isEmpty()) b.append(m.get("heading.secondary")).append(lang.colon()).append(String.join(", ", d.secondaryCodes())).append("\n\n");
        b.append(m.get("heading.checks")).append('\n');
        for (CheckResult c : d.checks()) {
            b.append("  [").append(statusWord(c.status(), lang)).append("] ").append(c.id().title().in(lang))
                    .append(c.code() != null && c.status() != CheckStatus.PASS ? " (" + c.code() + ")" : "")
                    .append(" \u2014 ").append(m.format("label.duration", c.duration().toMillis())).append('\n');
            b.append("      ").append(Sanitize.inline(c.evidence().in(lang))).append('\n');
        }
        for (Listing l : d.listings()) {
            b.append('\n').append(m.get("heading.listed")).append(lang.colon()).append(Sanitize.inline(l.what().in(lang))).append('\n');
            for (dev.azscsp.diagnosis.Text item : l.items()) b.append("  - ").append(Sanitize.inline(item.in(lang))).append('\n');
            if (l.notShown() > 0) b.append("  ").append(m.format("listing.more", l.notShown())).append('\n');
        }
        return TicketText.finish(b, redact, kept(d));
    }

    public String markdown(Diagnosis d, Language lang, RunContext ctx, boolean redact) {
        return markdown(d, lang, ctx, redact, null);
    }

    /** @param pastedCode the code of the error pasted before the run, or null */
    public String markdown(Diagnosis d, Language lang, RunContext ctx, boolean redact, String pastedCode) {
        Messages m = TicketText.messages(lang);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(Markdown.text(headline(d, m))).append("\n\n");
        b.append('*').append(Markdown.text(contextLine(ctx, m))).append("*\n\n");
        PasteVerdict.of(pastedCode, d).ifPresent(v -> b.append(verdict(v, m, Markdown::code)).append("\n\n"));
        if (!d.corrections().isEmpty()) {
            b.append("## ").append(m.get("heading.found")).append("\n\n");
            for (Correction c : d.corrections()) {
                b.append("**").append(Markdown.text(c.answer().in(lang))).append("**\n\n");
                b.append("| ").append(m.get("label.field")).append(" | ").append(m.get("label.value")).append(" |\n|---|---|\n");
                c.values().forEach((f, v) -> b.append("| ").append(Markdown.text(fieldLabel(f, lang))).append(" | ")
                        .append(Markdown.cellCode(v)).append(" |\n"));
                b.append('\n');
            }
        }
        ErrorCard card = primaryCard(d, lang, ctx.apiVersion());
        if (card != null) b.append(TicketText.markdown(card, InputRow.of(d.target(), lang), d.primaryAnswer(), false)).append('\n');
        if (!d.secondaryCodes().isEmpty()) {
            b.append("**").append(m.get("heading.secondary")).append(lang.colon().stripTrailing()).append("** ")
                    .append(String.join(", ", d.secondaryCodes().stream().map(Markdown::code).toList())).append("\n\n");
        }
        b.append("## ").append(m.get("heading.checks")).append("\n\n");
        b.append("| ").append(m.get("label.check")).append(" | ").append(m.get("label.status")).append(" | ")
                .append(m.get("label.evidence")).append(" | ").append(m.get("label.time")).append(" |\n|---|---|---|---|\n");
        for (CheckResult c : d.checks()) {
            b.append("| ").append(Markdown.text(c.id().title().in(lang))).append(" | ").append(statusWord(c.status(), lang))
                    .append(c.code() != null && c.status() != CheckStatus.PASS ? " " + Markdown.code(c.code()) : "")
                    .append(" | ").append(Markdown.text(c.evidence().in(lang))).append(" | ")
                    .append(c.duration().toMillis()).append(" ms |\n");
        }
        for (Listing l : d.listings()) {
            b.append("\n## ").append(m.get("heading.listed")).append(lang.colon()).append(Markdown.text(l.what().in(lang))).append("\n\n");
            for (dev.azscsp.diagnosis.Text item : l.items()) b.append("- ").append(Markdown.text(item.in(lang))).append('\n');
            if (l.notShown() > 0) b.append("- ").append(Markdown.text(m.format("listing.more", l.notShown()))).append('\n');
        }
        return TicketText.finish(b, redact, kept(d));
    }

    /**
     * "Pasted error X: confirmed by the live checks." and its siblings.
     *
     * @param code how a code is written: escaped for plain text, as code in Markdown
     */
    static String verdict(PasteVerdict v, Messages m, java.util.function.UnaryOperator<String> code) {
        return switch (v.kind()) {
            case CONFIRMED -> m.format("paste.confirmed", code.apply(v.pastedCode()));
            case CONTRADICTED -> v.foundCode() == null ? m.format("paste.notNow", code.apply(v.pastedCode()))
                    : m.format("paste.contradicted", code.apply(v.pastedCode()), code.apply(v.foundCode()));
            case NOT_CHECKED -> m.format("paste.notChecked", code.apply(v.pastedCode()));
        };
    }

    private static Messages m(Language lang) {
        return TicketText.messages(lang);
    }

    /** "Checked on … UTC with AzS CSP Troubleshooter 1.0.0; cloud …, Azure Resource Manager …, api-version …". */
    static String contextLine(RunContext ctx, Messages m) {
        return m.format("context.line", ctx.utc(), ctx.appVersion(), ctx.cloud(),
                ctx.armEndpoint() == null ? m.get("context.simulated") : Sanitize.inline(ctx.armEndpoint()), ctx.apiVersion());
    }

    /** Ids that support needs whole, even in a redacted copy: the request and correlation ids of the answers. */
    static java.util.Set<String> kept(Diagnosis d) {
        // The primary answer is one of the checks' answers, so the checks cover it.
        java.util.Set<String> keep = new java.util.HashSet<>();
        for (CheckResult c : d.checks()) {
            if (c.failure() == null) continue;
            if (c.failure().requestId() != null) keep.add(c.failure().requestId());
            if (c.failure().correlationId() != null) keep.add(c.failure().correlationId());
        }
        return keep;
    }

    /** The JSON of {@code diagnose --format json}: outcome, primaryCode, checks, card, target. */
    public String json(Diagnosis d, Language lang, RunContext ctx, boolean redact) {
        return json(d, lang, ctx, redact, null);
    }

    /** @param pastedCode the code of the error pasted before the run, or null: then the JSON has no "pasted" object */
    public String json(Diagnosis d, Language lang, RunContext ctx, boolean redact, String pastedCode) {
        String apiVersion = ctx.apiVersion();
        ObjectNode root = JSON.createObjectNode();
        root.put("outcome", d.outcome().key());
        root.put("primaryCode", d.primaryCode());
        ArrayNode secondary = root.putArray("secondaryCodes");
        d.secondaryCodes().forEach(secondary::add);
        ArrayNode checks = root.putArray("checks");
        for (CheckResult c : d.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id().key());
            n.put("status", c.status().name().toLowerCase(java.util.Locale.ROOT));
            n.put("code", c.code());
            n.put("evidence", c.evidence().in(lang));
            n.put("durationMs", c.duration().toMillis());
            n.put("incomplete", c.incomplete());
        }
        ArrayNode found = root.putArray("corrections");
        for (Correction c : d.corrections()) {
            ObjectNode n = found.addObject();
            n.put("check", c.from().key());
            n.put("answer", c.answer().in(lang));
            ObjectNode values = n.putObject("values");
            c.values().forEach((f, v) -> values.put(jsonName(f), v));
        }
        ArrayNode listed = root.putArray("listings");
        for (CheckResult c : d.checks()) {
            Listing l = c.listing();
            if (l == null) continue;
            ObjectNode n = listed.addObject();
            n.put("check", c.id().key());
            n.put("what", l.what().in(lang));
            n.put("total", l.total());
            ArrayNode items = n.putArray("items");
            l.items().forEach(t -> items.add(t.in(lang)));
        }
        PasteVerdict.of(pastedCode, d).ifPresent(v -> {
            ObjectNode p = root.putObject("pasted");
            p.put("code", v.pastedCode());
            p.put("verdict", v.kind().key());
            p.put("found", v.foundCode());
            p.put("sentence", verdict(v, m(lang), s -> s));
        });
        ErrorCard card = primaryCard(d, lang, apiVersion);
        if (card == null) root.putNull("card");
        else root.set("card", CardJson.of(card, JSON));
        if (d.primaryAnswer() != null) {
            ObjectNode a = root.putObject("serviceAnswer");
            a.put("code", d.primaryAnswer().code());
            a.put("message", d.primaryAnswer().message());
            a.put("status", d.primaryAnswer().status());
            a.put("requestId", d.primaryAnswer().requestId());
            a.put("correlationId", d.primaryAnswer().correlationId());
        }
        RegistrationTarget t = d.target();
        ObjectNode target = root.putObject("target");
        target.put("subscriptionId", t.subscriptionId());
        target.put("resourceGroup", t.resourceGroup());
        target.put("registrationName", t.registrationName());
        target.put("customerSubscriptionId", t.customerSubscriptionId());
        target.put("customerTenantId", t.customerTenantId());
        target.put("stampCloudId", t.stampCloudId());
        target.put("intent", t.intent().name().toLowerCase(java.util.Locale.ROOT));
        root.put("elapsedMs", d.elapsed().toMillis());
        root.put("cancelled", d.cancelled());
        root.put("language", lang.tag());
        ObjectNode context = root.putObject("context");
        context.put("checkedAt", ctx.at().toString());
        context.put("appVersion", ctx.appVersion());
        context.put("cloud", ctx.cloud());
        context.put("armEndpoint", ctx.armEndpoint());
        context.put("apiVersion", ctx.apiVersion());
        try {
            String s = JSON.writeValueAsString(root) + "\n";
            return redact ? Redactor.redact(s, kept(d)) : s;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the checks found, first: each fix in one sentence, then the values to use. */
    private static void appendFoundPlain(StringBuilder b, Diagnosis d, Language lang, Messages m) {
        if (d.corrections().isEmpty()) return;
        b.append(m.get("heading.found")).append('\n');
        for (Correction c : d.corrections()) {
            b.append("  ").append(Sanitize.inline(c.answer().in(lang))).append('\n');
            c.values().forEach((f, v) -> b.append("    ").append(fieldLabel(f, lang)).append(lang.colon()).append(Sanitize.inline(v)).append('\n'));
        }
        b.append('\n');
    }

    /** A field's name as the wizard labels it. */
    public static String fieldLabel(Field f, Language lang) {
        return dev.azscsp.diagnosis.Text.of("field." + f.name()).in(lang);
    }

    /** A field's name in the JSON, as in its "target" object. */
    public static String jsonName(Field f) {
        return switch (f) {
            case SUBSCRIPTION_ID -> "subscriptionId";
            case RESOURCE_GROUP -> "resourceGroup";
            case REGISTRATION_NAME -> "registrationName";
            case STAMP_CLOUD_ID -> "stampCloudId";
            case CUSTOMER_SUBSCRIPTION_ID -> "customerSubscriptionId";
            case CUSTOMER_TENANT_ID -> "customerTenantId";
        };
    }

    private static void appendInputsPlain(StringBuilder b, Diagnosis d, Language lang, Messages m) {
        List<InputRow> rows = InputRow.of(d.target(), lang);
        if (rows.isEmpty()) return;
        b.append(m.get("heading.inputs")).append('\n');
        for (InputRow r : rows) b.append("  ").append(Sanitize.inline(r.label())).append(lang.colon()).append(Sanitize.inline(r.value())).append('\n');
        b.append('\n');
    }

    static String headline(Diagnosis d, Messages m) {
        if (d.writeNotConfirmed()) return m.get("outcome.notConfirmed");
        if (d.outcome() == Outcome.OK) {
            return d.unverified().isEmpty() ? m.get("outcome.ok") : m.format("outcome.okUnverified", d.unverified().size());
        }
        if (d.outcome() == Outcome.PROBLEM) return m.format("outcome.problem", d.primaryCode());
        return d.cancelled() ? m.get("outcome.cancelled") : m.format("outcome.incomplete", d.primaryCode() == null ? "\u2014" : d.primaryCode());
    }

    public static String statusWord(CheckStatus s, Language lang) {
        return dev.azscsp.diagnosis.Text.of("status." + s.name()).in(lang);
    }
}
