package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Typed values as TOML text that reads back identically through the loader (Komodo's {@code """}
 * rule included): strings that contain line breaks go into raw {@code """} blocks when they can
 * (backslashes are literal there), every other string into an escaped basic string; records and
 * unions inside arrays become inline tables with dotted keys; only fields that differ from their
 * defaults (and required ones) are written. Not API.
 */
public final class TomlText {

    private static final Pattern BARE_KEY = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int INLINE_ARRAY_WIDTH = 30;

    private TomlText() {}

    /** A key, bare when TOML allows it, quoted otherwise. */
    public static String key(String key) {
        return BARE_KEY.matcher(key).matches() ? key : basic(key);
    }

    /**
     * A string as the value of a {@code key = value} line: a raw {@code """} block for text with
     * line breaks that a raw block can hold, an escaped basic string otherwise.
     */
    public static String topLevelString(String text) {
        if (text.indexOf('\n') >= 0 && rawBlockCanHold(text)) {
            return "\"\"\"\n" + text + "\"\"\"";
        }
        return basic(text);
    }

    /**
     * Whether a raw multi-line block reads back as {@code text}: no {@code """} inside, no
     * control characters but tab and newline (escapes are not read inside {@code """} under
     * Komodo's rule), no carriage return, not ending in a backslash-free run of two quotes that
     * would touch the delimiter ambiguously.
     */
    static boolean rawBlockCanHold(String text) {
        if (text.contains("\"\"\"") || text.endsWith("\"") || text.startsWith("\n")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** A single-line basic string with every character TOML needs escaped. */
    public static String basic(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** {@code value} of {@code type} as the right-hand side of a top-level {@code key = value} line. */
    public static String value(ValueType type, Object value) {
        if (value instanceof String text) {
            return topLevelString(text);
        }
        if (value instanceof Secret secret) {
            return topLevelString(secret.reveal());
        }
        if (value instanceof List<?> list && type instanceof ValueType.ListType listType) {
            List<String> elements = new ArrayList<>();
            int width = 0;
            for (Object element : list) {
                String shown = inline(listType.element(), element);
                elements.add(shown);
                width += shown.length();
            }
            if (elements.isEmpty()) {
                return "[]";
            }
            if (width <= INLINE_ARRAY_WIDTH) {
                return "[" + String.join(", ", elements) + "]";
            }
            return "[\n  " + String.join(",\n  ", elements) + ",\n]";
        }
        return inline(type, value);
    }

    /** {@code value} of {@code type} on one line (inside an array or an inline table). */
    public static String inline(ValueType type, Object value) {
        if (type instanceof ValueType.OptionalType optional) {
            return inline(optional.value(), ((Optional<?>) value).orElseThrow());
        }
        if (value instanceof String text) {
            return basic(text);
        }
        if (value instanceof Secret secret) {
            return basic(secret.reveal());
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Float number) {
            return number(number.doubleValue(), Float.toString(number));
        }
        if (value instanceof Double number) {
            return number(number, Double.toString(number));
        }
        if (value instanceof Version version) {
            return basic(version.toString());
        }
        if (value instanceof KomodoEnum constant) {
            return basic(constant.key());
        }
        if (value instanceof List<?> list) {
            ValueType element = type instanceof ValueType.ListType listType ? listType.element() : new ValueType.AnyType();
            List<String> elements = new ArrayList<>();
            for (Object item : list) {
                elements.add(inline(element, item));
            }
            return "[" + String.join(", ", elements) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            ValueType values = type instanceof ValueType.MapType mapType ? mapType.value() : new ValueType.AnyType();
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey();
                entries.add(key(key instanceof KomodoEnum constant ? constant.key() : String.valueOf(key))
                        + " = " + inline(values, entry.getValue()));
            }
            return entries.isEmpty() ? "{}" : "{ " + String.join(", ", entries) + " }";
        }
        if (value instanceof Record) {
            List<String> entries = new ArrayList<>();
            if (type instanceof UnionType union) {
                unionEntries(union, value, "", entries);
            } else {
                recordEntries(RecordType.of(value.getClass()), value, "", entries, true);
            }
            return entries.isEmpty() ? "{}" : "{ " + String.join(", ", entries) + " }";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return basic(String.valueOf(value));
    }

    /**
     * The {@code dotted.key = value} entries of a record inside an inline table: fields that differ
     * from their defaults, required fields always, nested records and unions flattened.
     */
    public static void recordEntries(RecordType type, Object value, String prefix, List<String> into, boolean requiredToo) {
        for (FieldSpec field : type.fields()) {
            Object fieldValue = type.get(value, field);
            String key = prefix + key(field.exportKey());
            if (field.type() instanceof RecordType nested && !field.required()) {
                recordEntries(nested, fieldValue, key + ".", into, requiredToo);
                continue;
            }
            if (field.type() instanceof UnionType union) {
                if (field.required() || !Objects.equals(fieldValue, type.defaultValue(field))) {
                    unionEntries(union, fieldValue, key + ".", into);
                }
                continue;
            }
            if (fieldValue instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            }
            if ((requiredToo && field.required()) || !Objects.equals(fieldValue, type.defaultValue(field))) {
                into.add(key + " = " + inline(field.type(), fieldValue));
            }
        }
    }

    /** {@code type = "X"} and the variant's params, or {@code params = {}} when they are all defaults. */
    public static void unionEntries(UnionType union, Object value, String prefix, List<String> into) {
        RecordType variant = union.variantOf(value);
        into.add(prefix + key(union.tagKey()) + " = " + basic(variant.variantName()));
        int before = into.size();
        recordEntries(variant, value, prefix + key(union.contentKey()) + ".", into, true);
        if (into.size() == before) {
            into.add(prefix + key(union.contentKey()) + " = {}");
        }
    }

    private static String number(double value, String text) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return text;
    }
}
