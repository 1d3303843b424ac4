package dev.komodosync.parser.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.config.TerminationSignal;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schemas of the model's value types, as the binder reads them ({@code internal.Binder}):
 * records and unions become definitions (built once, referenced with {@code $ref}), everything
 * else is written inline. A record's table admits only its fields' keys and aliases
 * ({@code additionalProperties: false}, as the binder warns about any other key), two spellings
 * of one field are refused together, and a union is a {@code oneOf} over its variants, each
 * fixing {@code type} and giving its {@code params}.
 */
final class TypeSchemas {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The definition of {@code Version}: text or a table, as the binder reads it. */
    private static final String VERSION = "Version";

    private final FieldDocs docs;
    private final FieldSchemas fields;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    TypeSchemas(FieldDocs docs) {
        this.docs = docs;
        this.fields = new FieldSchemas(this, docs);
    }

    /** The definitions made so far, sorted by name. */
    ObjectNode definitions() {
        ObjectNode node = JSON.objectNode();
        definitions.forEach(node::set);
        return node;
    }

    /** Adds a definition under {@code name} and returns a reference to it. */
    ObjectNode define(String name, ObjectNode schema) {
        definitions.put(name, schema);
        return ref(name);
    }

    /** The schema of a value of {@code type}, without a description. */
    ObjectNode value(ValueType type) {
        if (type instanceof ValueType.OptionalType optional) {
            return value(optional.value());
        }
        if (type instanceof ValueType.StringType || type instanceof ValueType.SecretType) {
            return typed("string");
        }
        if (type instanceof ValueType.BooleanType) {
            return typed("boolean");
        }
        if (type instanceof ValueType.IntegerType integer) {
            ObjectNode schema = typed("integer");
            if (integer.min() != Long.MIN_VALUE || integer.max() != Long.MAX_VALUE) {
                schema.put("minimum", integer.min()).put("maximum", integer.max());
            }
            return schema;
        }
        if (type instanceof ValueType.FloatType) {
            // The binder reads an integer as a number too.
            return typed("number");
        }
        if (type instanceof ValueType.VersionType) {
            return version();
        }
        if (type instanceof ValueType.EnumType enumType) {
            return enumeration(enumType);
        }
        if (type instanceof ValueType.ListType list) {
            ObjectNode schema = typed("array");
            schema.set("items", value(list.element()));
            return schema;
        }
        if (type instanceof ValueType.MapType map) {
            return map(map);
        }
        if (type instanceof ValueType.AnyType) {
            return JSON.objectNode();
        }
        if (type instanceof RecordType record) {
            ObjectNode table = ref(record(record));
            Optional<FieldSpec> scalar = record.scalarField();
            if (scalar.isEmpty()) {
                return table;
            }
            ObjectNode either = JSON.objectNode();
            either.putArray("anyOf").add(value(scalar.get().type())).add(table);
            return either;
        }
        if (type instanceof UnionType union) {
            return ref(union(union));
        }
        throw new IllegalStateException("a value type the schema does not know: " + type);
    }

    /** A string that is one of the enum's keys or aliases. */
    static ObjectNode enumeration(ValueType.EnumType type) {
        ObjectNode schema = typed("string");
        ArrayNode values = schema.putArray("enum");
        type.constants().forEach(constant -> values.add(constant.key()));
        type.constants().forEach(constant -> constant.aliases().forEach(values::add));
        return schema;
    }

    /** The name of the definition of {@code record}, made on first use. */
    String record(RecordType record) {
        String known = names.get(record.javaType());
        if (known != null) {
            return known;
        }
        String name = nameOf(record.javaType());
        ObjectNode schema = JSON.objectNode();
        definitions.put(name, schema);
        schema.setAll(table(record));
        return name;
    }

