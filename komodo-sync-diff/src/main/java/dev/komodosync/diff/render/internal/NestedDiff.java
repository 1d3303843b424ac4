package dev.komodosync.diff.render.internal;

import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueEquality;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The structural difference of two values of one type, for showing a changed list or table member
 * by member: tables and union params are descended into; lists of tables are matched element by
 * element ({@link ElementKeys}: by name or another identity where every element has a distinct one,
 * otherwise by position around the elements that did not change), and only the elements that
 * differ are reported, a changed one member by member, an inserted or removed one whole; lists of
 * scalars are reported as a line diff; multi-line strings as a line diff too.
 *
 * <p>Each member has two paths: the text path, with keys spelled as Komodo's export writes them
 * ({@code config.stage[1] "Deploy".executions[0].execution.params.deployment}), and the JSON path
 * in the grammar of formats §2 with list indices ({@code config.stages[1].executions[0].execution.params.deployment}).
 * Values are the model's typed values; renderers mask secrets when they show them. Not API.
 */
public final class NestedDiff {

    /** What happened to a member. */
    public enum Kind {
        /** A scalar (or a value shown whole) changed: {@code from → to}. */
        CHANGED,
        /** A multi-line string changed: a line diff of {@code from} and {@code to}. */
        LINES,
        /** A list of scalars changed: a line diff of its elements. */
        LIST,
        /** An element or entry was inserted: {@code to}, shown whole. */
        ADDED,
        /** An element or entry was removed: {@code from}, shown whole. */
        REMOVED,
        /** Matched elements moved: {@code from} and {@code to} are their labels in the old and new order. */
        ORDER
    }

    /**
     * One changed member.
     *
     * @param kind what happened
     * @param textPath the path with keys as export writes them, elements as {@code [index] label}
     * @param jsonPath the path in formats §2's grammar, elements as {@code [index]}
     * @param type the type of {@code from} and {@code to} (for {@link Kind#ORDER}, a list of strings)
     * @param from the existing value; {@code null} for {@link Kind#ADDED}
     * @param to the declared value; {@code null} for {@link Kind#REMOVED}
     */
    public record Member(Kind kind, String textPath, String jsonPath, ValueType type, Object from, Object to) {}

    private static final ValueType TEXT = new ValueType.StringType();
    private static final ValueType LABELS = new ValueType.ListType(TEXT);

    private final List<Member> members = new ArrayList<>();

    private NestedDiff() {}

    /** The changed members of {@code from} → {@code to}, both of {@code type}, under the given paths. */
    public static List<Member> diff(ValueType type, Object from, Object to, String textPath, String jsonPath) {
        NestedDiff diff = new NestedDiff();
        diff.value(type, from, to, textPath, jsonPath);
        return List.copyOf(diff.members);
    }

    /** Whether a change of a value of {@code type} is shown member by member rather than whole. */
    public static boolean isStructured(ValueType type) {
        return type instanceof ValueType.ListType || type instanceof ValueType.MapType;
    }

    private void value(ValueType type, Object from, Object to, String text, String json) {
        if (ValueEquality.equal(type, from, to)) {
            return;
        }
        if (type instanceof ValueType.OptionalType optional && from instanceof Optional<?> before
                && to instanceof Optional<?> after && before.isPresent() && after.isPresent()) {
            value(optional.value(), before.get(), after.get(), text, json);
        } else if (type instanceof UnionType union) {
            union(union, from, to, text, json);
        } else if (type instanceof RecordType record) {
            record(record, from, to, text, json);
        } else if (type instanceof ValueType.ListType list && from instanceof List<?> before && to instanceof List<?> after) {
            if (list.element() instanceof RecordType || list.element() instanceof UnionType) {
                tables(list.element(), before, after, text, json);
            } else {
                members.add(new Member(Kind.LIST, text, json, type, before, after));
            }
        } else if (type instanceof ValueType.MapType map && from instanceof Map<?, ?> before && to instanceof Map<?, ?> after) {
            map(map.value(), before, after, text, json);
        } else if (from instanceof String before && to instanceof String after
                && (before.indexOf('\n') >= 0 || after.indexOf('\n') >= 0)) {
            members.add(new Member(Kind.LINES, text, json, type, before, after));
        } else {
            members.add(new Member(Kind.CHANGED, text, json, type, from, to));
        }
    }

    private void union(UnionType union, Object from, Object to, String text, String json) {
        RecordType before = union.variantOf(from);
        RecordType after = union.variantOf(to);
        if (before.equals(after)) {
            record(after, from, to, join(text, union.contentKey()), join(json, union.contentKey()));
            return;
        }
        members.add(new Member(Kind.CHANGED, join(text, union.tagKey()), join(json, union.tagKey()), TEXT,
                before.variantName(), after.variantName()));
        members.add(new Member(Kind.CHANGED, join(text, union.contentKey()), join(json, union.contentKey()), after, from, to));
    }

