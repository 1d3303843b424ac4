package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.internal.text.StringListParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Binds a Jackson tree (a TOML document, or Komodo's API JSON) to the typed model, driven only by
 * the model's metadata: keys and aliases, defaults, required fields, unions, and the input forms
 * Komodo accepts (behaviour §2, §10.4: key/value text or its array form, string lists, item or
 * list, file text, versions; the last Komodo-specific steps are {@link KomodoInputForms}). Never
 * throws for bad input: every problem is a {@link BindProblem} ({@link BindProblems} phrases
 * them), and the value it concerns takes its default so that binding goes on and finds the rest.
 *
 * <p>One binder binds one declared item; {@link #forEachBoundPath} then says where each of its
 * values was written, under canonical paths ({@code config.server_id}).
 */
public final class Binder {

    /** How strictly to read. */
    public enum Mode {
        /** A sync file: unknown keys are reported. */
        DECLARATION,
        /** Komodo's API JSON: unknown keys are ignored, {@code null} means absent. */
        SNAPSHOT
    }

    /** Explains an unknown key better than "unknown field", where the caller knows why it is there. */
    public interface UnknownKeyAdvisor {
        /** A problem to report instead of the generic one, if the caller recognises the key. */
        Optional<BindProblem> advise(RecordType owner, String key, RawPath at);
    }


    private final Mode mode;
    private final BindProblems problems = new BindProblems();
    private final UnknownKeys unknownKeys;
    /** The canonical path and written path of each value bound, in binding order. */
    private final List<String> boundCanonical = new ArrayList<>();
    private final List<RawPath> boundRaw = new ArrayList<>();
    /** Whether bound paths are kept: a sync file's are its source map; a snapshot has none. */
    private final boolean tracksPaths;
    /** The run's canonical paths, shared by its binders; null to join each path anew. */
    private final CanonicalPaths paths;

    /**
     * A binder.
     *
     * @param mode how strictly to read
     * @param positions where each path was written, when known (for hints about misplaced keys)
     */
    public Binder(Mode mode, Function<RawPath, Optional<SourceLocation>> positions) {
        this(mode, positions, null);
    }

    /**
     * A binder whose canonical paths are {@code paths}'s strings, shared with the run's other binders.
     *
     * @param mode how strictly to read
     * @param positions where each path was written, when known (for hints about misplaced keys)
     * @param paths the run's canonical paths, or null to join each anew
     */
    public Binder(Mode mode, Function<RawPath, Optional<SourceLocation>> positions, CanonicalPaths paths) {
        this.mode = mode;
        this.tracksPaths = mode == Mode.DECLARATION;
        this.paths = paths;
        this.unknownKeys = new UnknownKeys(mode, positions, problems);
    }

    /** The problems found so far. */
    public List<BindProblem> problems() {
        return problems.all();
    }

    /** Whether any problem found so far is an error. */
    public boolean hasErrors() {
        return problems.hasErrors();
    }

    /**
     * Gives the canonical path of every value bound so far, and where it was written, in binding
     * order (a path bound twice comes twice, the later binding counting); none in
     * {@link Mode#SNAPSHOT} mode, which has no use for them.
     */
    public void forEachBoundPath(BiConsumer<String, RawPath> action) {
        for (int i = 0; i < boundCanonical.size(); i++) {
            action.accept(boundCanonical.get(i), boundRaw.get(i));
        }
    }

    /** Reports a problem found by the caller, so that it is located like the binder's own. */
    public void report(DiagnosticCode code, String message, RawPath at, String hint) {
        problems.report(code, message, at, hint);
    }

    /**
     * Binds a value of {@code type} (a record or union; or any value type) found at {@code raw},
     * naming it {@code canonical}.
     */
    public Object bind(ValueType type, JsonNode node, RawPath raw, String canonical) {
        return value(type, null, node, raw, canonical, null);
    }

    /**
     * Binds a record from a table, skipping {@code skipKeys} (the caller binds them), and asking
     * {@code advisor} about unknown keys first.
     */
    public Object bindRecord(RecordType type, ObjectNode node, RawPath raw, String canonical, Set<String> skipKeys,
            UnknownKeyAdvisor advisor) {
        return record(type, node, raw, canonical, null, skipKeys, advisor);
    }

    private Object field(RecordType owner, FieldSpec field, JsonNode node, RawPath raw, String canonical, BindFrame frame) {
        bound(canonical, raw);
        JsonNode input = node;
        if (field.keyValueForm().isPresent() && input.isArray()) {
            Optional<String> text = KomodoInputForms.keyValueArray(field, (ArrayNode) input, raw, problems);
            if (text.isEmpty()) {
                return owner.defaultValue(field);
            }
            return KomodoInputForms.normalise(field, text.get(), owner);
        }
        if (field.stringList() && input.isTextual()) {
            return StringListParser.parse(input.textValue());
        }
        if (field.itemOrList() && input.isObject() && field.type() instanceof ValueType.ListType list) {
            return List.of(value(list.element(), null, input, raw, canonical, frame));
        }
        Object value = value(field.type(), field, input, raw, canonical, frame);
        return KomodoInputForms.normalise(field, value, owner);
    }

    private Object value(ValueType type, FieldSpec field, JsonNode node, RawPath raw, String canonical, BindFrame frame) {
        if (type instanceof ValueType.OptionalType optional) {
            return node == null || node.isNull() ? Optional.empty()
                    : Optional.of(value(optional.value(), field, node, raw, canonical, frame));
        }
        if (node.isNull()) {
            return fallback(type, field, frame);
        }
        if (type instanceof ValueType.StringType) {
            return node.isTextual() ? node.textValue() : mismatch(raw, type, node, field, frame);
        }
        if (type instanceof ValueType.SecretType) {
            return node.isTextual() ? Secret.of(node.textValue()) : mismatch(raw, type, node, field, frame);
        }
        if (type instanceof ValueType.BooleanType) {
            return node.isBoolean() ? node.booleanValue() : mismatch(raw, type, node, field, frame);
        }
        if (type instanceof ValueType.IntegerType integer) {
            var read = ScalarReads.integer(integer, node, raw, problems);
            return read.isPresent() ? read.get() : fallback(integer, field, frame);
        }
        if (type instanceof ValueType.FloatType decimal) {
            return node.isNumber() ? decimal.box(node.doubleValue()) : mismatch(raw, type, node, field, frame);
        }
        if (type instanceof ValueType.VersionType) {
            var read = ScalarReads.version(node, raw, problems);
            return read.isPresent() ? read.get() : fallback(type, field, frame);
        }
        if (type instanceof ValueType.EnumType enumType) {
            var read = ScalarReads.enumConstant(enumType, node, raw, problems);
            return read.isPresent() ? read.get() : fallback(type, field, frame);
        }
        if (type instanceof ValueType.ListType list) {
            return list(list, field, node, raw, canonical, frame);
        }
        if (type instanceof ValueType.MapType map) {
            return map(map, field, node, raw, canonical, frame);
        }
        if (type instanceof ValueType.AnyType) {
            return JsonValues.toJava(node);
        }
        if (type instanceof RecordType record) {
            if (node.isObject()) {
                return record(record, (ObjectNode) node, raw, canonical, frame, Set.of(), null);
            }
            Optional<FieldSpec> scalar = record.scalarField();
            if (scalar.isPresent() && node.isTextual()) {
                List<Object> values = new ArrayList<>(record.values(record.defaults()));
                values.set(record.indexOf(scalar.get()), value(scalar.get().type(), scalar.get(), node, raw,
                        canonical, frame));
                return create(record, values.toArray(), raw);
            }
            return mismatch(raw, type, node, field, frame);
        }
        if (type instanceof UnionType union) {
            return node.isObject() ? union(union, (ObjectNode) node, raw, canonical, frame)
                    : mismatch(raw, type, node, field, frame);
        }
        throw new IllegalStateException("unhandled value type " + type);
    }

    private Object list(ValueType.ListType type, FieldSpec field, JsonNode node, RawPath raw, String canonical,
            BindFrame frame) {
        if (!node.isArray()) {
            return mismatch(raw, type, node, field, frame);
        }
        List<Object> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            String elementPath = tracksPaths ? canonical + "[" + i + "]" : canonical;
            RawPath at = raw.index(i);
            bound(elementPath, at);
            elements.add(value(type.element(), null, node.get(i), at, elementPath, frame));
        }
        return List.copyOf(elements);
    }

    private Object map(ValueType.MapType type, FieldSpec field, JsonNode node, RawPath raw, String canonical,
            BindFrame frame) {
        if (!node.isObject()) {
            return mismatch(raw, type, node, field, frame);
        }
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            RawPath at = raw.key(entry.getKey());
            Object key = entry.getKey();
            if (type.keys().isPresent()) {
                Optional<KomodoEnum> constant = type.keys().get().constant(entry.getKey());
                if (constant.isEmpty()) {
                    List<String> keys = type.keys().get().constants().stream().map(KomodoEnum::key).toList();
                    report(DiagnosticCode.INVALID_VALUE, "`" + entry.getKey() + "` in " + BindProblems.describeTarget(raw) + " is not "
                            + type.keys().get().describe(), at,
                            Suggestions.closest(entry.getKey(), keys).map(s -> "did you mean `" + s + "`?").orElse(null));
                    continue;
                }
                key = constant.get();
            }
            String entryPath = tracksPaths ? canonical + "." + entry.getKey() : canonical;
            bound(entryPath, at);
            entries.put(key, value(type.value(), null, entry.getValue(), at, entryPath, frame));
        }
        return Collections.unmodifiableMap(entries);
    }

    private Object record(RecordType type, ObjectNode node, RawPath raw, String canonical, BindFrame parent,
            Set<String> skipKeys, UnknownKeyAdvisor advisor) {
        BindFrame frame = new BindFrame(type, raw, parent);
        List<FieldSpec> fields = type.fields();
        // A value is never null: a slot still null was not given (its default fills it below).
        Object[] values = new Object[fields.size()];
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            if (skipKeys.contains(key)) {
                continue;
            }
            RawPath at = raw.key(key);
            int index = type.slotOf(key);
            if (index < 0) {
                unknownKeys.report(type, key, at, frame, advisor);
                continue;
            }
            FieldSpec field = fields.get(index);
            if (mode == Mode.SNAPSHOT && entry.getValue().isNull()) {
                continue;
            }
            if (values[index] != null) {
                report(DiagnosticCode.DUPLICATE_FIELD, "`" + firstSpelling(type, node, index, skipKeys) + "` and `" + key
                        + "` both set `" + field.key() + "` in [" + raw.tableName() + "]", at,
                        "Komodo rejects a table that gives one field twice; keep one spelling");
                continue;
            }
            values[index] = field(type, field, entry.getValue(), at, child(canonical, field.key()), frame);
        }
        for (int i = 0; i < fields.size(); i++) {
            if (values[i] == null) {
                FieldSpec field = fields.get(i);
                if (field.required()) {
                    report(DiagnosticCode.MISSING_FIELD, "missing `" + field.key() + "` in [" + raw.tableName() + "]",
                            raw, "Komodo rejects the file without it");
                }
                values[i] = type.get(type.defaults(), i);
            }
        }
        return create(type, values, raw);
    }

    /** The key of {@code node} that set field {@code index} first: a duplicate's message names both spellings. */
    private String firstSpelling(RecordType type, ObjectNode node, int index, Set<String> skipKeys) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (type.slotOf(entry.getKey()) == index && !skipKeys.contains(entry.getKey())
                    && !(mode == Mode.SNAPSHOT && entry.getValue().isNull())) {
                return entry.getKey();
            }
        }
        return type.fields().get(index).key();
    }

    private Object union(UnionType union, ObjectNode node, RawPath raw, String canonical, BindFrame frame) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String key = member.getKey();
            if (!key.equals(union.tagKey()) && !key.equals(union.contentKey())) {
                unknownKeys.report(null, key, raw.key(key), frame, null);
            }
        }
        JsonNode tag = node.get(union.tagKey());
        if (tag == null || tag.isNull()) {
            report(DiagnosticCode.MISSING_FIELD, "missing `" + union.tagKey() + "` in " + BindProblems.describeTarget(raw), raw,
                    "write " + union.tagKey() + " = \"" + union.defaultVariant().variantName() + "\" (or another variant)"
                            + " and " + union.contentKey() + " = { ... }");
            return union.zero();
        }
        if (!tag.isTextual()) {
            problems.wrongType(raw.key(union.tagKey()), "`" + union.tagKey() + "`", "a string", tag);
            return union.zero();
        }
        bound(child(canonical, union.tagKey()), raw.key(union.tagKey()));
        Optional<RecordType> variant = union.variant(tag.textValue());
        if (variant.isEmpty()) {
            return unknownVariant(union, tag.textValue(), raw);
        }
        JsonNode content = node.get(union.contentKey());
        RawPath contentPath = raw.key(union.contentKey());
        if (content == null || content.isNull()) {
            report(DiagnosticCode.MISSING_FIELD, "missing `" + union.contentKey() + "` in " + BindProblems.describeTarget(raw), raw,
                    "Komodo requires `" + union.contentKey() + "` even when empty: write " + union.contentKey() + " = {}");
            return variant.get().defaults();
        }
        if (!content.isObject()) {
            problems.wrongType(contentPath, "`" + union.contentKey() + "`", "a table", content);
            return variant.get().defaults();
        }
        return record(variant.get(), (ObjectNode) content, contentPath, child(canonical, union.contentKey()), frame,
                Set.of(), null);
    }

    /**
     * Reports a union's unknown variant and gives the union's zero. Apart from {@link #union}: the
     * report's streams, compiled into it, would have it compiled again once the JDK loads another
     * stream class (issue 19), and it would be compiled larger for a branch a valid file never takes.
     */
    private Object unknownVariant(UnionType union, String tag, RawPath raw) {
        List<String> names = union.variants().stream().map(RecordType::variantName).toList();
        String kindOf = union.javaType().getSimpleName().equals("Execution") ? "execution type" : "`"
                + union.tagKey() + "`";
        report(DiagnosticCode.UNKNOWN_VARIANT, "unknown " + kindOf + " `" + tag + "` in "
                + BindProblems.describeTarget(raw), raw.key(union.tagKey()),
                Suggestions.closest(tag, names).map(s -> "did you mean \"" + s + "\"?")
                        .orElse(names.size() <= 12 ? "write one of " + String.join(", ", names) : null));
        return union.zero();
    }

    private Object mismatch(RawPath raw, ValueType expected, JsonNode found, FieldSpec field, BindFrame frame) {
        problems.wrongType(raw, BindProblems.describeTarget(raw), expected.describe(), found);
        return fallback(expected, field, frame);
    }

    private Object fallback(ValueType type, FieldSpec field, BindFrame frame) {
        if (field != null && frame != null && frame.type().indexOf(field) >= 0) {
            return frame.type().defaultValue(field);
        }
        return type.zero();
    }

    private Object create(RecordType type, Object[] values, RawPath raw) {
        try {
            return type.createFrom(values);
        } catch (IllegalArgumentException e) {
            report(DiagnosticCode.INVALID_VALUE, "invalid [" + raw.tableName() + "]: " + e.getMessage(), raw, null);
            return type.defaults();
        }
    }

    /** The canonical path of {@code key} below {@code canonical}, when paths are kept. */
    private String child(String canonical, String key) {
        if (!tracksPaths) {
            return canonical;
        }
        return paths != null ? paths.child(canonical, key) : join(canonical, key);
    }

    private void bound(String canonical, RawPath raw) {
        if (tracksPaths) {
            boundCanonical.add(canonical);
            boundRaw.add(raw);
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
