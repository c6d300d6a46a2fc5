package dev.azscsp.report;

import java.util.List;
import java.util.Locale;

import dev.azscsp.catalog.ErrorCard;
import dev.azscsp.catalog.Origin;
import dev.azscsp.catalog.Shell;
import dev.azscsp.diagnosis.ServiceAnswer;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * A card as text to paste into a support ticket: plain text, or Markdown with the code in backticks, a table of
 * the user's values and each command in a fenced block. Values from the user are escaped, so whatever they contain
 * cannot break the layout; with {@code redact}, every GUID is shortened the same way throughout.
 */
public final class TicketText {
    static final String BUNDLE = "dev.azscsp.report.messages";

    private TicketText() {}

    public static String plain(ErrorCard card, List<InputRow> inputs, ServiceAnswer answer, boolean redact) {
        Messages m = Messages.of(BUNDLE, card.language());
        StringBuilder b = new StringBuilder();
        b.append(card.code()).append(" \u2014 ").append(Sanitize.inline(card.title())).append('\n');
        b.append(m.format("card.meta", severity(m, card), retry(m, card))).append("\n\n");
        section(b, m.get("heading.details"), card.details());
        if (!inputs.isEmpty()) {
            b.append(m.get("heading.inputs")).append('\n');
            for (InputRow r : inputs) b.append("  ").append(Sanitize.inline(r.label())).append(card.language().colon()).append(Sanitize.inline(r.value())).append('\n');
            b.append('\n');
        }
        if (answer != null) section(b, m.get("heading.answer"), answerText(m, answer));
        section(b, m.get("heading.cause"), card.cause());
        if (card.relation() != null && card.info().origin() != Origin.SERVICE) section(b, m.get("heading.relation"), card.relation());
        b.append(m.get("heading.actions")).append('\n');
        for (ErrorCard.Action a : card.actions()) {
            b.append("  ").append(a.number()).append(". ").append(indentAfterFirst(Sanitize.block(a.text()), "     ")).append('\n');
            for (ErrorCard.Command c : a.commands()) {
                b.append("     [").append(m.get("shell." + c.shell().key())).append("]\n");
                for (String line : Sanitize.block(c.text()).split("\n", -1)) b.append("       ").append(line).append('\n');
                if (c.note() != null) b.append("       (").append(indentAfterFirst(Sanitize.block(c.note()), "        ")).append(")\n");
            }
        }
        b.append('\n').append(m.get("label.documentation")).append(card.language().colon()).append(card.docUrl()).append('\n');
        return finish(b, redact);
    }

    public static String markdown(ErrorCard card, List<InputRow> inputs, ServiceAnswer answer, boolean redact) {
        Messages m = Messages.of(BUNDLE, card.language());
        StringBuilder b = new StringBuilder();
        b.append("## ").append(Markdown.code(card.code())).append(card.language().colon()).append(Markdown.text(card.title())).append("\n\n");
        b.append(m.format("card.metaMarkdown", severity(m, card), retry(m, card))).append("\n\n");
        b.append("### ").append(m.get("heading.details")).append("\n\n");
        b.append("> ").append(Markdown.paragraph(card.details()).replace("\n", "\n> ")).append("\n\n");
        if (!inputs.isEmpty()) {
            b.append("### ").append(m.get("heading.inputs")).append("\n\n");
            b.append("| ").append(m.get("label.field")).append(" | ").append(m.get("label.value")).append(" |\n|---|---|\n");
            for (InputRow r : inputs) {
                b.append("| ").append(Markdown.text(r.label())).append(" | ").append(Markdown.cellCode(r.value())).append(" |\n");
            }
            b.append('\n');
        }
        if (answer != null) {
            b.append("### ").append(m.get("heading.answer")).append("\n\n").append(Markdown.paragraph(answerText(m, answer))).append("\n\n");
        }
        b.append("### ").append(m.get("heading.cause")).append("\n\n").append(Markdown.paragraph(card.cause())).append("\n\n");
        if (card.relation() != null && card.info().origin() != Origin.SERVICE) {
            b.append("### ").append(m.get("heading.relation")).append("\n\n").append(Markdown.paragraph(card.relation())).append("\n\n");
        }
        b.append("### ").append(m.get("heading.actions")).append("\n\n");
        for (ErrorCard.Action a : card.actions()) {
            b.append(a.number()).append(". ").append(Markdown.paragraph(a.text()).replace("\n", "\n   ")).append('\n');
            for (ErrorCard.Command c : a.commands()) {
                b.append('\n').append(indent(Markdown.fence(fenceInfo(c.shell()), c.text()), "   ")).append('\n');
                if (c.note() != null) b.append('\n').append("   > ").append(Markdown.paragraph(c.note()).replace("\n", "\n   > ")).append('\n');
            }
            b.append('\n');
        }
        b.append(m.get("label.documentation")).append(card.language().colon()).append('<').append(card.docUrl()).append(">\n");
        return finish(b, redact);
    }

    static String answerText(Messages m, ServiceAnswer a) {
        StringBuilder b = new StringBuilder();
        if (a.status() > 0 || a.code() != null) {
            b.append(m.format("answer.status", a.status() > 0 ? String.valueOf(a.status()) : "\u2014", a.code() == null ? "\u2014" : a.code()));
        }
        if (a.message() != null && !a.message().isBlank()) b.append('\n').append(m.format("answer.message", a.message()));
        if (a.requestId() != null) b.append('\n').append(m.format("answer.requestId", a.requestId()));
        if (a.correlationId() != null) b.append('\n').append(m.format("answer.correlationId", a.correlationId()));
        return b.toString().strip();
    }

    static String severity(Messages m, ErrorCard card) {
        return m.get("severity." + card.info().severity().name());
    }

    static String retry(Messages m, ErrorCard card) {
        return m.get(card.info().retryable() ? "retry.yes" : "retry.no");
    }

    static String fenceInfo(Shell shell) {
        return switch (shell) {
            case POWERSHELL, PEP -> "powershell";
            case AZURE_CLI -> "shell";
            case TEXT -> "text";
        };
    }

    private static void section(StringBuilder b, String heading, String body) {
        b.append(heading).append('\n');
        for (String line : Sanitize.block(body).split("\n", -1)) b.append("  ").append(line).append('\n');
        b.append('\n');
    }

    static String indent(String s, String pad) {
        return pad + s.replace("\n", "\n" + pad);
    }

    private static String indentAfterFirst(String s, String pad) {
        return s.replace("\n", "\n" + pad);
    }

    static String finish(StringBuilder b, boolean redact) {
        return finish(b, redact, java.util.Set.of());
    }

    /** @param keep ids left whole when redacting (request and correlation ids, which support needs) */
    static String finish(StringBuilder b, boolean redact, java.util.Set<String> keep) {
        String s = b.toString().stripTrailing() + "\n";
        return redact ? Redactor.redact(s, keep) : s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** For tests and callers that need the language of a rendering. */
    static Messages messages(Language l) {
        return Messages.of(BUNDLE, l);
    }
}
