package dev.azscsp.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Small helpers over one shared Jackson mapper; ARM bodies are read as trees, only the fields we need. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** The tree, or null when the text is not JSON. */
    static JsonNode readOrNull(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A text field, or null when absent, null or not text. */
    static String text(JsonNode node, String field) {
        if (node == null) return null;
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    /** {@code node.a.b} as text, or null. */
    static String text(JsonNode node, String object, String field) {
        return node == null ? null : text(node.get(object), field);
    }
}
