package dev.komodosync.parser.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.toml.FastTomlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The generated schema in a real draft-07 validator (networknt), and TOML read into the tree a
 * TOML language server validates: the document as the loader's reader leaves it, date-times as
 * their text.
 */
final class SchemaValidation {

    private final JsonSchema schema;

    private SchemaValidation(JsonSchema schema) {
        this.schema = schema;
    }

    /** A validator of the schema of {@code kinds}. */
    static SchemaValidation of(ResourceKinds kinds) {
        try {
            JsonNode tree = new ObjectMapper().readTree(SyncSchema.generate(kinds));
            return new SchemaValidation(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems the validator finds in {@code toml}, ordered by path then keyword. */
    List<ValidationMessage> validate(String toml) {
        return validate(tree(toml));
    }

    /** The problems the validator finds in {@code document}, ordered by path then keyword. */
    List<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getType).thenComparing(ValidationMessage::getMessage))
                .toList();
    }

    /** {@code toml} as a tree; it must be valid TOML. */
    static JsonNode tree(String toml) {
        ParsedDocument document = new FastTomlReader().read("file.toml", toml);
        if (!document.syntaxErrors().isEmpty()) {
            throw new IllegalArgumentException("not TOML: " + document.syntaxErrors());
        }
        return plain(document.root());
    }

    private static JsonNode plain(JsonNode node) {
        if (node instanceof POJONode date) {
            return JsonNodeFactory.instance.textNode(String.valueOf(date.getPojo()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                copy.set(entry.getKey(), plain(entry.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(plain(element)));
            return copy;
        }
        return node;
    }
}
