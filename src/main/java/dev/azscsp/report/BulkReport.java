package dev.azscsp.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.i18n.Language;

/**
 * Writes bulk results as they come: CSV (one row per input line, with a header) or JSON Lines (one object per
 * line), flushed after every row so an interrupted run keeps every row already done. Rows come in the order they
 * finish; the {@code line} column gives the input line. CSV cells that a spreadsheet would take for a formula are
 * prefixed with a quote.
 */
public final class BulkReport implements AutoCloseable {
    public enum Format { CSV, JSON }

    static final String[] COLUMNS = {"line", "customerSubscriptionId", "customerTenantId", "label", "status", "primaryCode",
            "secondaryCodes", "evidence"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final Format format;
    private final Language lang;
    private final boolean redact;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byCode = new TreeMap<>();
    private int rows;

    public BulkReport(Writer out, Format format, Language lang, boolean redact) throws IOException {
        this.out = out;
        this.format = format;
        this.lang = lang;
        this.redact = redact;
        if (format == Format.CSV) {
            out.write(String.join(",", COLUMNS) + "\n");
            out.flush();
        }
    }

    public synchronized void write(BulkResult r) throws IOException {
        String[] v = {String.valueOf(r.row().line()), r.row().customerSubscriptionId(), r.row().customerTenantId(),
                r.row().label(), r.status(), r.primaryCode(), String.join(" ", r.secondaryCodes()), r.evidence().in(lang)};
        String line;
        if (format == Format.CSV) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                if (i > 0) b.append(',');
                b.append(csv(v[i]));
            }
            line = b.toString();
        } else {
            ObjectNode n = JSON.createObjectNode();
            n.put("line", r.row().line());
            for (int i = 1; i < COLUMNS.length; i++) n.put(COLUMNS[i], v[i]);
            line = JSON.writeValueAsString(n);
        }
        out.write((redact ? Redactor.redact(line) : line) + "\n");
        out.flush();
        rows++;
        byStatus.merge(r.status(), 1, Integer::sum);
        byCode.merge(r.primaryCode() == null ? "-" : r.primaryCode(), 1, Integer::sum);
    }

    public synchronized int rows() { return rows; }

    /** Counts per status and per primary code, for the end of a run. */
    public synchronized String summary() {
        StringBuilder b = new StringBuilder();
        b.append(TicketText.messages(lang).format("bulk.summary", rows)).append('\n');
        b.append(TicketText.messages(lang).get("bulk.byStatus")).append('\n');
        byStatus.forEach((k, n) -> b.append("  ").append(k).append(": ").append(n).append('\n'));
        b.append(TicketText.messages(lang).get("bulk.byCode")).append('\n');
        byCode.forEach((k, n) -> b.append("  ").append(k).append(": ").append(n).append('\n'));
        return b.toString();
    }

    static String csv(String v) {
        if (v == null) return "";
        String s = Sanitize.inline(v);
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9]+")) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf(';') >= 0) s = '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
