package dev.komodosync.diff.render.internal;

import dev.komodosync.diff.export.internal.SecretFields;
import dev.komodosync.diff.export.internal.TomlBlocks;
import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Values and resources as TOML for people, in export's layout (the writer {@code export} uses),
 * every secret masked: a non-empty secret is written {@code "***"}, never its value. Not API.
 */
public final class TomlShown {

    /** What a secret the declaration changes is shown as on the declared side of a TOML diff. */
    public static final String CHANGED_SECRET = Secret.MASK + " (changed)";

    private TomlShown() {}

    /**
     * An inserted or removed element (or map entry value) as TOML: a table holding lists of tables
     * (a procedure stage) as the lines of its body, anything else on one line as export writes it
     * inside an array ({@code { execution.type = "Deploy", execution.params.deployment = "api" }}).
     */
    public static List<String> element(ValueType type, Object value) {
        Object shown = SecretFields.replace(type, value, "", new HashSet<>(), Masked.INSTANCE);
        if (type instanceof RecordType record) {
            for (FieldSpec field : record.fields()) {
                if (isTableList(field)) {
                    return body(record, shown);
                }
            }
        }
        return List.of(TomlText.inline(type, shown));
    }

    /**
     * A resource's block as {@code export} writes it, secrets masked; with {@code defaults}, each
     * single-line config value that is a boolean, a number or an enum, or whose default is not empty,
     * is followed by a {@code # default: …} comment naming the default it differs from.
     */
    public static List<String> resource(Resource<?> resource, boolean deploy, List<String> after, boolean defaults) {
        Resource<?> shown = masked(resource, Masked.INSTANCE);
        List<String> lines = lines(TomlBlocks.resource(shown, deploy, after));
        return defaults ? withDefaults(lines, shown) : lines;
    }

    /**
     * The declared resource's block for a TOML diff against {@code existing}: secrets masked, and a
     * secret that differs from the existing one at the same place shown as {@link #CHANGED_SECRET},
     * so that a secret-only change still shows as a changed line.
     */
    public static List<String> declared(Resource<?> declared, Resource<?> existing, boolean deploy, List<String> after) {
        ValueType type = ConfigTypes.of(existing.kind().configClass());
        Map<String, Secret> stored = SecretFields.secrets(type, existing.config(), "config");
        Resource<?> shown = masked(declared, new ChangedSecrets(stored));
        return lines(TomlBlocks.resource(shown, deploy, after));
    }

    // Named classes rather than lambdas and method references: each links a call site the first
    // time it runs, which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Every secret masked. */
    private static final class Masked implements BiFunction<String, Secret, Secret> {
        static final Masked INSTANCE = new Masked();

        @Override
        public Secret apply(String path, Secret secret) {
            return mask(path, secret);
        }
    }

    /** Every secret masked, as {@link #CHANGED_SECRET} where it differs from the stored one at its path. */
    private static final class ChangedSecrets implements BiFunction<String, Secret, Secret> {
        private final Map<String, Secret> stored;

        ChangedSecrets(Map<String, Secret> stored) {
            this.stored = stored;
        }

        @Override
        public Secret apply(String path, Secret secret) {
            return secret.isEmpty() ? secret : Secret.of(secret.equals(stored.get(path)) ? Secret.MASK : CHANGED_SECRET);
        }
    }

    private static Secret mask(String path, Secret secret) {
        return secret.isEmpty() ? secret : Secret.of(Secret.MASK);
    }

    private static <C> Resource<C> masked(Resource<C> resource, BiFunction<String, Secret, Secret> replacement) {
        ValueType type = ConfigTypes.of(resource.kind().configClass());
        Object config = SecretFields.replace(type, resource.config(), "config", new HashSet<>(), replacement);
        return resource.withConfig(resource.kind().configClass().cast(config));
    }

    private static boolean isTableList(FieldSpec field) {
        return field.type() instanceof ValueType.ListType list
                && (list.element() instanceof RecordType || list.element() instanceof UnionType);
    }

    /** A table's entries, one per line, lists of tables written across lines as export writes them. */
    private static List<String> body(RecordType record, Object value) {
        List<String> entries = new ArrayList<>();
        TomlText.recordEntries(record, value, "", entries, true);
        List<String> lines = new ArrayList<>();
        for (FieldSpec field : record.fields()) {
            Object fieldValue = record.get(value, field);
            String key = TomlText.key(field.exportKey());
            if (isTableList(field)) {
                if (field.required() || !Objects.equals(fieldValue, record.defaultValue(field))) {
                    lines.addAll(lines(key + " = " + TomlText.value(field.type(), fieldValue)));
                }
            } else {
                for (String entry : entries) {
                    if (entry.startsWith(key + " = ") || entry.startsWith(key + ".")) {
                        lines.add(entry);
                    }
                }
            }
        }
        return lines;
    }

    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    private static List<String> withDefaults(List<String> lines, Resource<?> resource) {
        ValueType type = ConfigTypes.of(resource.kind().configClass());
        String configHeader = "[" + resource.kind().key() + ".config]";
        List<String> marked = new ArrayList<>(lines.size());
        boolean inConfig = false;
        boolean inHeader = true;
        for (String line : lines) {
            if (line.startsWith("[")) {
                inConfig = line.equals(configHeader);
                inHeader = line.equals("[[" + resource.kind().key() + "]]");
                marked.add(line);
                continue;
            }
            int equals = line.indexOf(" = ");
            String key = equals < 0 ? "" : line.substring(0, equals);
            String rest = equals < 0 ? "" : line.substring(equals + 3);
            Optional<String> note = Optional.empty();
            if (!key.contains("\"") && !rest.equals("[") && !rest.equals("\"\"\"")) {
                if (inConfig) {
                    note = defaultOf(type, resource.config(), key.split("\\."));
                } else if (inHeader && key.startsWith("config.")) {
                    note = defaultOf(type, resource.config(), key.substring("config.".length()).split("\\."));
                }
            }
            marked.add(note.isPresent() ? line + "  # default: " + note.get() : line);
        }
        return marked;
    }

    /** The default of the field at {@code keys}, when it is not the zero of its type. */
    private static Optional<String> defaultOf(ValueType type, Object value, String[] keys) {
        ValueType current = type;
        Object currentValue = value;
        RecordType owner = null;
        FieldSpec field = null;
        for (String key : keys) {
            if (current instanceof UnionType union) {
                if (!key.equals(union.contentKey())) {
                    return Optional.empty();
                }
                current = union.variantOf(currentValue);
                continue;
            }
            if (!(current instanceof RecordType record)) {
                return Optional.empty();
            }
            FieldSpec found = null;
            for (FieldSpec candidate : record.fields()) {
                if (candidate.exportKey().equals(key)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            owner = record;
            field = found;
            currentValue = record.get(currentValue, field);
            current = field.type();
        }
        if (field == null || current instanceof RecordType || current instanceof UnionType
                || current instanceof ValueType.OptionalType || current instanceof ValueType.SecretType) {
            return Optional.empty();
        }
        Object defaultValue = owner.defaultValue(field);
        boolean scalar = current instanceof ValueType.BooleanType || current instanceof ValueType.IntegerType
                || current instanceof ValueType.FloatType || current instanceof ValueType.EnumType;
        if (!scalar && Objects.equals(defaultValue, field.type().zero())) {
            // An empty string or list as the default says nothing the written value does not.
            return Optional.empty();
        }
        return Optional.of(TomlText.inline(field.type(), defaultValue));
    }
}
