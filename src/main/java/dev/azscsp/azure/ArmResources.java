package dev.azscsp.azure;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azscsp.diagnosis.api.ArmFailure;
import dev.azscsp.diagnosis.api.CustomerSubscription;
import dev.azscsp.diagnosis.api.ManagementLock;
import dev.azscsp.diagnosis.api.Permission;
import dev.azscsp.diagnosis.api.ProviderState;
import dev.azscsp.diagnosis.api.Registration;
import dev.azscsp.diagnosis.api.RegistrationRef;
import dev.azscsp.diagnosis.api.SubscriptionInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ARM's JSON into the port's records. Lenient on missing fields (absent or JSON null: they become null),
 * strict on everything else: a body that is not a JSON object, or a field of another JSON type than ARM's
 * ({@code "properties":"text"}, a number for a name, an object for a list), is a MALFORMED_RESPONSE naming the
 * field, because a proxy page or a broken answer must not pass for a resource, nor fail later inside a check.
 * Text read here is cut to {@link ArmLimits#TEXT_CHARS}.
 */
final class ArmResources {
    private ArmResources() {}

    /** One page of a list: {@code {"value":[…],"nextLink":"…"}}; every item a JSON object. */
    record Page(List<JsonNode> items, String nextLink) {}

    /** Reads one resource of an answer. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ArmResponse r, JsonNode resource) throws ArmFailure;
    }

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
            if (!value.isArray()) throw wrongType(r, "value", value, "a list");
            for (JsonNode item : value) {
                if (!item.isObject()) throw wrongType(r, "value[" + items.size() + "]", item, "an object");
                items.add(item);
            }
        }
        String next = text(r, root, "nextLink");
        return new Page(items, next == null || next.isBlank() ? null : next);
    }

    static SubscriptionInfo subscription(ArmResponse r, String requestedId) throws ArmFailure {
        return subscription(r, object(r), requestedId);
    }

    /** One subscription; {@code requestedId} is the id asked for (null for a list item, which must name itself). */
    static SubscriptionInfo subscription(ArmResponse r, JsonNode n, String requestedId) throws ArmFailure {
        String id = text(r, n, "subscriptionId");
        if (id == null) id = requestedId != null ? requestedId : lastSegment(text(r, n, "id"));
        // A listed subscription without its id could be neither searched nor shown.
        if (id == null) throw ArmFailureMapper.malformed(r, "a subscription in it has neither \"subscriptionId\" nor \"id\"");
        return new SubscriptionInfo(id, text(r, n, "displayName"), text(r, n, "state"),
                text(r, n, "subscriptionPolicies", "quotaId"), text(r, n, "tenantId"));
    }

    static ProviderState provider(ArmResponse r, String requestedNamespace) throws ArmFailure {
        JsonNode n = object(r);
        String namespace = text(r, n, "namespace");
        return new ProviderState(namespace != null ? namespace : requestedNamespace, text(r, n, "registrationState"));
    }

    /** One registration; {@code fallback} is where it was asked for, for fields ARM left out. */
    static Registration registration(ArmResponse r, JsonNode n, RegistrationRef fallback) throws ArmFailure {
        String id = text(r, n, "id");
        if (id == null && fallback != null) id = fallback.resourceId();
        // A list item names itself; without an id the app could neither show it nor tell it from the one typed.
        if (id == null) throw ArmFailureMapper.malformed(r, "a registration in it has no \"id\"");
        // The name comes from the id: the spec's own example answers "name":"azurestack" for registration "testregistration".
        String name = lastSegment(id);
        if (name == null) name = text(r, n, "name");
        String group = segmentAfter(id, "resourceGroups");
        if (group == null && fallback != null) group = fallback.resourceGroup();
        return new Registration(id, name, group, text(r, n, "properties", "cloudId"), text(r, n, "properties", "billingModel"),
                text(r, n, "properties", "objectId"));
    }

    /** One mapping; {@code requestedId} is the id asked for, used when ARM's answer names none (null for list items). */
    static CustomerSubscription customerSubscription(ArmResponse r, JsonNode n, String requestedId) throws ArmFailure {
        String id = text(r, n, "id");
        String subscriptionId = lastSegment(id);
        if (subscriptionId == null) subscriptionId = lastSegment(text(r, n, "name")); // "{registration}/{subscription}"
        if (subscriptionId == null) subscriptionId = requestedId;
        if (subscriptionId == null) throw ArmFailureMapper.malformed(r, "a customer subscription in it has neither \"id\" nor \"name\"");
        return new CustomerSubscription(id, subscriptionId, text(r, n, "properties", "tenantId"));
    }

    /** One entry of a permissions list: {@code {"actions":[…],"notActions":[…],…}}; data actions are not read. */
    static Permission permission(ArmResponse r, JsonNode n) throws ArmFailure {
        return new Permission(texts(r, n, "actions"), texts(r, n, "notActions"));
    }

    /** One management lock; its id says where it sits, so a lock without one is not read as a lock. */
    static ManagementLock lock(ArmResponse r, JsonNode n) throws ArmFailure {
        String id = text(r, n, "id");
        if (id == null || id.isBlank()) throw ArmFailureMapper.malformed(r, "a lock in it has no \"id\"");
        String name = text(r, n, "name");
        return new ManagementLock(id, name != null ? name : lastSegment(id), text(r, n, "properties", "level"),
                text(r, n, "properties", "notes"));
    }

    /** A list of texts; absent or JSON null is empty. Each cut to {@link ArmLimits#TEXT_CHARS}. */
    static List<String> texts(ArmResponse r, JsonNode n, String field) throws ArmFailure {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw wrongType(r, field, v, "a list");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual()) throw wrongType(r, field + "[" + out.size() + "]", e, "text");
            out.add(ArmLimits.cap(e.asText(), ArmLimits.TEXT_CHARS));
        }
        return out;
    }

    /**
     * {@code n.a.b…} as text, cut to {@link ArmLimits#TEXT_CHARS}; null when a step is absent or JSON null.
     *
     * @throws ArmFailure MALFORMED_RESPONSE when a step is not an object or the value is not text
     */
    static String text(ArmResponse r, JsonNode n, String... path) throws ArmFailure {
        JsonNode v = n;
        for (int i = 0; i < path.length; i++) {
            if (!v.isObject()) throw wrongType(r, String.join(".", List.of(path).subList(0, i)), v, "an object");
            v = v.get(path[i]);
            if (v == null || v.isNull()) return null;
        }
        if (!v.isTextual()) throw wrongType(r, String.join(".", path), v, "text");
        return ArmLimits.cap(v.asText(), ArmLimits.TEXT_CHARS);
    }

    private static ArmFailure wrongType(ArmResponse r, String field, JsonNode v, String expected) {
        return ArmFailureMapper.malformed(r, "its \"" + field + "\" is " + describe(v) + " where Azure Resource Manager sends " + expected);
    }

    private static String describe(JsonNode v) {
        if (v.isObject()) return "an object";
        if (v.isArray()) return "a list";
        if (v.isTextual()) return "text";
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "true or false";
        return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
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
