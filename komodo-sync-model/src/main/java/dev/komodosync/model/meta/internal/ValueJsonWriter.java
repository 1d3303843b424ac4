package dev.komodosync.model.meta.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ValueJson#toJson(ValueType, Object, ValueJson.Style)} written straight to a generator,
 * with no tree in between: the same tokens in the same order, so the same text under the same
 * pretty printer; no codec is needed (what is written as a tree goes through {@link JsonText}).
 * For large documents (a snapshot file of tens of megabytes). Records must not repeat a key, nor
 * maps spell two keys alike (a tree would keep one of them; a stream writes both): no model type does.
 */
public final class ValueJsonWriter {

    private ValueJsonWriter() {}

    /** Writes {@code value} of {@code type} in {@code style} as the next value of {@code generator}. */
    public static void write(JsonGenerator generator, ValueType type, Object value, ValueJson.Style style)
            throws IOException {
        if (type instanceof ValueType.OptionalType optional) {
            Optional<?> present = (Optional<?>) value;
            if (present.isEmpty()) {
                generator.writeNull();
            } else {
                write(generator, optional.value(), present.get(), style);
            }
            return;
        }
        if (value instanceof Secret) {
            JsonText.write(ValueJson.toJson(type, value, style), generator);
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Version version && style.versionObjects()) {
            generator.writeStartObject();
            generator.writeNumberField("major", version.major());
            generator.writeNumberField("minor", version.minor());
            generator.writeNumberField("patch", version.patch());
            generator.writeEndObject();
        } else if (value instanceof KomodoEnum constant) {
            generator.writeString(constant.key());
        } else if (value instanceof List<?> list) {
            ValueType element = type instanceof ValueType.ListType listType ? listType.element() : new ValueType.AnyType();
            generator.writeStartArray();
            for (Object item : list) {
                write(generator, element, item, style);
            }
            generator.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            ValueType values = type instanceof ValueType.MapType mapType ? mapType.value() : new ValueType.AnyType();
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                generator.writeFieldName(key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key));
                write(generator, values, entry.getValue(), style);
            }
            generator.writeEndObject();
        } else if (value instanceof Record && !(value instanceof Version)) {
            if (type instanceof UnionType union) {
                RecordType variant = union.variantOf(value);
                generator.writeStartObject();
                generator.writeStringField(union.tagKey(), variant.variantName());
                generator.writeFieldName(union.contentKey());
                record(generator, variant, value, style);
                generator.writeEndObject();
            } else {
                record(generator, RecordType.of(value.getClass()), value, style);
            }
        } else {
            // Version strings, floats and the rare rest: as the tree spells them.
            JsonText.write(ValueJson.toJson(type, value, style), generator);
        }
    }

    private static void record(JsonGenerator generator, RecordType type, Object value, ValueJson.Style style)
            throws IOException {
        generator.writeStartObject();
        List<FieldSpec> fields = type.fields();
        SerializedString[] keys = type.jsonKeys(style.canonicalKeys());
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            Object fieldValue = type.get(value, i);
            if (fieldValue instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            }
            generator.writeFieldName(keys[i]);
            write(generator, field.type(), fieldValue, style);
        }
        generator.writeEndObject();
    }
}
