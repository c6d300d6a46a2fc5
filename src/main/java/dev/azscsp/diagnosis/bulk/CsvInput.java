package dev.azscsp.diagnosis.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import dev.azscsp.diagnosis.Text;
import dev.azscsp.diagnosis.text.TextDecoder;
import dev.azscsp.i18n.Language;

/**
 * Reads the bulk input, the same for the window and the command line: a header line, then one customer subscription
 * per row. Columns are found by name ({@code customerSubscriptionId}, optional {@code customerTenantId} and
 * {@code label}, in any order and letter case). Fields are separated by commas or semicolons (French Excel), whichever
 * the header uses outside quotes, and may be quoted as spreadsheets write them: {@code "a, b"}, {@code ""} for a quote,
 * line breaks inside quotes. A bad line is kept with its reason (a {@link Text}, in the user's language when shown)
 * so it gets an output row too. Reading streams: memory stays bounded by {@link #MAX_LINE}, whatever the file's size.
 */
public final class CsvInput {
    public static final String SUBSCRIPTION = "customersubscriptionid";
    public static final String TENANT = "customertenantid";
    public static final String LABEL = "label";
    /** Longer lines (or rows, line breaks in quotes included) are refused: a bulk file lists ids, not documents. */
    static final int MAX_LINE = 10_000;
    /** How much of a header that has no subscription column is quoted back to the user. */
    private static final int HEADER_SHOWN = 120;

    private CsvInput() {}

    /** The rows of a file's bytes, decoded as every text file of the app ({@link TextDecoder}). */
    public static List<BulkRow> read(InputStream in) throws IOException, BulkInputException {
        return read(TextDecoder.reader(in), null);
    }

    /** The same, with the columns named by {@code columns} (a Partner Center export); null: the app's own names. */
    public static List<BulkRow> read(InputStream in, ColumnMapping columns) throws IOException, BulkInputException {
        return read(TextDecoder.reader(in), columns);
    }

    public static List<BulkRow> read(Reader in) throws IOException, BulkInputException {
        return read(in, null);
    }

