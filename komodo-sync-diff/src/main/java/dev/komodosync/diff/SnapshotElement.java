package dev.komodosync.diff;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.meta.ValueType;
import dev.komodosync.parser.internal.Binder;
import dev.komodosync.parser.internal.BindProblem;
import dev.komodosync.parser.internal.RawPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a snapshot's big arrays (a resource, a variable, a permission, ...) or one
 * runtime entry, read from the stream as a tree of its own together with where each of its values
 * starts, so that a problem is located at the very value. Typed reads report problems and give
 * a usable value anyway, so that reading goes on and finds every problem.
 *
 * <p>{@code null} is absent everywhere (formats.md §1); unknown keys are never looked at.
 */
final class SnapshotElement {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode node;
    private final RawPath path;
    private final Map<String, Long> positions;
    private final SnapshotProblems problems;

    private SnapshotElement(JsonNode node, RawPath path, Map<String, Long> positions, SnapshotProblems problems) {
        this.node = node;
        this.path = path;
        this.positions = positions;
        this.problems = problems;
    }

    /** Reads the value the parser's current token starts, which lives at {@code path}. */
    static SnapshotElement read(JsonParser parser, RawPath path, SnapshotProblems problems) throws IOException {
        Map<String, Long> positions = new HashMap<>();
        JsonNode node = tree(parser, new StringBuilder(SnapshotProblems.pointer(path)), positions);
        return new SnapshotElement(node, path, positions, problems);
    }

