package dev.azscsp.azure.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request as the fake received it: method, decoded path (letter case kept), raw query, headers, body, and
 * the ids the fake put on its answer. {@link #status()} is 0 until answered (and stays 0 for a dropped connection).
 */
public final class RecordedRequest {
    private static final Set<String> WRITES = Set.of("PUT", "POST", "PATCH", "DELETE");

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final String body;
    private final String requestId;
    private final String correlationId;
    private final long receivedNanos = System.nanoTime();
    private volatile int status;

    RecordedRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body,
                    String requestId, String correlationId) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    public String method() { return method; }
    /** When the request arrived ({@link System#nanoTime()}), for rates. */
    public long receivedNanos() { return receivedNanos; }
    public String path() { return path; }
    public String rawQuery() { return rawQuery; }
    public String body() { return body; }
    /** The {@code x-ms-request-id} the fake answered with. */
    public String requestId() { return requestId; }
    /** The {@code x-ms-correlation-request-id} the fake answered with. */
    public String correlationId() { return correlationId; }
    public int status() { return status; }
    void status(int s) { status = s; }

    public boolean isWrite() { return WRITES.contains(method); }

    /** A header's first value, name case-insensitive; null if absent. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
        }
        return null;
    }

    /** A query parameter, decoded; null if absent. */
    public String query(String name) {
        if (rawQuery == null) return null;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equalsIgnoreCase(name)) return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
        return null;
    }

    public String apiVersion() { return query("api-version"); }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery != null ? "?" + rawQuery : "") + (status != 0 ? " -> " + status : "")
                + (body != null && !body.isEmpty() ? " " + body : "");
    }

    boolean pathContains(String fragment) {
        return path.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
    }
}