    /** The rows of a text; a missing or unusable header is an exception that says why in the user's words. */
    public static List<BulkRow> read(Reader in, ColumnMapping columns) throws IOException, BulkInputException {
        Lines lines = new Lines(in);
        Line first = lines.next();
        if (first == null) throw new BulkInputException(Text.of("bulk.input.empty"));
        String header = first.text.startsWith("\uFEFF") ? first.text.substring(1) : first.text;
        if (header.isBlank() && !first.tooLong) {
            for (Line l; (l = lines.next()) != null; ) {
                if (!l.text.isBlank() || l.tooLong) throw new BulkInputException(Text.of("bulk.input.blankHeader"));
            }
            throw new BulkInputException(Text.of("bulk.input.empty"));
        }
        char sep = separator(header);
        Record h = new Record(sep);
        h.feed(header);
        int sub = -1, tenant = -1, label = -1;
        List<String> names = first.tooLong || h.quoted ? List.of() : h.fields();
        String shown = header.strip();
        shown = shown.length() > HEADER_SHOWN ? shown.substring(0, HEADER_SHOWN) + "\u2026" : shown;
        if (columns != null) {
            // The user named the columns: each named one must be there, found case-insensitively.
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (sub < 0 && ColumnMapping.same(n, columns.subscription())) sub = i;
                else if (tenant < 0 && ColumnMapping.same(n, columns.tenant())) tenant = i;
                else if (label < 0 && ColumnMapping.same(n, columns.label())) label = i;
            }
            String missing = sub < 0 ? columns.subscription() : columns.tenant() != null && tenant < 0 ? columns.tenant()
                    : columns.label() != null && label < 0 ? columns.label() : null;
            if (missing != null) throw new BulkInputException(Text.of("bulk.input.mappedMissing", missing, shown), names);
        } else {
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i).trim().toLowerCase(Locale.ROOT);
                if (n.equals(SUBSCRIPTION)) sub = i;
                else if (n.equals(TENANT)) tenant = i;
                else if (n.equals(LABEL)) label = i;
            }
            if (sub < 0) throw new BulkInputException(Text.of("bulk.input.noColumn", shown), names);
        }
        List<BulkRow> rows = new ArrayList<>();
        for (Line line; (line = lines.next()) != null; ) {
            if (line.tooLong) {
                rows.add(new BulkRow(line.number, null, null, null, Text.of("bulk.line.tooLong", MAX_LINE)));
                continue;
            }
            if (line.text.isBlank()) continue;
            Record r = new Record(sep);
            r.feed(line.text);
            // A quote still open at the end of the line: the field goes on over the line break, as spreadsheets write
            // a cell with a line break in it. Taken back if it never closes within MAX_LINE, so an unclosed quote
            // spoils its own line, not the rest of the file.
            List<Line> more = new ArrayList<>();
            int length = line.text.length();
            Line last = line;
            while (r.quoted) {
                Line next = lines.next();
                if (next == null || next.tooLong || length + last.end.length() + next.text.length() > MAX_LINE) {
                    if (next != null) more.add(next);
                    lines.giveBack(more);
                    break;
                }
                more.add(next);
                r.feed(last.end);
                r.feed(next.text);
                length += last.end.length() + next.text.length();
                last = next;
            }
            if (r.quoted) {
                rows.add(new BulkRow(line.number, null, null, null, Text.of("bulk.line.unclosedQuote")));
                continue;
            }
            List<String> f = r.fields();
            String s = field(f, sub);
            rows.add(new BulkRow(line.number, s, field(f, tenant), field(f, label), s == null ? Text.of("bulk.line.noSubscription") : null));
        }
        return rows;
    }

    private static String field(List<String> f, int i) {
        if (i < 0 || i >= f.size()) return null;
        String v = f.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** A semicolon when the header has more of them than commas outside quotes (French Excel), else a comma. */
    static char separator(String header) {
        int commas = 0, semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The fields of one row, fed a line at a time; quotes may hold separators, doubled quotes and line breaks. */
    private static final class Record {
        final char sep;
        final List<String> fields = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        boolean quoted;
        /** Whether the field so far is only spaces: a quote there starts a quoted field. */
        boolean blank = true;

        Record(char sep) { this.sep = sep; }

        void feed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c != '"') {
                        cur.append(c);
                    } else if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (c == '"' && blank) {
                    quoted = true;
                    blank = false;
                    cur.setLength(0);
                } else if (c == sep) {
                    fields.add(cur.toString());
                    cur.setLength(0);
                    blank = true;
                } else {
                    cur.append(c);
                    blank &= Character.isWhitespace(c);
                }
            }
        }

        List<String> fields() {
            fields.add(cur.toString());
            return fields;
        }
    }

    /** One physical line: its number (the header is 1), its text, its line break ("" at the end of the file). */
    private record Line(int number, String text, String end, boolean tooLong) {}

    /** The lines of a text, each cut at MAX_LINE characters (the rest skipped), with lines given back read again. */
    private static final class Lines {
        private final Reader in;
        private final char[] buf = new char[8192];
        private int pos, len;
        private int number;
        private final Deque<Line> givenBack = new ArrayDeque<>();

        Lines(Reader in) { this.in = in; }

        /** Lines read ahead that belong to the rows after this one, in order. */
        void giveBack(List<Line> lines) {
            for (int i = lines.size() - 1; i >= 0; i--) givenBack.addFirst(lines.get(i));
        }

        Line next() throws IOException {
            if (!givenBack.isEmpty()) return givenBack.removeFirst();
            StringBuilder b = new StringBuilder();
            boolean tooLong = false;
            String end = "";
            int c;
            while ((c = read()) >= 0) {
                if (c == '\n') {
                    end = "\n";
                    break;
                }
                if (c == '\r') {
                    end = peek() == '\n' ? "\r\n" : "\r";
                    if (end.length() == 2) pos++;
                    break;
                }
                if (b.length() < MAX_LINE) b.append((char) c);
                else tooLong = true;
            }
            if (c < 0 && b.isEmpty() && !tooLong) return null;
            return new Line(++number, b.toString(), end, tooLong);
        }

        private int read() throws IOException {
            if (pos == len && !fill()) return -1;
            return buf[pos++];
        }

        private int peek() throws IOException {
            if (pos == len && !fill()) return -1;
            return buf[pos];
        }

        private boolean fill() throws IOException {
            int n = in.read(buf);
            if (n <= 0) return false;
            pos = 0;
            len = n;
            return true;
        }
    }

    /** An input file that cannot be read at all; its text says why, in the user's language when shown. */
    public static final class BulkInputException extends Exception {
        /** At most this many header fields are kept for a mapping to be picked from. */
        static final int MAX_HEADERS = 100;
        private final transient Text text;
        private final transient List<String> headers;

        public BulkInputException(Text text) {
            this(text, List.of());
        }

        BulkInputException(Text text, List<String> headers) {
            super(text.in(Language.EN), null, false, false);
            this.text = text;
            this.headers = headers.stream().map(String::strip)
                    .filter(n -> !n.isEmpty() && n.length() <= ColumnMapping.MAX_NAME).distinct().limit(MAX_HEADERS).toList();
        }

        public Text text() { return text; }

        /** The header's field names (bounded), for the user to pick the columns from; empty when the header is unusable. */
        public List<String> headers() { return headers; }

        /** The columns a Partner Center export would use, when the header has no customerSubscriptionId; a proposal only. */
        public java.util.Optional<ColumnMapping> suggestion() { return ColumnMapping.suggest(headers); }
    }
}
