package dev.komodosync.parser.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of one field of a record: its value type widened by the input forms the binder
 * accepts for it (key/value text or its array form, a string list as one string, an item in place
 * of a list), with its description, its default and, where its documentation says so, that it is
 * deprecated.
 */
final class FieldSchemas {

    private final TypeSchemas types;
    private final FieldDocs docs;

    FieldSchemas(TypeSchemas types, FieldDocs docs) {
        this.types = types;
        this.docs = docs;
    }

    /** The schema of {@code field} under its canonical key. */
    ObjectNode field(RecordType owner, FieldSpec field) {
        return field(owner, field, false);
    }

    /** The schema of {@code field} under one of its aliases: the same, described as another spelling. */
    ObjectNode alias(RecordType owner, FieldSpec field) {
        return field(owner, field, true);
    }

    private ObjectNode field(RecordType owner, FieldSpec field, boolean alias) {
        ObjectNode schema = accepted(field);
        List<String> notes = new ArrayList<>();
        if (alias) {
            notes.add("Another spelling of `" + field.key() + "`; one spelling per table.");
        }
        Optional<String> doc = docs.field(owner.javaType(), field.javaName());
        // The model has no deprecation metadata of its own: a field its documentation calls
        // deprecated (Komodo's passkeys, behaviour §2.1, §2.7) is marked so.
        boolean deprecated = doc.map(text -> text.toLowerCase(Locale.ROOT).contains("deprecated")).orElse(false);
        doc.map(text -> Descriptions.sentence(deprecated ? text.replaceFirst("(?i)deprecated\\s+", "") : text))
                .ifPresent(notes::add);
        if (field.required() && !doc.map(text -> text.contains("required")).orElse(false)) {
            notes.add("Required.");
        }
        field.reference().filter(reference -> !reference.kind().isEmpty())
                .ifPresent(reference -> notes.add("Names a `" + reference.kind() + "`."));
        field.keyValueForm().ifPresent(form -> notes.add("Key/value text, one `key" + form.separator()
                + "value` a line; or an array of tables with `" + form.arrayKeys().get(0) + "` and `"
                + form.arrayKeys().get(1) + "`."));
        if (field.stringList()) {
            notes.add("An array of strings, or one string split at newlines and commas (`#` starts a comment).");
        }
        if (field.itemOrList()) {
            notes.add("An array, or a single table in its place.");
        }
        if (!alias && !field.aliases().isEmpty()) {
            notes.add("Also written " + Descriptions.codeList(field.aliases()) + "; one spelling per table.");
        }
        String description = String.join(" ", notes);
        if (deprecated) {
            description = "Deprecated: " + description;
        }
        ObjectNode described = describe(schema, description);
        if (!field.required()) {
            defaultOf(owner, field).ifPresent(value -> described.set("default", value));
        }
        if (deprecated) {
            // Not a draft-07 keyword: validators ignore it, editors that know it strike the key through.
            described.put("deprecated", true);
        }
        return described;
    }

    /** What the binder accepts for {@code field}, before any description. */
    private ObjectNode accepted(FieldSpec field) {
        ObjectNode value = types.value(field.type());
        if (field.keyValueForm().isPresent()) {
            return anyOf(value, TypeSchemas.keyValueArray(field.keyValueForm().get()));
        }
        if (field.stringList()) {
            return anyOf(value, TypeSchemas.typed("string"));
        }
        if (field.itemOrList() && field.type() instanceof ValueType.ListType list) {
            return anyOf(value, types.value(list.element()));
        }
        return value;
    }

    private static ObjectNode anyOf(ObjectNode first, ObjectNode second) {
        ObjectNode schema = TypeSchemas.JSON.objectNode();
        schema.putArray("anyOf").add(first).add(second);
        return schema;
    }

    /**
     * {@code schema} with {@code description}; a reference is wrapped in {@code allOf}, as draft-07
     * ignores every keyword beside {@code $ref}.
     */
    private static ObjectNode describe(ObjectNode schema, String description) {
        ObjectNode described = schema;
        if (TypeSchemas.isRef(schema)) {
            described = TypeSchemas.JSON.objectNode();
            described.putArray("allOf").add(schema);
        }
        if (!description.isEmpty()) {
            ObjectNode ordered = TypeSchemas.JSON.objectNode().put("description", description);
            ordered.setAll(described);
            return ordered;
        }
        return described;
    }

    /** The field's default as JSON, where it is a plain value (not a table). */
    private static Optional<JsonNode> defaultOf(RecordType owner, FieldSpec field) {
        return json(owner.defaultValue(field));
    }

    private static Optional<JsonNode> json(Object value) {
        if (value instanceof String text) {
            return Optional.of(TypeSchemas.JSON.textNode(text));
        }
        if (value instanceof Secret secret) {
            // Never a secret's value; defaults are empty anyway.
            return secret.isEmpty() ? Optional.of(TypeSchemas.JSON.textNode("")) : Optional.empty();
        }
        if (value instanceof Boolean bool) {
            return Optional.of(TypeSchemas.JSON.booleanNode(bool));
        }
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(TypeSchemas.JSON.numberNode(((Number) value).longValue()));
        }
        if (value instanceof Float single) {
            return Optional.of(TypeSchemas.JSON.numberNode(Double.parseDouble(Float.toString(single))));
        }
        if (value instanceof Double decimal) {
            return Optional.of(TypeSchemas.JSON.numberNode(decimal));
        }
        if (value instanceof KomodoEnum constant) {
            return Optional.of(TypeSchemas.JSON.textNode(constant.key()));
        }
        if (value instanceof Version version) {
            return Optional.of(TypeSchemas.JSON.textNode(version.major() + "." + version.minor() + "." + version.patch()));
        }
        if (value instanceof List<?> list) {
            ArrayNode array = TypeSchemas.JSON.arrayNode();
            for (Object element : list) {
                Optional<JsonNode> item = json(element);
                if (item.isEmpty()) {
                    return Optional.empty();
                }
                array.add(item.get());
            }
            return Optional.of(array);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return Optional.of(TypeSchemas.JSON.objectNode());
        }
        return Optional.empty();
    }
}
