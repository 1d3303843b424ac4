package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.internal.BindProblem;
import dev.komodosync.parser.internal.Binder;
import dev.komodosync.parser.internal.RawPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One element of a snapshot's big arrays (a resource, a variable, a permission, ...) or one
 * runtime entry, read from the stream as a tree of its own together with where each of its values
 * starts, so that a problem is located at the very value. Typed reads report problems and give
 * a usable value anyway, so that reading goes on and finds every problem.
 *
 * <p>Where values start is kept cheaply, because it is needed only when there is a problem: one
 * packed position per value, in the order the stream gives them (the tree's pre-order), and a
 * problem's path is found in it by walking the tree. A key given twice keeps its last value, as
 * Jackson's trees do, and moves to the end of its object, so that tree and positions stay in the
 * same order.
 *
 * <p>{@code null} is absent everywhere (formats.md §1); unknown keys are never looked at.
 */
final class SnapshotElement {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode node;
    private final RawPath path;
    private final Root root;
    private final SnapshotProblems problems;
    private List<DuplicateKey> duplicateKeys = List.of();

    /**
     * The element as read: its tree, its path and, when read from a stream, the start of each of its
     * values in pre-order ({@code null} for a tree that came without positions).
     */
    private record Root(JsonNode node, RawPath path, Positions positions) {}

    private SnapshotElement(JsonNode node, RawPath path, Root root, SnapshotProblems problems) {
        this.node = node;
        this.path = path;
        this.root = root;
        this.problems = problems;
    }

    /** Reads the value the parser's current token starts, which lives at {@code path}. */
    static SnapshotElement read(JsonParser parser, RawPath path, SnapshotProblems problems) throws IOException {
        Positions positions = new Positions();
        List<DuplicateKey> duplicates = new ArrayList<>(0);
        JsonNode node = tree(parser, positions, duplicates);
        SnapshotElement element = new SnapshotElement(node, path, new Root(node, path, positions), problems);
        element.duplicateKeys = duplicates;
        return element;
    }

    /** An element that is already a tree, which lives at {@code path}; its problems have no position. */
    static SnapshotElement of(JsonNode node, RawPath path, SnapshotProblems problems) {
        return new SnapshotElement(node, path, new Root(node, path, null), problems);
    }

    /** The tree as {@code readValueAsTree()} builds it, recording each value's start in pre-order. */
    /** A key met twice in one object while reading: reported on the binding thread ({@link #reportDuplicateKeys()}). */
    private record DuplicateKey(String key, long position) {}

    private static JsonNode tree(JsonParser parser, Positions positions, List<DuplicateKey> duplicates) throws IOException {
        int self = positions.size();
        positions.add(SnapshotProblems.tokenPosition(parser));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    // The key's place is worked out only for a repeated key: a location object per
                    // key of a big snapshot is garbage a cold run's compiler does not optimise away.
                    JsonNode earlier = object.get(key);
                    long keyPosition = earlier == null ? 0 : SnapshotProblems.position(parser.currentTokenLocation());
                    parser.nextToken();
                    JsonNode value = tree(parser, positions, duplicates);
                    if (earlier != null) {
                        duplicates.add(new DuplicateKey(key, keyPosition));
                        positions.remove(start(object, self, key), size(earlier));
                        object.remove(key);
                    }
                    object.set(key, value);
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(parser, positions, duplicates));
                }
                return array;
            }
            default:
                return JsonText.scalar(parser);
        }
    }

    /** The pre-order index of {@code key}'s value in {@code object}, which has index {@code self}. */
    private static int start(JsonNode object, int self, String key) {
        int index = self + 1;
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (entry.getKey().equals(key)) {
                return index;
            }
            index += size(entry.getValue());
        }
        throw new IllegalArgumentException("no key " + key);
    }

    /** How many values {@code node} is, itself included. */
    private static int size(JsonNode node) {
        int size = 1;
        for (JsonNode child : node) {
            size += size(child);
        }
        return size;
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
        return value.isPresent() ? Optional.of(value.get().textValue()) : Optional.empty();
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
        return value.isPresent() && value.get().booleanValue();
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
        return value.isPresent() ? Optional.of(new SnapshotElement(value.get(), path.key(key), root, problems))
                : Optional.empty();
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

    /** A snapshot has no source positions; a named class, as a lambda links a call site at start (docs/architecture.md). */
    private static final class NoPositions implements Function<RawPath, Optional<SourceLocation>> {
        static final NoPositions INSTANCE = new NoPositions();

        @Override
        public Optional<SourceLocation> apply(RawPath path) {
            return Optional.empty();
        }
    }

    /** Binds with the parser's binder in snapshot mode: unknown keys ignored, {@code null} absent. */
    private Object bindNode(JsonNode value, RawPath at, ValueType type) {
        Binder binder = new Binder(Binder.Mode.SNAPSHOT, NoPositions.INSTANCE);
        Object bound = binder.bind(type, value, at, "");
        for (BindProblem problem : binder.problems()) {
            problems.bindProblem(problem, positionOf(problem.at()));
        }
        return bound;
    }

    /** Reports the keys the element's objects repeat (KS304); call on the thread that reports. */
    void reportDuplicateKeys() {
        for (DuplicateKey duplicate : duplicateKeys) {
            problems.duplicate("key `" + duplicate.key() + "` appears twice in one object; Komodo's API JSON never"
                    + " repeats a key", duplicate.position(), "keep one of the two: the snapshot was edited or merged by hand");
        }
    }

    /** Reports that this element repeats one before it ({@code KS304}), at the element's start. */
    void duplicate(String message, String hint) {
        problems.duplicate(SnapshotProblems.pointer(path) + ": " + message, positionOf(path), hint);
    }

    private void wrongType(String key, String expected, JsonNode found) {
        RawPath at = path.key(key);
        problems.wrongType(at, expected, found, positionOf(at));
    }

    private void missing(String key, String what) {
        problems.wrongType(SnapshotProblems.pointer(path) + " has no `" + key + "`; " + what + " is left out",
                positionOf(path), Optional.empty());
    }

    /**
     * Where the value at {@code at} starts, or the nearest enclosing value that was read: found by
     * walking the element's tree along {@code at}, counting values in pre-order.
     */
    private long positionOf(RawPath at) {
        if (root.positions() == null) {
            return SnapshotProblems.NOWHERE;
        }
        List<Object> segments = at.segments();
        int depth = root.path().segments().size();
        JsonNode current = root.node();
        int index = 0;
        for (Object segment : segments.subList(Math.min(depth, segments.size()), segments.size())) {
            int child = index + 1;
            JsonNode next = null;
            if (segment instanceof String key && current.isObject()) {
                for (Map.Entry<String, JsonNode> entry : current.properties()) {
                    if (entry.getKey().equals(key)) {
                        next = entry.getValue();
                        break;
                    }
                    child += size(entry.getValue());
                }
            } else if (segment instanceof Integer element && current.isArray() && element < current.size()) {
                for (int i = 0; i < element; i++) {
                    child += size(current.get(i));
                }
                next = current.get(element);
            }
            if (next == null) {
                break;
            }
            current = next;
            index = child;
        }
        return root.positions().get(index);
    }

    /** Packed positions ({@link SnapshotProblems#tokenPosition}), growable, without boxing. */
    private static final class Positions {
        private long[] values = new long[32];
        private int size;

        int size() {
            return size;
        }

        void add(long position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        long get(int index) {
            return values[index];
        }

        /** Removes {@code count} positions from {@code from}. */
        void remove(int from, int count) {
            System.arraycopy(values, from + count, values, from, size - from - count);
            size -= count;
        }
    }
}
