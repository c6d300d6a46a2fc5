package dev.azscsp.azure.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives one value of a JSON answer another JSON type, for tests of how answers are read:
 * {@code fake.inject(Fault.rewrite(body -> Mistyped.retype(body, 7, "[]")))}.
 */
public final class Mistyped {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values of every JSON type but null (a null field counts as absent, which ARM may do). */
    public static final List<String> VALUES = List.of("\"text\"", "\"\"", "42", "-1.5", "true", "{}", "{\"a\":[1]}", "[]",
            "[\"x\",{}]");

    private Mistyped() {}

    /**
     * The body with one value replaced by {@code json}: the {@code slot}-th of all its fields and list items,
     * depth first, counted modulo their number. Unchanged when that value already has the type of {@code json}.
     */
    public static String retype(String body, int slot, String json) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode value = JSON.readTree(json);
            List<Runnable> setters = new ArrayList<>();
            List<JsonNode> current = new ArrayList<>();
            collect(root, value, setters, current);
            if (setters.isEmpty()) return body;
            int i = Math.floorMod(slot, setters.size());
            if (current.get(i).getNodeType() == value.getNodeType()) return body;
            setters.get(i).run();
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }

    /**
     * The body with the value at {@code pointer} (a JSON Pointer: a field, a list item, nested ones) replaced by
     * {@code json}, whatever its type.
     */
    public static String at(String body, String pointer, String json) {
        try {
            JsonNode root = JSON.readTree(body);
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = root.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            JsonNode value = JSON.readTree(json);
            if (parent instanceof ObjectNode o) o.set(last, value);
            else ((ArrayNode) parent).set(Integer.parseInt(last), value);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }

    private static void collect(JsonNode node, JsonNode value, List<Runnable> setters, List<JsonNode> current) {
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                setters.add(() -> o.set(name, value));
                current.add(o.get(name));
                collect(o.get(name), value, setters, current);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                int index = i;
                setters.add(() -> a.set(index, value));
                current.add(a.get(i));
                collect(a.get(i), value, setters, current);
            }
        }
    }
}
