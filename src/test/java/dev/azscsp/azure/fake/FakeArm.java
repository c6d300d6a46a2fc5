package dev.azscsp.azure.fake;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Configuration;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.azscsp.azure.AzureConnector;
import dev.azscsp.azure.AzureOptions;
import dev.azscsp.diagnosis.api.RegistrationApi;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local HTTPS stand-in for Azure Resource Manager, enough for Microsoft.AzureStack registrations: subscriptions
 * (one by one, and listed: those of {@link FakeTokens#PARTNER_TENANT}), provider state, registrations, customer subscription mappings, the add-tenant PUT with the service's checks,
 * paging with nextLink, fault injection, and a log of every request.
 *
 * <pre>{@code
 * try (FakeArm fake = FakeArm.start()) {
 *     FakeRegistration reg = fake.addRegistration(SUB, "azurestack", "reg1").billingModel("PayAsYouUse");
 *     fake.addSubscription(CUSTOMER).tenantId(CUSTOMER_TENANT);
 *     RegistrationApi api = fake.connect();                    // the real adapter, trusting only this server
 *     api.addCustomerSubscription(reg.ref(), CUSTOMER, CUSTOMER_TENANT);
 *     assertThat(fake.writes()).hasSize(1);
 * }
 * }</pre>
 *
 * Like ARM it answers 401 without a bearer token and 400 without an api-version. It listens on 127.0.0.1 only,
 * with a certificate made at test time ({@link FakeArmCertificate}); one server can serve a whole test class
 * ({@link #reset()} between tests): {@code @RegisterExtension static final FakeArm fake = FakeArm.start();} starts it
 * with the class and closes it after the class's last test.
 */
public final class FakeArm implements AutoCloseable, AfterAllCallback {
    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // ARM answers without Nagle's delay; the JDK server holds small writes back (about 40 ms a call) unless told.
        // Read once per JVM, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final FakeArmCertificate certificate = FakeArmCertificate.get();
    private final FakeArmService service = new FakeArmService();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ExecutorService executor;
    private final HttpsServer server;
    private final URI endpoint;

    private FakeArm() throws IOException {
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-arm-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(certificate.serverContext()));
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        endpoint = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public static FakeArm start() {
        try {
            return new FakeArm();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake ARM", e);
        }
    }

    /** {@code https://127.0.0.1:<port>/} */
    public URI endpoint() { return endpoint; }

    public int port() { return server.getAddress().getPort(); }

    public FakeArmCertificate certificate() { return certificate; }

    // ---------------------------------------------------------------- clients

    /** A JDK-transport client that trusts only this server and ignores the machine's proxy settings. */
    public HttpClient httpClient(Duration connectTimeout, Duration responseTimeout) {
        return new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(certificate.clientContext()))
                .configuration(Configuration.NONE)
                .connectionTimeout(connectTimeout)
                .responseTimeout(responseTimeout)
                .readTimeout(responseTimeout)
                .build();
    }

    /** Options for this server: its endpoint as a custom cloud, and retries with millisecond delays. */
    public AzureOptions.Builder options() {
        return AzureOptions.builder()
                .customEndpoints(endpoint, null)
                .retryBaseDelay(Duration.ofMillis(10))
                .retryMaxDelay(Duration.ofMillis(50))
                .responseTimeout(Duration.ofSeconds(10));
    }

    /** The real adapter against this server, signed in as {@link FakeTokens#USER_UPN}. */
    public RegistrationApi connect() { return connect(options().build()); }

    /** The real adapter against this server with these options, signed in as {@link FakeTokens#USER_UPN}. */
    public RegistrationApi connect(AzureOptions options) { return connect(options, FakeTokens.userCredential()); }

    public RegistrationApi connect(AzureOptions options, TokenCredential credential) {
        return AzureConnector.connect(options, credential, httpClient(options.connectTimeout(), options.responseTimeout()));
    }

    // ---------------------------------------------------------------- state

    /** Adds (or returns) a subscription: by default Enabled, CSP offer, partner tenant, default partner. */
    public FakeSubscription addSubscription(String subscriptionId) { return service.addSubscription(subscriptionId); }

    /** The subscription, or null. */
    public FakeSubscription subscription(String subscriptionId) { return service.subscription(subscriptionId); }

    /** Adds (or returns) a registration, and its subscription if unknown: by default PayAsYouUse and approved. */
    public FakeRegistration addRegistration(String subscriptionId, String resourceGroup, String name) {
        return service.addRegistration(subscriptionId, resourceGroup, name);
    }

    /** The registration, or null. */
    public FakeRegistration registration(String subscriptionId, String resourceGroup, String name) {
        return service.registration(subscriptionId, resourceGroup, name);
    }

    /** How a successful add-tenant PUT answers; {@link PutMode#OK_WITH_BODY} by default. */
    public FakeArm putMode(PutMode mode) { service.putMode(mode); return this; }

    /**
     * The caller's effective permissions, one set per role: each {@code List.of(actions, notActions)}. By default one
     * Owner-like set ({@code *}). The add-tenant PUT is refused (403 AuthorizationFailed) unless a set allows it.
     */
    @SafeVarargs
    public final FakeArm permissions(List<List<String>>... sets) { service.permissions(List.of(sets)); return this; }

    /**
     * Sets a management lock ({@code ReadOnly}, {@code CanNotDelete}) on a scope: a subscription, a resource group or
     * a resource id. The lock list at a registration shows the ones on it and above it; a ReadOnly one refuses the PUT
     * (409 ScopeLocked). Returns the lock's id.
     */
    public String lock(String scope, String name, String level) { return service.addLock(scope, name, level); }

    /** Items per page of a list; lists longer than this continue through nextLink. 0 (default): one page. */
    public FakeArm pageSize(int size) { service.pageSize(size); return this; }

    /**
     * The customer subscription list answers {@code {"value":[]}} although mappings exist, as in the public report of
     * an empty list while a GET of a known id worked; GETs by id still find them.
     */
    public FakeArm listsNoMappings() { service.listHidesMappings(true); return this; }

    /**
     * Every successful DELETE of a mapping answers this status (200 or 204, both in the spec); 404: 200 when it
     * existed, and 404 CustomerSubscriptionNotFound when it did not. Default: 200 when it existed, 204 when it did not.
     */
    public FakeArm deleteStatus(int status) { service.deleteStatus(status); return this; }

    // ---------------------------------------------------------------- faults

    public FakeArm inject(Fault fault) { faults.add(fault); return this; }

    /** The next request whose path matches {@code pathRegex} gets this ARM error; later ones are answered normally. */
    public FakeArm failNext(String pathRegex, int status, String code, String message) {
        return inject(Fault.error(status, code, message).on(pathRegex));
    }

    // ---------------------------------------------------------------- requests

    /** Every request received, oldest first. */
    public List<RecordedRequest> requests() { return List.copyOf(requests); }

    /** The requests whose path contains {@code fragment}, ignoring case. */
    public List<RecordedRequest> requests(String fragment) {
        return requests.stream().filter(r -> r.pathContains(fragment)).collect(Collectors.toList());
    }

    /** PUT, POST, PATCH and DELETE requests. */
    public List<RecordedRequest> writes() {
        return requests.stream().filter(RecordedRequest::isWrite).collect(Collectors.toList());
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) throw new IllegalStateException("The fake ARM received no request.");
        return requests.get(requests.size() - 1);
    }

    public void clearRequests() { requests.clear(); }

    /** Forgets state, faults, modes and requests. */
    public void reset() {
        service.reset();
        faults.clear();
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** As a static extension of a test class: closed after its last test. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) {
        try {
            serve(exchange);
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            try {
                send(exchange, null, 500, service.error(500, "FakeArmBug", trace.toString()).body(), Map.of());
            } catch (IOException ignored) {
                // the client is gone
            }
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        // By-id calls from the SDK arrive as "//subscriptions/…", which the JDK server reads as an authority.
        String raw = (uri.getRawAuthority() != null ? "//" + uri.getRawAuthority() : "") + uri.getRawPath();
        String rawPath = raw.replaceAll("/{2,}", "/");
        String path = decode(rawPath);
        String method = exchange.getRequestMethod();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
        String sentCorrelation = exchange.getRequestHeaders().getFirst("x-ms-correlation-request-id");
        RecordedRequest request = new RecordedRequest(method, path, uri.getRawQuery(), headers, body,
                UUID.randomUUID().toString(), sentCorrelation != null ? sentCorrelation : UUID.randomUUID().toString());
        requests.add(request);

        Fault rewrite = null;
        for (Fault fault : faults) {
            if (!fault.tryFire(method, path)) continue;
            switch (fault.type) {
                case DELAY -> {
                    try {
                        Thread.sleep(fault.delay.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return; // shutting down
                    }
                }
                case DROP -> {
                    return; // closing without a response drops the connection
                }
                case RESPOND -> {
                    Map<String, String> extra = new LinkedHashMap<>(fault.headers);
                    extra.put("Content-Type", fault.contentType);
                    send(exchange, request, fault.status, fault.body, extra);
                    return;
                }
                case STREAM -> {
                    stream(exchange, request, fault);
                    return;
                }
                case REWRITE -> rewrite = fault;
            }
        }

        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            send(exchange, request, 401, service.error(401, "AuthenticationFailed",
                    "Authentication failed. The 'Authorization' header is missing.").body(), Map.of());
            return;
        }
        if (request.apiVersion() == null || request.apiVersion().isBlank()) {
            send(exchange, request, 400, service.error(400, "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.").body(), Map.of());
            return;
        }
        // Split before decoding: an encoded "/" (%2F) is part of a name, not a separator.
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) segments.add(decode(segment));
        }
        String pageUrl = "https://127.0.0.1:" + port() + rawPath;
        FakeArmService.Reply reply = service.handle(method, segments, request, pageUrl);
        String answer = rewrite != null && reply.body() != null ? rewrite.rewrite.apply(reply.body()) : reply.body();
        send(exchange, request, reply.status(), answer, Map.of());
    }

    /** Sends a long body in 64 KiB pieces until the fault's limit or until the client hangs up. */
    private void stream(HttpExchange exchange, RecordedRequest request, Fault fault) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", fault.contentType);
        exchange.getResponseHeaders().set("x-ms-request-id", request.requestId());
        request.status(fault.status);
        exchange.sendResponseHeaders(fault.status, fault.contentLength < 0 ? 0 : fault.contentLength);
        byte[] start = "{\"value\":[".getBytes(StandardCharsets.US_ASCII);
        byte[] blanks = new byte[64 * 1024];
        java.util.Arrays.fill(blanks, (byte) ' ');
        var out = exchange.getResponseBody();
        try {
            out.write(start);
            fault.written.addAndGet(start.length);
            while (fault.written.get() < fault.streamLimit) {
                int n = (int) Math.min(blanks.length, fault.streamLimit - fault.written.get());
                out.write(blanks, 0, n);
                fault.written.addAndGet(n);
            }
        } catch (IOException clientHungUp) {
            // expected: the client stopped reading
        }
    }

    /** Path decoding: unlike a query, a path keeps '+' literal. */
    private static String decode(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private void send(HttpExchange exchange, RecordedRequest request, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        var h = exchange.getResponseHeaders();
        if (bytes.length > 0) h.set("Content-Type", "application/json; charset=utf-8");
        if (request != null) {
            h.set("x-ms-request-id", request.requestId());
            h.set("x-ms-correlation-request-id", request.correlationId());
            h.set("x-ms-routing-request-id", "WESTEUROPE:20250101T120000Z:" + request.requestId());
            request.status(status);
        }
        headers.forEach((k, v) -> { if (v != null) h.set(k, v); });
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) exchange.getResponseBody().write(bytes);
    }
}
