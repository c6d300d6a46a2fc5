package dev.azscsp.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.azscsp.diagnosis.bulk.BulkResult;
import dev.azscsp.i18n.Language;
import dev.azscsp.i18n.Messages;

/**
 * Writes bulk results as they come: CSV (one row per input line, with a header) or JSON Lines (one object per
 * line). Each row, line end included, is built first and handed over in one write (and flushed), so an interrupted
 * or killed run leaves every row already done, whole, and no part of another. Rows come in the order they finish;
 * the {@code line} column gives the input line, and {@code duplicateOf} the earlier line that names the same customer
 * subscription (empty, or null in JSON, for the first). CSV cells that a spreadsheet would take for a formula are prefixed
 * with a quote.
 */
public final class BulkReport implements AutoCloseable {
    public enum Format { CSV, JSON }

    static final String[] COLUMNS = {"line", "customerSubscriptionId", "customerTenantId", "label", "status", "primaryCode",
            "secondaryCodes", "evidence", "duplicateOf"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Takes one whole row at a time. */
    private interface Sink {
        void row(String line) throws IOException;
        void flush() throws IOException;
    }

    private final Sink out;
    private final Format format;
    private final Language lang;
    private final boolean redact;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byCode = new TreeMap<>();
    private int rows;
    private int duplicates;

    /** Rows as text: one write and a flush per row (standard output, the window's export). */
    public BulkReport(Writer out, Format format, Language lang, boolean redact) throws IOException {
        this(new Sink() {
            @Override public void row(String line) throws IOException {
                out.write(line);
                out.flush();
            }
            @Override public void flush() throws IOException { out.flush(); }
        }, format, lang, redact);
    }

    /**
     * Rows as UTF-8 to a file: each row is encoded whole, then written with a single call, so the file only ever
     * holds whole rows. Give it the file's own stream ({@link #create}), not a buffer smaller than a row.
     */
    public BulkReport(OutputStream out, Format format, Language lang, boolean redact) throws IOException {
        this(new Sink() {
            @Override public void row(String line) throws IOException {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            @Override public void flush() throws IOException { out.flush(); }
        }, format, lang, redact);
    }

    private BulkReport(Sink out, Format format, Language lang, boolean redact) throws IOException {
        this.out = out;
        this.format = format;
        this.lang = lang;
        this.redact = redact;
        if (format == Format.CSV) out.row(String.join(",", COLUMNS) + "\n");
    }

    /**
     * Creates (or empties) the file the rows go to: an unbuffered stream, so each row is one write to the file.
     *
     * @throws UnusableOutput with one sentence naming the path when it cannot be written (no such folder, a folder,
     *                        no permission)
     */
    public static OutputStream create(Path file, Language lang) throws UnusableOutput {
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            throw new UnusableOutput(whyNot(file, e, TicketText.messages(lang)));
        }
    }

    private static String whyNot(Path file, Exception e, Messages m) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) return m.format("bulk.output.isFolder", file);
        if (folder != null && Files.isRegularFile(folder)) return m.format("bulk.output.notFolder", file, folder);
        if (folder != null && !Files.exists(folder)) return m.format("bulk.output.noFolder", file, folder);
        if (e instanceof AccessDeniedException) return m.format("bulk.output.denied", file);
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        return m.format("bulk.output.failed", file, reason);
    }

    /** A path the rows cannot be written to; the message is one sentence for the user, naming the path. */
    public static final class UnusableOutput extends Exception {
        public UnusableOutput(String message) { super(message, null, false, false); }
    }

    public synchronized void write(BulkResult r) throws IOException {
        String[] v = {String.valueOf(r.row().line()), r.row().customerSubscriptionId(), r.row().customerTenantId(),
                r.row().label(), r.status().key(), r.primaryCode(), String.join(" ", r.secondaryCodes()), r.evidence().in(lang),
                r.duplicateOf() == 0 ? null : String.valueOf(r.duplicateOf())};
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
            for (int i = 1; i < COLUMNS.length - 1; i++) n.put(COLUMNS[i], v[i]);
            if (r.duplicateOf() == 0) n.putNull("duplicateOf");
            else n.put("duplicateOf", r.duplicateOf());
            line = JSON.writeValueAsString(n);
        }
        out.row((redact ? Redactor.redact(line) : line) + "\n");
        rows++;
        if (r.duplicateOf() != 0) duplicates++;
        byStatus.merge(r.status().key(), 1, Integer::sum);
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
        if (duplicates > 0) b.append(TicketText.messages(lang).format("bulk.duplicates", duplicates)).append('\n');
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
