package dev.azscsp.diagnosis.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the bulk input: a header line, then one customer subscription per line. Columns are found by name
 * ({@code customerSubscriptionId}, optional {@code customerTenantId} and {@code label}, in any order and letter case);
 * fields may be quoted as spreadsheets write them ({@code "a, b"}, {@code ""} for a quote). Commas or semicolons
 * separate fields, whichever the header uses. A bad line is kept with its problem so it gets an output row too.
 */
public final class CsvInput {
    public static final String SUBSCRIPTION = "customersubscriptionid";
    public static final String TENANT = "customertenantid";
    public static final String LABEL = "label";
    /** Longer lines are refused: a bulk file lists ids, not documents. */
    static final int MAX_LINE = 10_000;

    private CsvInput() {}

    /** The rows of a file; a missing or unusable header is an exception with a message for the user. */
    public static List<BulkRow> read(Reader in) throws IOException, BulkInputException {
        BufferedReader r = new BufferedReader(in);
        String header = r.readLine();
        if (header == null) throw new BulkInputException("The file is empty: it needs a header line such as customerSubscriptionId,customerTenantId,label.");
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        char sep = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<String> names = split(header, sep);
        int sub = -1, tenant = -1, label = -1;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).trim().toLowerCase(Locale.ROOT);
            if (n.equals(SUBSCRIPTION)) sub = i;
            else if (n.equals(TENANT)) tenant = i;
            else if (n.equals(LABEL)) label = i;
        }
        if (sub < 0) {
            throw new BulkInputException("The header has no customerSubscriptionId column (found: " + String.join(", ", names) + ").");
        }
        List<BulkRow> rows = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            if (line.length() > MAX_LINE) {
                rows.add(new BulkRow(n, null, null, null, "line longer than " + MAX_LINE + " characters"));
                continue;
            }
            List<String> f;
            try {
                f = split(line, sep);
            } catch (IllegalArgumentException e) {
                rows.add(new BulkRow(n, null, null, null, e.getMessage()));
                continue;
            }
            String s = field(f, sub);
            rows.add(new BulkRow(n, s, field(f, tenant), field(f, label),
                    s == null ? "no customerSubscriptionId on this line" : null));
        }
        return rows;
    }

    private static String field(List<String> f, int i) {
        if (i < 0 || i >= f.size()) return null;
        String v = f.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    /** Splits one line; quotes may hold separators and doubled quotes. */
    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                cur.setLength(0);
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("a quote is opened and never closed");
        out.add(cur.toString());
        return out;
    }

    /** An input file that cannot be read at all. */
    public static final class BulkInputException extends Exception {
        public BulkInputException(String message) { super(message); }
    }
}