    /** The tree as {@code readValueAsTree()} builds it, recording each value's start by JSON pointer. */
    private static JsonNode tree(JsonParser parser, StringBuilder pointer, Map<String, Long> positions)
            throws IOException {
        positions.put(pointer.toString(), SnapshotProblems.position(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        int mark = pointer.length();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    SnapshotProblems.appendSegment(pointer, key);
                    object.set(key, tree(parser, pointer, positions));
                    pointer.setLength(mark);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
                    pointer.append('/').append(index);
                    array.add(tree(parser, pointer, positions));
                    pointer.setLength(mark);
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(parser.getEmbeddedObject());
            default:
                throw new IllegalStateException("a JSON value cannot start with " + token);
        }
    }

    /** Reports a wrong type unless the element is an object; whether it is. */
    boolean requireObject() {
        if (node.isObject()) {
            return true;
        }
        problems.wrongType(path, "an object", node, positionOf(path));
        return false;
    }

    /** The value of {@code key}, unless absent or {@code null}. */
    Optional<JsonNode> get(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The string at {@code key}; empty when absent, or (reported) of another type. */
    Optional<String> string(String key) {
        Optional<JsonNode> value = get(key);
        if (value.isPresent() && !value.get().isTextual()) {
            wrongType(key, "a string", value.get());
            return Optional.empty();
        }
        return value.map(JsonNode::textValue);
    }

    /** The string at {@code key}, reporting its absence: {@code what} is left out without it. */
    Optional<String> requiredString(String key, String what) {
        if (get(key).isEmpty()) {
            missing(key, what);
        }
        return string(key);
    }

    /** The boolean at {@code key}; false when absent, or (reported) of another type. */
    boolean bool(String key) {
        Optional<JsonNode> value = get(key);
        if (value.isPresent() && !value.get().isBoolean()) {
            wrongType(key, "a boolean", value.get());
            return false;
        }
        return value.map(JsonNode::booleanValue).orElse(false);
    }

    /** The strings at {@code key}; empty when absent, or (reported) of another type. */
    List<String> strings(String key) {
        Optional<JsonNode> value = get(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            wrongType(key, "an array of strings", value.get());
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        RawPath at = path.key(key);
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode element = value.get().get(i);
            if (element.isTextual()) {
                strings.add(element.textValue());
            } else if (!element.isNull()) {
                problems.wrongType(at.index(i), "a string", element, positionOf(at.index(i)));
            }
        }
        return strings;
    }

    /** The object at {@code key}; empty when absent, or (reported) of another type. */
    Optional<SnapshotElement> object(String key) {
        Optional<JsonNode> value = get(key);
        if (value.isPresent() && !value.get().isObject()) {
            wrongType(key, "an object", value.get());
            return Optional.empty();
        }
        return value.map(child -> new SnapshotElement(child, path.key(key), positions, problems));
    }

    /** The object at {@code key}, reporting its absence: {@code what} is left out without it. */
    Optional<SnapshotElement> requiredObject(String key, String what) {
        if (get(key).isEmpty()) {
            missing(key, what);
        }
        return object(key);
    }

    /**
     * Komodo's id of the element: {@code "_id": {"$oid": "..."}}, or {@code "_id"} or {@code "id"}
     * as a string. Its absence is reported: {@code what} is left out without it.
     */
    Optional<String> id(String what) {
        Optional<JsonNode> id = get("_id");
        if (id.isPresent()) {
            JsonNode oid = id.get().isObject() ? id.get().get("$oid") : id.get();
            if (oid != null && oid.isTextual()) {
                return Optional.of(oid.textValue());
            }
            wrongType("_id", "{\"$oid\": \"...\"} or a string", id.get());
            return Optional.empty();
        }
        if (get("id").isPresent()) {
            return string("id");
        }
        problems.wrongType(SnapshotProblems.pointer(path) + " has no `_id`; " + what + " is left out",
                positionOf(path), Optional.of("Komodo's API JSON gives each document its id as \"_id\": {\"$oid\": \"...\"}"));
        return Optional.empty();
    }

    /**
     * The value at {@code key} bound to {@code type} by the model's binder, its problems reported;
     * {@code absent} when absent or {@code null}.
     */
    Object bind(String key, ValueType type, Object absent) {
        Optional<JsonNode> value = get(key);
        return value.isEmpty() ? absent : bindNode(value.get(), path.key(key), type);
    }

    /** The element itself bound to {@code type}; its keys that {@code type} lacks are ignored. */
    Object bindSelf(ValueType type) {
        return bindNode(node, path, type);
    }

    /** The value at {@code key} bound to {@code type}; empty when absent, or when it has a problem (reported). */
    Optional<Object> bindStrictly(String key, ValueType type) {
        Optional<JsonNode> value = get(key);
        return value.isEmpty() ? Optional.empty() : bindNodeStrictly(value.get(), path.key(key), type);
    }

    /** The element itself bound to {@code type}; empty when it has a problem (reported). */
    Optional<Object> bindSelfStrictly(ValueType type) {
        return bindNodeStrictly(node, path, type);
    }

    private Optional<Object> bindNodeStrictly(JsonNode value, RawPath at, ValueType type) {
        int before = problems.count();
        Object bound = bindNode(value, at, type);
        return problems.count() == before ? Optional.of(bound) : Optional.empty();
    }

    /** Binds with the parser's binder in snapshot mode: unknown keys ignored, {@code null} absent. */
    private Object bindNode(JsonNode value, RawPath at, ValueType type) {
        Binder binder = new Binder(Binder.Mode.SNAPSHOT, raw -> Optional.empty());
        Object bound = binder.bind(type, value, at, "");
        for (BindProblem problem : binder.problems()) {
            problems.bindProblem(problem, positionOf(problem.at()));
        }
        return bound;
    }

    private void wrongType(String key, String expected, JsonNode found) {
        RawPath at = path.key(key);
        problems.wrongType(at, expected, found, positionOf(at));
    }

    private void missing(String key, String what) {
        problems.wrongType(SnapshotProblems.pointer(path) + " has no `" + key + "`; " + what + " is left out",
                positionOf(path), Optional.empty());
    }

    /** Where the value at {@code at} starts, or the nearest enclosing value that was read. */
    private long positionOf(RawPath at) {
        RawPath probe = at;
        while (true) {
            Long position = positions.get(SnapshotProblems.pointer(probe));
            if (position != null) {
                return position;
            }
            if (probe.isRoot()) {
                return positions.get(SnapshotProblems.pointer(path));
            }
            probe = probe.parent();
        }
    }
}
