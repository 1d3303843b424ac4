package dev.komodosync.parser.schema;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON Schema (draft-07) of sync TOML, generated from the resource kinds — built-in and
 * plug-in alike — so that it describes exactly what {@link dev.komodosync.parser.SyncLoader}
 * reads: each kind's {@code [[table]]} under its singular and plural key, {@code name},
 * {@code description}, {@code tags}, {@code template}, {@code deploy}, {@code after} and the
 * kind's {@code config} with every field's type, default, enum values and aliases, the tagged
 * unions as a {@code oneOf} on {@code type}/{@code params}, {@code [[variable]]} and
 * {@code [[user_group]]}. Every table refuses keys the loader would warn about
 * ({@code additionalProperties: false}), so an editor flags what the loader flags.
 *
 * <p>TOML language servers (Taplo, tombi) read it from a {@code #:schema} line at the top of a
 * file:
 *
 * <pre>{@code
 * Files.writeString(Path.of("komodo-sync.schema.json"), SyncSchema.generate(ResourceKinds.discover()));
 * // in a sync file:  #:schema ./komodo-sync.schema.json
 * }</pre>
 *
 * <p>The text is deterministic: the same kinds give the same bytes (two-space indentation,
 * {@code \n} line ends, a final newline).
 */
public final class SyncSchema {

    private SyncSchema() {}

    /**
     * The schema of sync files declaring {@code kinds}, as JSON text. Descriptions come from the
     * documentation each kind's jar carries ({@code META-INF/komodo-sync/field-docs.properties}).
     */
    public static String generate(ResourceKinds kinds) {
        requireNonNull(kinds, "kinds");
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(SyncSchema.class.getClassLoader());
        for (ResourceKind<?> kind : kinds.all()) {
            ClassLoader loader = kind.configClass().getClassLoader();
            if (loader != null && !loaders.contains(loader)) {
                loaders.add(loader);
            }
        }
        ObjectNode schema = new DocumentSchema(kinds, FieldDocs.load(loaders)).build();
        return print(schema);
    }

    private static String print(ObjectNode schema) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree built in memory", e);
        }
    }
}
