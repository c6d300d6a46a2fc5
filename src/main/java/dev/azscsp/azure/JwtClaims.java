package dev.azscsp.azure;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads who a bearer token was issued to from its payload, without checking the signature (ARM does that) and
 * without ever logging or echoing the token. Tokens that are not JWTs (opaque ones) tell nothing.
 *
 * @param name        upn, unique_name or preferred_username, else appid (or azp), the first one present; null if none
 * @param application true when {@code name} is an application id (no user claim: a service principal's token)
 * @param tenantId    the tid claim; null if absent
 */
record JwtClaims(String name, boolean application, String tenantId) {

    static final JwtClaims NONE = new JwtClaims(null, false, null);

    static JwtClaims read(String token) {
        if (token == null) return NONE;
        String[] parts = token.split("\\.");
        if (parts.length < 2) return NONE;
        JsonNode payload;
        try {
            payload = Json.readOrNull(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return NONE;
        }
        if (payload == null || !payload.isObject()) return NONE;
        String user = first(payload, "upn", "unique_name", "preferred_username");
        String app = user == null ? first(payload, "appid", "azp") : null;
        return new JwtClaims(user != null ? user : app, app != null, Json.text(payload, "tid"));
    }

    private static String first(JsonNode payload, String... claims) {
        for (String claim : claims) {
            String v = Json.text(payload, claim);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }
}
