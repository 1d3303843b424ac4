package dev.komodosync.parser.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.testkind.DnsRecordConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code META-INF/komodo-sync/field-docs.properties} of the model and of the test kind hold what
 * the javadoc of their records says, exactly: a change of javadoc, a new field or a moved class
 * makes this test fail; {@code -Dkomodo.updateGolden=true} rewrites them.
 */
class FieldDocsTest {

    private static final Path MODEL = Path.of("..", "komodo-sync-model");
    private static final Path TESTKIND = Path.of("..", "komodo-sync-testkind");
    private static final String HEADER = "# The javadoc of the model's records, for the JSON Schema of sync files"
            + " (komodo-sync-parser's SyncSchema).\n# Generated from the sources by FieldDocsTest; do not edit.\n";

    @Test
    void theModelsDocsAreCurrent() throws IOException {
        assertCurrent(MODEL);
    }

    @Test
    void theTestKindsDocsAreCurrent() throws IOException {
        assertCurrent(TESTKIND);
    }

    @Test
    void docsReachTheSchemaGenerator() {
        FieldDocs docs = FieldDocs.load(List.of(getClass().getClassLoader()));
        assertThat(docs.field(DeploymentConfig.class, "customName"))
                .contains("the container or service name, when not the deployment's name");
        assertThat(docs.type(DeploymentConfig.class)).contains("A deployment's configuration: one container, or one swarm service.");
        assertThat(docs.field(DnsRecordConfig.class, "ttl")).contains("the time to live, in seconds");
    }

    @Test
    void inlineTagsBecomePlainText() {
        assertThat(JavadocExtractor.plain("written {@code config = { type = \"Aws\" }} (behaviour §2.7), see {@link Foo#bar()}"))
                .isEqualTo("written `config = { type = \"Aws\" }`, see `bar`");
    }

    private static void assertCurrent(Path module) throws IOException {
        Path sources = module.resolve("src/main/java");
        Path committed = module.resolve("src/main/resources/" + FieldDocs.RESOURCE);
        String expected = render(extract(sources));
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("%s is stale: run with -Dkomodo.updateGolden=true", committed).isEqualTo(expected);
    }

    /** Every record and union of the discovered kinds whose source is under {@code sources}. */
    private static Map<String, String> extract(Path sources) throws IOException {
        Map<String, String> docs = new TreeMap<>();
        for (Class<?> type : ModelTypes.reachable(ResourceKinds.discover())) {
            Class<?> outer = type;
            while (outer.getEnclosingClass() != null) {
                outer = outer.getEnclosingClass();
            }
            Path file = sources.resolve(outer.getName().replace('.', '/') + ".java");
            if (!Files.exists(file)) {
                continue;
            }
            Optional<JavadocExtractor.TypeDoc> doc = JavadocExtractor.typeDoc(Files.readString(file), type.getSimpleName());
            doc.ifPresent(found -> {
                if (!found.description().isEmpty()) {
                    docs.put(type.getName(), found.description());
                }
                found.params().forEach((component, text) -> docs.put(type.getName() + "." + component, text));
            });
        }
        return docs;
    }

    private static String render(Map<String, String> docs) {
        StringBuilder out = new StringBuilder(HEADER);
        docs.forEach((key, text) -> out.append(key).append('=').append(text.replace("\\", "\\\\")).append('\n'));
        return out.toString();
    }
}
