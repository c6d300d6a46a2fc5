package dev.azscsp.azure.fake;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Bearer tokens and credentials for tests: JWT-shaped (unsigned) so the account can be read from them. */
public final class FakeTokens {
    public static final String USER_UPN = "admin@contoso-csp.onmicrosoft.com";
    public static final String PARTNER_TENANT = "6a3c2f0e-1b7d-4c9a-8e55-2d1f0b9c7a10";
    /** A user token for {@link #USER_UPN} in {@link #PARTNER_TENANT}. */
    public static final String USER_TOKEN = jwt(Map.of("upn", USER_UPN, "tid", PARTNER_TENANT, "aud", "https://management.core.windows.net/"));

    private FakeTokens() {}

    /** An unsigned JWT ({@code alg: none}) with these claims. */
    public static String jwt(Map<String, String> claims) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode payload = json.createObjectNode();
        claims.forEach(payload::put);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    /** Always answers {@code token}, valid for an hour. */
    public static CountingCredential credential(String token) {
        return new CountingCredential(token);
    }

    public static CountingCredential userCredential() { return credential(USER_TOKEN); }

    /** Fails every token request with {@code failure}. */
    public static TokenCredential failing(RuntimeException failure) {
        return request -> Mono.error(failure);
    }

    /** A fixed-token credential that counts how often it was asked. */
    public static final class CountingCredential implements TokenCredential {
        private final String token;
        private final AtomicInteger calls = new AtomicInteger();

        private CountingCredential(String token) { this.token = token; }

        @Override
        public Mono<AccessToken> getToken(com.azure.core.credential.TokenRequestContext request) {
            return Mono.fromSupplier(() -> {
                calls.incrementAndGet();
                return new AccessToken(token, OffsetDateTime.now().plusHours(1));
            });
        }

        public String token() { return token; }
        public int calls() { return calls.get(); }
    }
}
