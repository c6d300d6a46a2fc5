package dev.azscsp.azure.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Something that goes wrong for requests whose path matches: an error answer, an odd body, a delay, a dropped
 * connection. It fires {@link #times(int) n times} (once by default), then the fake answers normally again.
 * <pre>{@code
 * fake.inject(Fault.error(429, "TooManyRequests", "Slow down").header("Retry-After", "1").times(2).on("/registrations"));
 * fake.inject(Fault.html(502, "<html><title>Proxy Error</title></html>"));
 * fake.inject(Fault.delay(Duration.ofSeconds(5)).on("/customerSubscriptions/"));
 * }</pre>
 */
public final class Fault {
    enum Type { RESPOND, DELAY, DROP, STREAM, REWRITE }

    final Type type;
    final int status;
    final String contentType;
    final String body;
    final Duration delay;
    final Map<String, String> headers = new LinkedHashMap<>();
    private Pattern path = Pattern.compile("");
    private String method;
    private final AtomicInteger remaining = new AtomicInteger(1);
    private final AtomicInteger passOver = new AtomicInteger();
    private final AtomicInteger fired = new AtomicInteger();
    /** STREAM: the declared length, or -1 for a chunked body; how many bytes at most; how many went out. */
    long contentLength = -1;
    long streamLimit;
    final AtomicLong written = new AtomicLong();
    /** REWRITE: what becomes of the normal answer's body. */
    UnaryOperator<String> rewrite;

    private Fault(Type type, int status, String contentType, String body, Duration delay) {
        this.type = type;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.delay = delay;
    }

    /** An ARM error envelope {@code {"error":{"code":…,"message":…}}} with this status. */
    public static Fault error(int status, String code, String message) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return new Fault(Type.RESPOND, status, "application/json; charset=utf-8", root.toString(), null);
    }

    /** Any body with any content type, e.g. malformed JSON. */
    public static Fault body(int status, String contentType, String body) {
        return new Fault(Type.RESPOND, status, contentType, body, null);
    }

    /** An HTML page, as a proxy or captive portal sends. */
    public static Fault html(int status, String html) {
        return body(status, "text/html; charset=utf-8", html);
    }

    /** Waits, then answers normally. */
    public static Fault delay(Duration delay) {
        return new Fault(Type.DELAY, 0, null, null, delay);
    }

    /**
     * Closes the connection without answering. Note for counting: the JDK HTTP client silently resends an idempotent
     * request (GET) once after such a drop, so a GET may show up twice per attempt; a PUT shows up once.
     */
    public static Fault dropConnection() {
        return new Fault(Type.DROP, 0, null, null, null);
    }

    /**
     * A 200 whose JSON body never ends: {@code {"value":[} and then blanks, chunked, until the client hangs up (or
     * after 1 GiB, so a client that keeps reading does not run the fake forever).
     */
    public static Fault endlessBody() {
        Fault f = new Fault(Type.STREAM, 200, "application/json; charset=utf-8", null, null);
        f.streamLimit = 1L << 30;
        return f;
    }

    /** A 200 that announces {@code bytes} of JSON in its Content-Length and sends them, unless the client hangs up. */
    public static Fault largeBody(long bytes) {
        Fault f = new Fault(Type.STREAM, 200, "application/json; charset=utf-8", null, null);
        f.contentLength = bytes;
        f.streamLimit = bytes;
        return f;
    }

    /** The fake answers as usual, then the body is changed, e.g. a field given the wrong JSON type. */
    public static Fault rewrite(UnaryOperator<String> body) {
        Fault f = new Fault(Type.REWRITE, 0, null, null, null);
        f.rewrite = body;
        return f;
    }

    /** STREAM: how many body bytes the fake managed to send. */
    public long bytesWritten() { return written.get(); }

    /** Only for paths where this regex is found (case-insensitive), e.g. {@code "/customerSubscriptions/"}; default: every path. */
    public Fault on(String pathRegex) {
        path = Pattern.compile(pathRegex, Pattern.CASE_INSENSITIVE);
        return this;
    }

    /** Only for this HTTP method. */
    public Fault method(String httpMethod) {
        method = httpMethod.toUpperCase(Locale.ROOT);
        return this;
    }

    public Fault header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Fault times(int n) {
        remaining.set(n);
        return this;
    }

    public Fault always() { return times(Integer.MAX_VALUE); }

    /** Lets the first {@code n} matching requests through untouched: a refusal in the middle of a plan of writes. */
    public Fault after(int n) {
        passOver.set(n);
        return this;
    }

    /** How many requests it hit so far. */
    public int fired() { return fired.get(); }

    /** Claims one use if it applies to this request. */
    boolean tryFire(String requestMethod, String requestPath) {
        if (method != null && !method.equals(requestMethod)) return false;
        if (!path.matcher(requestPath).find()) return false;
        if (passOver.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) return false;
        if (remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) <= 0) return false;
        fired.incrementAndGet();
        return true;
    }
}
