package dev.komodosync.diff.render.internal;

import dev.komodosync.diff.export.internal.TomlBlocks;
import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;

/**
 * Keys as Komodo's export writes them, for the paths text and Markdown plans show: a procedure's
 * {@code stages} are written as {@code [[procedure.config.stage]]} tables, so the text path is
 * {@code config.stage}; every other key is its export key, as in the JSON path. Not API.
 */
final class ExportSpelling {

    private ExportSpelling() {}

    /** The key of {@code field} of {@code owner} as export writes it. */
    static String key(RecordType owner, FieldSpec field) {
        if (owner.javaType() == ProcedureConfig.class && field.key().equals("stages")) {
            return TomlBlocks.STAGE_KEY;
        }
        return field.exportKey();
    }

    /** A map key as a path segment: bare when TOML allows, quoted otherwise. */
    static String quoted(String key) {
        return TomlText.key(key);
    }

    /**
     * The text path of a change at {@code jsonPath} (formats §2) of a resource whose config has type
     * {@code config}: each key through the config's tables respelled by {@link #key}.
     */
    static String path(ValueType config, String jsonPath) {
        String[] segments = jsonPath.split("\\.", -1);
        if (segments.length < 2 || !segments[0].equals("config")) {
            return jsonPath;
        }
        StringBuilder text = new StringBuilder("config");
        ValueType current = config;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            FieldSpec field = null;
            if (current instanceof RecordType record) {
                for (FieldSpec candidate : record.fields()) {
                    if (candidate.exportKey().equals(segment)) {
                        field = candidate;
                        break;
                    }
                }
            }
            text.append('.').append(field != null ? key((RecordType) current, field) : segment);
            current = field != null ? field.type() : null;
        }
        return text.toString();
    }
}
