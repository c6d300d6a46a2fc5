package dev.azscsp.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ARM's JSON into the port's records. Lenient on missing fields (they become null), strict on a body that
 * is not a JSON object (MALFORMED_RESPONSE), because a proxy page must not pass for an empty resource.
 */
final class ArmResources {
    private ArmResources() {}

    /** One page of a list: {@code {"value":[…],"nextLink":"…"}}. */
    record Page(List<JsonNode> items, String nextLink) {}

    static JsonNode object(ArmResponse r) throws ArmFailure {
        JsonNode root = Json.readOrNull(r.body());
        if (root == null) throw ArmFailureMapper.malformed(r, "the body is not valid JSON");
        if (!root.isObject()) throw ArmFailureMapper.malformed(r, "the body is not a JSON object");
        return root;
    }

    /**
     * A page of a list. An empty body counts as an empty list: the operator documentation says the customer
     * subscription list sends no response body when no tenant was added.
     */
    static Page page(ArmResponse r) throws ArmFailure {
        if (!r.hasBody()) return new Page(List.of(), null);
        JsonNode root = object(r);
        JsonNode value = root.get("value");
        List<JsonNode> items = new ArrayList<>();
        if (value != null && !value.isNull()) {
            if (!value.isArray()) throw ArmFailureMapper.malformed(r, "its \"value\" is not a list");
            value.forEach(items::add);
        }
        String next = Json.text(root, "nextLink");
        return new Page(items, next == null || next.isBlank() ? null : next);
    }

    static SubscriptionInfo subscription(JsonNode n, String requestedId) {
        String id = Json.text(n, "subscriptionId");
        return new SubscriptionInfo(id != null ? id : requestedId, Json.text(n, "displayName"), Json.text(n, "state"),
                Json.text(n, "subscriptionPolicies", "quotaId"), Json.text(n, "tenantId"));
    }

    static ProviderState provider(JsonNode n, String requestedNamespace) {
        String namespace = Json.text(n, "namespace");
        return new ProviderState(namespace != null ? namespace : requestedNamespace, Json.text(n, "registrationState"));
    }

    /** @param fallback where it was asked for, for fields ARM left out; null for list items */
    static Registration registration(JsonNode n, RegistrationRef fallback) {
        String id = Json.text(n, "id");
        if (id == null && fallback != null) id = fallback.resourceId();
        // The name comes from the id: the spec's own example answers "name":"azurestack" for registration "testregistration".
        String name = lastSegment(id);
        if (name == null) name = Json.text(n, "name");
        String group = segmentAfter(id, "resourceGroups");
        if (group == null && fallback != null) group = fallback.resourceGroup();
        JsonNode p = n.get("properties");
        return new Registration(id, name, group, Json.text(p, "cloudId"), Json.text(p, "billingModel"), Json.text(p, "objectId"));
    }

    /** @param requestedId the id asked for, used when ARM's answer names none */
    static CustomerSubscription customerSubscription(JsonNode n, String requestedId) {
        String id = Json.text(n, "id");
        String subscriptionId = lastSegment(id);
        if (subscriptionId == null) subscriptionId = lastSegment(Json.text(n, "name")); // "{registration}/{subscription}"
        if (subscriptionId == null) subscriptionId = requestedId;
        return new CustomerSubscription(id, subscriptionId, Json.text(n.get("properties"), "tenantId"));
    }

    private static String lastSegment(String path) {
        if (path == null || path.isBlank()) return null;
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        String last = slash >= 0 ? p.substring(slash + 1) : p;
        return last.isEmpty() ? null : last;
    }

    private static String segmentAfter(String id, String key) {
        if (id == null) return null;
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) return parts[i + 1];
        }
        return null;
    }
}
