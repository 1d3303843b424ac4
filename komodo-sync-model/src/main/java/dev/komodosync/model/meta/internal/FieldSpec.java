package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.Default;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the model says about one field of a config record: its keys, type and default, and the
 * metadata the parser, planner and exporter act on. Built from the record component's
 * annotations by {@link RecordType}; never written by hand.
 *
 * @param javaName the record component's name, e.g. {@code serverId}
 * @param key the canonical key, as Komodo's API JSON spells it, e.g. {@code server_id}
 * @param aliases further spellings accepted on input, e.g. {@code server}
 * @param exportKey the key written on export and named in plan paths, e.g. {@code server}
 * @param type the value's type
 * @param required whether a declaration must give the field
 * @param defaultText the {@link Default} text, if the default is not the type's zero value
 * @param reference what the field refers to, if it names other resources
 * @param pattern what the field matches, if it holds name patterns
 * @param redeployTrigger whether a change redeploys a running target (behaviour §5.2)
 * @param interpolated whether {@code [[VARIABLE]]}s are interpolated into it (behaviour §6.4)
 * @param textFormat the mini-format of a string field
 * @param keyValueForm the array form accepted for a key/value string
 * @param stringList whether a single string is accepted and split (behaviour §10.2)
 * @param itemOrList whether a single element is accepted in place of a list
 * @param keepExistingWhenDefault whether an update to the default is dropped (behaviour §4.5)
 */
public record FieldSpec(
        String javaName,
        String key,
        List<String> aliases,
        String exportKey,
        ValueType type,
        boolean required,
        Optional<String> defaultText,
        Optional<ReferenceSpec> reference,
        Optional<PatternSpec> pattern,
        boolean redeployTrigger,
        boolean interpolated,
        TextFormat textFormat,
        Optional<KeyValueForm> keyValueForm,
        boolean stringList,
        boolean itemOrList,
        boolean keepExistingWhenDefault) {

    /** Copies the list. */
    public FieldSpec {
        aliases = List.copyOf(aliases);
    }

    /** The canonical key, then the aliases. */
    public List<String> allKeys() {
        return Stream.concat(Stream.of(key), aliases.stream()).toList();
    }

    /** Whether the value is a {@code Secret}, masked in every rendering. */
    public boolean secret() {
        ValueType valueType = type instanceof ValueType.OptionalType optional ? optional.value() : type;
        return valueType instanceof ValueType.SecretType;
    }

    /**
     * The kind a reference or pattern field points to: fixed, or given by a sibling field.
     *
     * @param kind the TOML key of the kind, or empty when {@code kindFromField} decides
     * @param kindFromField the sibling field holding a {@code ResourceTargetVariant}, or empty
     */
    public record ReferenceSpec(String kind, String kindFromField) {}

    /**
     * The kind a name-pattern field matches, and whether its text holds several patterns.
     *
     * @param kind the TOML key of the kind, or empty when {@code kindFromField} decides
     * @param kindFromField the sibling field holding a {@code ResourceTargetVariant}, or empty
     * @param split whether the text is a string list of patterns
     */
    public record PatternSpec(String kind, String kindFromField, boolean split) {}

    /**
     * The array form of a key/value string (behaviour §10.1).
     *
     * @param arrayKeys the two keys of each element, e.g. {@code variable} and {@code value}
     * @param separator what joins them in the text
     * @param signalKeys whether the first key names a termination signal
     * @param validated whether Komodo rejects a malformed text on create and update
     */
    public record KeyValueForm(List<String> arrayKeys, String separator, boolean signalKeys, boolean validated) {
        /** Copies the list. */
        public KeyValueForm {
            arrayKeys = List.copyOf(arrayKeys);
        }
    }
}
