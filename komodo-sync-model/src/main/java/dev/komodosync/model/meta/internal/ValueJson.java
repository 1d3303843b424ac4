package dev.komodosync.model.meta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed model values as JSON, the way plans show them: record fields by their export key, union
 * values as {@code {type, params}}, enums by Komodo's names, versions as {@code "1.2.3"}, absent
 * optionals left out, and every {@link Secret} masked, replaced by its digest, or revealed.
 */
public final class ValueJson {

    /** What a secret becomes. */
    public enum Secrets {
        /** {@code ***}: every rendering for people and tools. */
        MASK,
        /** The hex SHA-256 of the value: the plan fingerprint. */
        DIGEST,
        /** The value itself: only for writing state that holds it anyway (a snapshot file). */
        REVEAL
    }

    /**
     * How values are spelled.
     *
     * @param secrets what secrets become
     * @param canonicalKeys whether record fields use canonical keys ({@code server_id}, as
     *     Komodo's API JSON does) rather than export keys ({@code server}, as plans and TOML do)
     * @param versionObjects whether versions are written {@code {major, minor, patch}} rather
     *     than {@code "1.2.3"}
     */
    public record Style(Secrets secrets, boolean canonicalKeys, boolean versionObjects) {
        /** Plans: export keys, version strings. */
        public static Style plan(Secrets secrets) {
            return new Style(secrets, false, false);
        }

        /** Komodo's API JSON: canonical keys, version objects, secrets revealed. */
        public static Style api() {
            return new Style(Secrets.REVEAL, true, true);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    /** {@code value} of {@code type} as a plan shows it. */
    public static JsonNode toJson(ValueType type, Object value, Secrets secrets) {
        return toJson(type, value, Style.plan(secrets));
    }

    /** {@code value} of {@code type} as JSON in {@code style}. */
    public static JsonNode toJson(ValueType type, Object value, Style style) {
        if (type instanceof ValueType.OptionalType optional) {
            Optional<?> present = (Optional<?>) value;
            return present.isEmpty() ? NODES.nullNode() : toJson(optional.value(), present.get(), style);
        }
        if (value instanceof Secret secret) {
            return NODES.textNode(switch (style.secrets()) {
                case MASK -> Secret.MASK;
                case DIGEST -> secret.digest();
                case REVEAL -> secret.reveal();
            });
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Float number) {
            return NODES.numberNode(new BigDecimal(Float.toString(number)));
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Version version) {
            if (style.versionObjects()) {
                ObjectNode object = NODES.objectNode();
                object.put("major", version.major());
                object.put("minor", version.minor());
                object.put("patch", version.patch());
                return object;
            }
            return NODES.textNode(version.toString());
        }
        if (value instanceof KomodoEnum constant) {
            return NODES.textNode(constant.key());
        }
        if (value instanceof List<?> list) {
            ValueType element = type instanceof ValueType.ListType listType ? listType.element() : new ValueType.AnyType();
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add(toJson(element, item, style)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ValueType values = type instanceof ValueType.MapType mapType ? mapType.value() : new ValueType.AnyType();
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key),
                    toJson(values, item, style)));
            return object;
        }
        if (value instanceof Record) {
            if (type instanceof UnionType union) {
                ObjectNode object = NODES.objectNode();
                RecordType variant = union.variantOf(value);
                object.put(union.tagKey(), variant.variantName());
                object.set(union.contentKey(), record(variant, value, style));
                return object;
            }
            return record(RecordType.of(value.getClass()), value, style);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(new BigDecimal(number.toString()));
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static ObjectNode record(RecordType type, Object value, Style style) {
        ObjectNode object = NODES.objectNode();
        for (FieldSpec field : type.fields()) {
            Object fieldValue = type.get(value, field);
            if (fieldValue instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            }
            object.set(style.canonicalKeys() ? field.key() : field.exportKey(), toJson(field.type(), fieldValue, style));
        }
        return object;
    }
}
