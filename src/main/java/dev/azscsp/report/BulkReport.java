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
 * subscription (empty, or null in JSON, for the first). CSV cells that a spreadsheet would take for a formula are
 * neutralized ({@link #csv}); {@link CsvStyle} says which separator and whether the file starts with UTF-8's mark (for Excel).
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
    private final char separator;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byCode = new TreeMap<>();
    private int rows;
    private int duplicates;

    /** Rows as text: one write and a flush per row (standard output, the window's export). */
    public BulkReport(Writer out, Format format, Language lang, boolean redact) throws IOException {
        this(out, format, lang, redact, CsvStyle.PLAIN);
    }

    /** As {@link #BulkReport(Writer, Format, Language, boolean)}; a mark is written as its character, U+FEFF. */
    public BulkReport(Writer out, Format format, Language lang, boolean redact, CsvStyle style) throws IOException {
        this(new Sink() {
            @Override public void row(String line) throws IOException {
                out.write(line);
                out.flush();
            }
            @Override public void flush() throws IOException { out.flush(); }
        }, format, lang, redact, style);
    }

    /**
     * Rows as UTF-8 to a file: each row is encoded whole, then written with a single call, so the file only ever
     * holds whole rows. Give it the file's own stream ({@link #create}), not a buffer smaller than a row.
     */
    public BulkReport(OutputStream out, Format format, Language lang, boolean redact) throws IOException {
        this(out, format, lang, redact, CsvStyle.PLAIN);
    }

    /** As {@link #BulkReport(OutputStream, Format, Language, boolean)}, in a style (Excel's: the mark, its separator). */
    public BulkReport(OutputStream out, Format format, Language lang, boolean redact, CsvStyle style) throws IOException {
        this(new Sink() {
            @Override public void row(String line) throws IOException {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            @Override public void flush() throws IOException { out.flush(); }
        }, format, lang, redact, style);
    }

    private BulkReport(Sink out, Format format, Language lang, boolean redact, CsvStyle style) throws IOException {
        this.out = out;
        this.format = format;
        this.lang = lang;
        this.redact = redact;
        this.separator = style.separator();
        if (format == Format.CSV) {
            // The mark goes with the header, so the file never holds one without the other.
            out.row((style.byteOrderMark() ? "\uFEFF" : "") + String.join(String.valueOf(separator), COLUMNS) + "\n");
        }
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
                if (i > 0) b.append(separator);
                b.append(csv(v[i], separator));
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
        byStatus.forEach((k, n) -> b.append("  ").append(k).append(lang.colon()).append(n).append('\n'));
        b.append(TicketText.messages(lang).get("bulk.byCode")).append('\n');
        byCode.forEach((k, n) -> b.append("  ").append(k).append(lang.colon()).append(n).append('\n'));
        if (duplicates > 0) b.append(TicketText.messages(lang).format("bulk.duplicates", duplicates)).append('\n');
        return b.toString();
    }

    /** What a spreadsheet takes for the start of a formula (tab and carriage return: some tools strip them first). */
    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * One cell: on one line; quoted when it holds a separator (either, so a reader guessing the other one still gets
     * one field) or a quote. A cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
     * tab or carriage return first, before or after the line is made safe) is shown as text: a quote first, and the
     * whole quoted. Negative numbers too: no column holds one, and one rule is one fewer way round it.
     */
    static String csv(String v, char separator) {
        if (v == null) return "";
        String s = Sanitize.inline(v);
        boolean formula = formula(v, s);
        if (formula) s = "'" + s;
        if (formula || s.indexOf(separator) >= 0 || s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('"') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * A cell of the tab-separated table put on the clipboard: on one line, and, as in a CSV file, never a formula once
     * pasted into a spreadsheet (which reads each cell as if it were typed: a quote first makes it text).
     */
    public static String tabCell(String v) {
        if (v == null) return "";
        String s = v.replaceAll("[\\t\\r\\n]+", " ").strip();
        return formula(v, s) ? "'" + s : s;
    }

    /** Whether a spreadsheet would run the cell, as given or as made safe. */
    private static boolean formula(String given, String safe) {
        return startsWithAny(given, FORMULA_START) || startsWithAny(safe, FORMULA_START);
    }

    private static boolean startsWithAny(String s, String chars) {
        return !s.isEmpty() && chars.indexOf(s.charAt(0)) >= 0;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