    private void record(RecordType type, Object from, Object to, String text, String json) {
        for (FieldSpec field : type.fields()) {
            Object before = type.get(from, field);
            Object after = type.get(to, field);
            if (!ValueEquality.equal(field.type(), before, after)) {
                value(field.type(), before, after, join(text, ExportSpelling.key(type, field)), join(json, field.exportKey()));
            }
        }
    }

    private void map(ValueType values, Map<?, ?> from, Map<?, ?> to, String text, String json) {
        Set<Object> keys = new LinkedHashSet<>(from.keySet());
        keys.addAll(to.keySet());
        for (Object key : keys) {
            String name = key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key);
            String textKey = join(text, ExportSpelling.quoted(name));
            String jsonKey = join(json, ExportSpelling.quoted(name));
            if (!to.containsKey(key)) {
                members.add(new Member(Kind.REMOVED, textKey, jsonKey, values, from.get(key), null));
            } else if (!from.containsKey(key)) {
                members.add(new Member(Kind.ADDED, textKey, jsonKey, values, null, to.get(key)));
            } else {
                value(values, from.get(key), to.get(key), textKey, jsonKey);
            }
        }
    }

    private void tables(ValueType element, List<?> from, List<?> to, String text, String json) {
        Optional<List<String>> fromKeys = ElementKeys.distinct(element, from);
        Optional<List<String>> toKeys = ElementKeys.distinct(element, to);
        if (fromKeys.isPresent() && toKeys.isPresent()) {
            byKey(element, from, to, fromKeys.get(), toKeys.get(), text, json);
        } else {
            byPosition(element, from, to, text, json);
        }
    }

    private void byKey(ValueType element, List<?> from, List<?> to, List<String> fromKeys, List<String> toKeys,
            String text, String json) {
        Map<String, Integer> fromIndex = new HashMap<>();
        for (int i = 0; i < fromKeys.size(); i++) {
            fromIndex.put(fromKeys.get(i), i);
        }
        Set<String> declared = Set.copyOf(toKeys);
        List<String> oldOrder = new ArrayList<>();
        for (String key : fromKeys) {
            if (declared.contains(key)) {
                oldOrder.add(key);
            }
        }
        List<String> newOrder = new ArrayList<>();
        for (String key : toKeys) {
            if (fromIndex.containsKey(key)) {
                newOrder.add(key);
            }
        }
        if (!oldOrder.equals(newOrder)) {
            members.add(new Member(Kind.ORDER, text, json, LABELS, oldOrder, newOrder));
        }
        for (int i = 0; i < from.size(); i++) {
            if (!declared.contains(fromKeys.get(i))) {
                members.add(new Member(Kind.REMOVED, element(text, i, fromKeys.get(i)), json + "[" + i + "]", element,
                        from.get(i), null));
            }
        }
        for (int j = 0; j < to.size(); j++) {
            String key = toKeys.get(j);
            Integer i = fromIndex.get(key);
            if (i == null) {
                members.add(new Member(Kind.ADDED, element(text, j, key), json + "[" + j + "]", element, null, to.get(j)));
            } else {
                value(element, from.get(i), to.get(j), element(text, j, key), json + "[" + j + "]");
            }
        }
    }

    /**
     * Elements without a distinct identity: those equal on both sides (the longest common
     * subsequence) anchor the lists; between anchors, removed and inserted elements are paired by
     * position and compared member by member, the rest reported whole.
     */
    private void byPosition(ValueType element, List<?> from, List<?> to, String text, String json) {
        int[][] common = new int[from.size() + 1][to.size() + 1];
        for (int i = from.size() - 1; i >= 0; i--) {
            for (int j = to.size() - 1; j >= 0; j--) {
                common[i][j] = ValueEquality.equal(element, from.get(i), to.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < from.size() || j < to.size()) {
            if (i < from.size() && j < to.size() && ValueEquality.equal(element, from.get(i), to.get(j))) {
                gap(element, from, to, removed, added, text, json);
                i++;
                j++;
            } else if (j >= to.size() || (i < from.size() && common[i + 1][j] >= common[i][j + 1])) {
                removed.add(i++);
            } else {
                added.add(j++);
            }
        }
        gap(element, from, to, removed, added, text, json);
    }

    private void gap(ValueType element, List<?> from, List<?> to, List<Integer> removed, List<Integer> added,
            String text, String json) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            int j = added.get(k);
            value(element, from.get(removed.get(k)), to.get(j), text + "[" + j + "]", json + "[" + j + "]");
        }
        for (int k = paired; k < removed.size(); k++) {
            int i = removed.get(k);
            members.add(new Member(Kind.REMOVED, text + "[" + i + "]", json + "[" + i + "]", element, from.get(i), null));
        }
        for (int k = paired; k < added.size(); k++) {
            int j = added.get(k);
            members.add(new Member(Kind.ADDED, text + "[" + j + "]", json + "[" + j + "]", element, null, to.get(j)));
        }
        removed.clear();
        added.clear();
    }

    private static String element(String text, int index, String label) {
        return text + "[" + index + "] " + label;
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
