package dev.komodosync.diff.export.internal;

import dev.komodosync.model.Permission;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.Resource;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.config.EnabledExecution;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.ProcedureStage;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The TOML block of one resource, variable or user group in Komodo's export layout (behaviour
 * §11.2, §6.1, §9.3): a header, the resource's metadata, then {@code [kind.config]} with only the
 * fields that differ from their defaults, nested tables as dotted keys. Where Komodo's export
 * loses information, this writes it: empty strings whose default is not empty, a swarm's
 * {@code send_unhealthy_alerts = false}, values TOML cannot hold raw. Not API.
 */
public final class TomlBlocks {

    /** The key under which a procedure's stages are written: {@code [[procedure.config.stage]]} (behaviour §11.2). */
    public static final String STAGE_KEY = "stage";

    private static final ValueType STRINGS = new ValueType.ListType(new ValueType.StringType());

    private TomlBlocks() {}

    /** A resource's block, with the declaration-only {@code deploy} and {@code after}. */
    public static String resource(Resource<?> resource, boolean deploy, List<String> after) {
        List<String> lines = new ArrayList<>();
        String header = resource.kind().key();
        lines.add("[[" + header + "]]");
        lines.add("name = " + TomlText.basic(resource.name()));
        if (!resource.description().isEmpty()) {
            lines.add("description = " + TomlText.topLevelString(resource.description()));
        }
        if (resource.template()) {
            lines.add("template = true");
        }
        if (!resource.tags().isEmpty()) {
            lines.add("tags = " + TomlText.value(STRINGS, resource.tags()));
        }
        if (deploy) {
            lines.add("deploy = true");
        }
        if (!after.isEmpty()) {
            lines.add("after = " + TomlText.value(STRINGS, after));
        }
        ValueType type = ConfigTypes.of(resource.kind().configClass());
        Object config = resource.config();
        if (config instanceof ProcedureConfig procedure) {
            procedure(header, procedure, lines);
        } else {
            lines.add("[" + header + ".config]");
            if (type instanceof UnionType union) {
                union(union, config, "", lines);
            } else {
                record((RecordType) type, config, "", lines);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static void procedure(String header, ProcedureConfig config, List<String> lines) {
        RecordType type = RecordType.of(ProcedureConfig.class);
        for (FieldSpec field : type.fields()) {
            Object value = type.get(config, field);
            if (!field.key().equals("stages") && !Objects.equals(value, type.defaultValue(field))) {
                lines.add("config." + TomlText.key(field.exportKey()) + " = " + TomlText.value(field.type(), value));
            }
        }
        RecordType execution = RecordType.of(EnabledExecution.class);
        for (ProcedureStage stage : config.stages()) {
            lines.add("");
            lines.add("[[" + header + ".config." + STAGE_KEY + "]]");
            lines.add("name = " + TomlText.basic(stage.name()));
            lines.add("enabled = " + stage.enabled());
            List<String> executions = new ArrayList<>();
            stage.executions().forEach(e -> {
                List<String> entries = new ArrayList<>();
                TomlText.unionEntries((UnionType) execution.field("execution").orElseThrow().type(), e.execution(),
                        "execution.", entries);
                entries.add("enabled = " + e.enabled());
                executions.add("{ " + String.join(", ", entries) + " }");
            });
            lines.add(executions.isEmpty() ? "executions = []" : "executions = [\n  " + String.join(",\n  ", executions) + ",\n]");
        }
    }

    /** Fields of a record that differ from their defaults, nested records and unions flattened. */
    private static void record(RecordType type, Object value, String prefix, List<String> lines) {
        for (FieldSpec field : type.fields()) {
            Object fieldValue = type.get(value, field);
            Object defaultValue = type.defaultValue(field);
            String key = prefix + TomlText.key(field.exportKey());
            if (field.type() instanceof RecordType nested) {
                record(nested, fieldValue, key + ".", lines);
            } else if (field.type() instanceof UnionType union) {
                if (!Objects.equals(fieldValue, defaultValue)) {
                    union(union, fieldValue, key + ".", lines);
                }
            } else if (fieldValue instanceof Optional<?> optional && optional.isEmpty()) {
                continue;
            } else if (field.required() || !Objects.equals(fieldValue, defaultValue)) {
                lines.add(key + " = " + TomlText.value(field.type(), fieldValue));
            }
        }
    }

    private static void union(UnionType union, Object value, String prefix, List<String> lines) {
        RecordType variant = union.variantOf(value);
        lines.add(prefix + TomlText.key(union.tagKey()) + " = " + TomlText.basic(variant.variantName()));
        int before = lines.size();
        record(variant, value, prefix + TomlText.key(union.contentKey()) + ".", lines);
        if (lines.size() == before) {
            lines.add(prefix + TomlText.key(union.contentKey()) + " = {}");
        }
    }

    /** A variable's block (behaviour §6.1); a secret's value only when {@code withSecretValue}. */
    public static String variable(Variable variable, boolean withSecretValue) {
        List<String> lines = new ArrayList<>();
        lines.add("[[variable]]");
        lines.add("name = " + TomlText.basic(variable.name()));
        if (!variable.description().isEmpty()) {
            lines.add("description = " + TomlText.topLevelString(variable.description()));
        }
        if (!variable.value().isEmpty() && (!variable.secret() || withSecretValue)) {
            lines.add("value = " + TomlText.topLevelString(variable.value().reveal()));
        }
        lines.add("is_secret = " + variable.secret());
        return String.join("\n", lines) + "\n";
    }

    /** A user group's block (behaviour §9.3). */
    public static String userGroup(UserGroup group) {
        List<String> lines = new ArrayList<>();
        lines.add("[[user_group]]");
        lines.add("name = " + TomlText.basic(group.name()));
        if (group.everyone()) {
            lines.add("everyone = true");
        }
        // Komodo leaves out members of an `everyone` group and `None` grants, which mean nothing;
        // written, they read back into the same declaration.
        if (!group.users().isEmpty()) {
            lines.add("users = " + TomlText.value(STRINGS, group.users()));
        }
        for (Map.Entry<ResourceTargetVariant, PermissionGrant> entry : group.all().entrySet()) {
            PermissionGrant grant = entry.getValue();
            String value = grant.specific().isEmpty() ? TomlText.basic(grant.level().key())
                    : "{ level = " + TomlText.basic(grant.level().key()) + ", specific = ["
                            + String.join(", ", grant.specific().stream().map(s -> TomlText.basic(s.key())).toList()) + "] }";
            lines.add("all." + TomlText.key(entry.getKey().key()) + " = " + value);
        }
        if (!group.permissions().isEmpty()) {
            List<String> permissions = new ArrayList<>();
            for (Permission permission : group.permissions()) {
                String entry = "{ target.type = " + TomlText.basic(permission.target().type().key()) + ", target.id = "
                        + TomlText.basic(permission.target().id()) + ", level = " + TomlText.basic(permission.level().key());
                if (!permission.specific().isEmpty()) {
                    entry += ", specific = [" + String.join(", ",
                            permission.specific().stream().map(s -> TomlText.basic(s.key())).toList()) + "]";
                }
                permissions.add(entry + " }");
            }
            lines.add("permissions = [\n  " + String.join(",\n  ", permissions) + ",\n]");
        }
        return String.join("\n", lines) + "\n";
    }
}
