package dev.komodosync.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.toml.FastTomlReader;
import dev.komodosync.parser.schema.SyncSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the generated 1k corpus against the generated JSON Schema, in a real validator,
 * as a TOML language server sees the file (the TOML tree, date-times as text): the files the
 * loader reads without a warning validate; the files with a mistake Komodo tolerates (an unknown
 * key, which the loader warns about) fail, at the table holding that key.
 */
class CorpusSchemaTest {

    private static final Set<DiagnosticCode> UNKNOWN_KEYS = Set.of(DiagnosticCode.UNKNOWN_FIELD,
            DiagnosticCode.UNKNOWN_KIND, DiagnosticCode.MISPLACED_KEY, DiagnosticCode.CONFIG_KEY_OUTSIDE_CONFIG);

    @TempDir
    Path folder;

    @Test
    void everyCorpusFileValidatesExactlyWhenTheLoaderFindsNoUnknownKey() throws IOException {
        Corpus corpus = Corpus.of(folder, 1000);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.builtIn())));
        SyncLoader loader = SyncLoader.create();
        int valid = 0;
        List<String> flagged = new ArrayList<>();
        for (Path file : corpus.tomlFiles()) {
            String toml = Files.readString(file, StandardCharsets.UTF_8);
            List<Diagnostic> diagnostics = loader.loadString(file.getFileName().toString(), toml).diagnostics();
            assertThat(diagnostics).as(file.toString()).allMatch(d -> d.code().severity() != dev.komodosync.model.Severity.ERROR);
            List<Diagnostic> unknown = diagnostics.stream().filter(d -> UNKNOWN_KEYS.contains(d.code())).toList();
            Set<ValidationMessage> errors = schema.validate(tree(toml));
            if (unknown.isEmpty()) {
                assertThat(errors).as("%s, which the loader reads without a warning", file).isEmpty();
                valid++;
            } else {
                assertThat(errors).as("%s, in which the loader finds %s", file, unknown).isNotEmpty()
                        .allMatch(m -> m.getType().equals("additionalProperties"), "an unknown key");
                assertThat(errors).hasSameSizeAs(unknown);
                flagged.add(file.toString());
            }
        }
        assertThat(corpus.tomlFiles()).hasSizeGreaterThan(20);
        assertThat(flagged).as("the corpus's files with a tolerated mistake").isNotEmpty();
        assertThat(valid).isGreaterThan(flagged.size());
    }

    private static JsonNode tree(String toml) {
        ParsedDocument document = new FastTomlReader().read("corpus.toml", toml);
        assertThat(document.syntaxErrors()).isEmpty();
        return plain(document.root());
    }

    /** The tree with date-times as text, as a TOML language server hands them to a JSON Schema. */
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