    /**
     * The schema of a table holding {@code record}'s fields: each under its key and aliases,
     * required ones required (under any spelling), no two spellings of one field together, no
     * other key.
     */
    ObjectNode table(RecordType record) {
        ObjectNode schema = JSON.objectNode();
        docs.type(record.javaType()).map(Descriptions::sentence).ifPresent(text -> schema.put("description", text));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        List<ObjectNode> requiredSpellings = new ArrayList<>();
        ObjectNode dependencies = JSON.objectNode();
        for (FieldSpec field : record.fields()) {
            properties.set(field.key(), fields.field(record, field));
            for (String alias : field.aliases()) {
                properties.set(alias, fields.alias(record, field));
            }
            if (field.required() && field.aliases().isEmpty()) {
                required.add(field.key());
            } else if (field.required()) {
                ObjectNode any = JSON.objectNode();
                ArrayNode spellings = any.putArray("anyOf");
                field.allKeys().forEach(key -> spellings.addObject().putArray("required").add(key));
                requiredSpellings.add(any);
            }
            if (!field.aliases().isEmpty()) {
                field.allKeys().forEach(key -> dependencies.set(key, notTogether(key, field.allKeys())));
            }
        }
        if (!required.isEmpty()) {
            ArrayNode array = schema.putArray("required");
            required.forEach(array::add);
        }
        if (!requiredSpellings.isEmpty()) {
            schema.putArray("allOf").addAll(requiredSpellings);
        }
        if (!dependencies.isEmpty()) {
            schema.set("dependencies", dependencies);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** The schema refusing any of {@code spellings} but {@code key} beside {@code key}. */
    static ObjectNode notTogether(String key, List<String> spellings) {
        ObjectNode any = JSON.objectNode();
        ArrayNode others = any.putArray("anyOf");
        spellings.stream().filter(other -> !other.equals(key))
                .forEach(other -> others.addObject().putArray("required").add(other));
        ObjectNode not = JSON.objectNode();
        not.set("not", others.size() == 1 ? others.get(0) : any);
        return not;
    }

    private String union(UnionType union) {
        String known = names.get(union.javaType());
        if (known != null) {
            return known;
        }
        String name = nameOf(union.javaType());
        ObjectNode schema = JSON.objectNode();
        definitions.put(name, schema);
        String tag = union.tagKey();
        String content = union.contentKey();
        docs.type(union.javaType()).map(Descriptions::sentence).ifPresent(text -> schema.put("description", text));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode tagSchema = described(typed("string"), "The variant; `" + content + "` holds its fields.");
        ArrayNode variantNames = tagSchema.putArray("enum");
        union.variants().forEach(variant -> variantNames.add(variant.variantName()));
        properties.set(tag, tagSchema);
        ObjectNode contentSchema = described(typed("object"),
                "The fields of the variant `" + tag + "` names; required, even when empty.");
        properties.set(content, contentSchema);
        schema.putArray("required").add(tag).add(content);
        ArrayNode oneOf = schema.putArray("oneOf");
        for (RecordType variant : union.variants()) {
            ObjectNode branch = oneOf.addObject();
            branch.put("title", variant.variantName());
            docs.type(variant.javaType()).map(Descriptions::sentence).ifPresent(text -> branch.put("description", text));
            ObjectNode branchProperties = branch.putObject("properties");
            branchProperties.putObject(tag).put("const", variant.variantName());
            branchProperties.set(content, ref(record(variant)));
        }
        schema.put("additionalProperties", false);
        return name;
    }

    private ObjectNode map(ValueType.MapType map) {
        ObjectNode schema = typed("object");
        ObjectNode valueSchema = value(map.value());
        if (map.keys().isEmpty()) {
            schema.set("additionalProperties", valueSchema);
            return schema;
        }
        // The binder refuses a key that names no constant (invalid-value).
        ObjectNode properties = schema.putObject("properties");
        for (KomodoEnum constant : map.keys().get().constants()) {
            properties.set(constant.key(), valueSchema.deepCopy());
            constant.aliases().forEach(alias -> properties.set(alias, valueSchema.deepCopy()));
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Text Komodo parses as a version (see {@code Version.parse}), or a table of its three parts. */
    private ObjectNode version() {
        if (!definitions.containsKey(VERSION)) {
            ObjectNode schema = JSON.objectNode();
            schema.put("description", "A version: \"MAJOR.MINOR.PATCH\" (a missing part is 0; \"0.0.0\" means the latest),"
                    + " or a table { major, minor, patch }.");
            ArrayNode anyOf = schema.putArray("anyOf");
            ObjectNode text = anyOf.addObject().put("type", "string");
            // Each of the first three parts an i32 with an optional sign; parts after the third are ignored.
            text.put("pattern", "^[+-]?[0-9]+(\\.[+-]?[0-9]+(\\.[+-]?[0-9]+(\\.[\\s\\S]*)?)?)?$");
            ObjectNode table = anyOf.addObject().put("type", "object");
            ObjectNode parts = table.putObject("properties");
            ArrayNode required = table.putArray("required");
            for (String part : List.of("major", "minor", "patch")) {
                parts.putObject(part).put("type", "integer")
                        .put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
                required.add(part);
            }
            definitions.put(VERSION, schema);
        }
        return ref(VERSION);
    }

    /** The array form of a key/value text: tables with the form's two keys, both strings, both required. */
    static ObjectNode keyValueArray(FieldSpec.KeyValueForm form) {
        ObjectNode schema = typed("array");
        ObjectNode element = schema.putObject("items");
        element.put("type", "object");
        ObjectNode properties = element.putObject("properties");
        String first = form.arrayKeys().get(0);
        String second = form.arrayKeys().get(1);
        properties.set(first, form.signalKeys() ? enumeration(new ValueType.EnumType(TerminationSignal.class)) : typed("string"));
        properties.set(second, typed("string"));
        element.putArray("required").add(first).add(second);
        return schema;
    }

    /** A copy of {@code schema} whose {@code description} (first, as editors show it) is {@code description}. */
    static ObjectNode described(ObjectNode schema, String description) {
        ObjectNode described = JSON.objectNode().put("description", description);
        schema.properties().forEach(entry -> {
            if (!entry.getKey().equals("description")) {
                described.set(entry.getKey(), entry.getValue());
            }
        });
        return described;
    }

    static ObjectNode typed(String jsonType) {
        return JSON.objectNode().put("type", jsonType);
    }

    static ObjectNode ref(String definition) {
        return JSON.objectNode().put("$ref", "#/definitions/" + definition);
    }

    static boolean isRef(JsonNode schema) {
        return schema.has("$ref");
    }

    /**
     * The definition name of a model type: its binary name without the package, nested names
     * joined by {@code .} ({@code BuilderConfig.Url}); the full name where two types would share one.
     */
    private String nameOf(Class<?> type) {
        String simple = type.getName().substring(type.getPackageName().isEmpty() ? 0 : type.getPackageName().length() + 1)
                .replace('$', '.');
        String name = names.containsValue(simple) || simple.equals(VERSION) ? type.getName().replace('$', '.') : simple;
        names.put(type, name);
        return name;
    }
}
