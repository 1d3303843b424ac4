package dev.komodosync.parser.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.ValidationMessage;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema in a real validator: every bundled example and test file the loader reads without
 * warnings validates; every input form Komodo accepts validates; a misspelt key, a wrong type and
 * an unknown enum value fail at their path.
 */
class SchemaValidationTest {

    private static final SchemaValidation SCHEMA = SchemaValidation.of(ResourceKinds.discover());

    /** A file that uses every input form Komodo accepts, and a plug-in kind. */
    static final String EVERY_INPUT_FORM = """
            [[servers]]
            name = "nas"
            config.address = "https://nas.lan:8120"
            config.links = "https://a.lan, https://b.lan"

            [[deployment]]
            name = "api"
            deploy = true
            after = ["db"]
            [deployment.config]
            server = "nas"
            image = { type = "Build", params = { build = "api", version = { major = 1, minor = 2, patch = 3 } } }
            restart = "unless-stopped"
            termination_signal = "15"
            environment = [{ variable = "A", value = "1" }]
            ports = [{ local = "8080", container = "80" }]
            term_signal_labels = [{ signal = "SIGTERM", label = "stop" }]
            extra_args = "--init"

            [[stack]]
            name = "db"
            config = { server_id = "nas", additional_env_files = [".env.prod", { path = "x.env" }], environment = "A=1" }

            [[build]]
            name = "api"
            config = { version = "1.2", image_registry = { domain = "ghcr.io", account = "me" } }

            [[builder]]
            name = "b"
            config = { type = "Server", params = { servers = "nas" } }

            [[procedure]]
            name = "nightly"
            [[procedure.config.stage]]
            name = "one"
            execution = [{ execution = { type = "BatchDeployStack", params = { pattern = "app-*" } } }]

            [[variable]]
            name = "A"
            value = "1"
            is_secret = true

            [[user_group]]
            name = "admins"
            all.Stack = "Execute"
            all.Server = { level = "Write", specific = ["Terminal"] }
            permission = [{ target = { type = "Deployment", id = "api-*" }, level = "Read" }]

            [[dns_record]]
            name = "www"
            config = { zone = "example.org", server = "nas", aliases = "a, b" }
            """;

    static Stream<Path> bundledFiles() throws IOException {
        List<Path> roots = List.of(Path.of("..", "examples"), Path.of("src", "test", "resources", "realistic"),
                Path.of("src", "test", "resources", "seed-example.toml"));
        return roots.stream().flatMap(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".toml")).sorted().toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiles")
    void everyBundledFileValidatesUnlessTheLoaderFlagsIt(Path file) throws IOException {
        String toml = Files.readString(file, StandardCharsets.UTF_8);
        LoadResult loaded = SyncLoader.create().loadString(file.getFileName().toString(), toml);
        List<ValidationMessage> errors = SCHEMA.validate(toml);
        if (MirroredDiagnostics.of(loaded.diagnostics()).isEmpty()) {
            assertThat(errors).as(file.toString()).isEmpty();
        } else {
            assertThat(errors).as("%s, which the loader flags: %s", file, loaded.diagnostics()).isNotEmpty();
        }
    }

    @Test
    void theOldImageRegistryFormOfTheSeedTestFileFailsWhereTheLoaderWarns() throws IOException {
        String toml = Files.readString(Path.of("src", "test", "resources", "seed-example.toml"), StandardCharsets.UTF_8);
        assertThat(SCHEMA.validate(toml)).extracting(m -> m.getInstanceLocation().toString(), ValidationMessage::getProperty)
                .contains(org.assertj.core.groups.Tuple.tuple("$.build[0].config.image_registry", "type"),
                        org.assertj.core.groups.Tuple.tuple("$.build[0].config.image_registry", "params"));
    }

    @Test
    void thereAreBundledFiles() throws IOException {
        assertThat(bundledFiles()).hasSizeGreaterThanOrEqualTo(18);
    }

    @Test
    void everyInputFormKomodoAcceptsValidates() {
        assertThat(SyncLoader.create().loadString("forms.toml", EVERY_INPUT_FORM).diagnostics())
                .noneMatch(d -> d.code() == DiagnosticCode.UNKNOWN_FIELD || d.code() == DiagnosticCode.WRONG_TYPE
                        || d.code() == DiagnosticCode.INVALID_VALUE);
        assertThat(SCHEMA.validate(EVERY_INPUT_FORM)).isEmpty();
    }

    @Test
    void aMisspeltKeyFailsAtItsTable() {
        List<ValidationMessage> errors = SCHEMA.validate("""
                [[deployment]]
                name = "api"
                [deployment.config]
                restrat = "always"
                """);
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString(), ValidationMessage::getType,
                ValidationMessage::getProperty).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "$.deployment[0].config", "additionalProperties", "restrat"));
    }

    @Test
    void aWrongTypeFailsAtTheValue() {
        List<ValidationMessage> errors = SCHEMA.validate("""
                [[stack]]
                name = "web"
                tags = "prod"
                """);
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString(), ValidationMessage::getType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.stack[0].tags", "type"));
    }

    @Test
    void anUnknownEnumValueFailsAtTheValue() {
        List<ValidationMessage> errors = SCHEMA.validate("""
                [[deployment]]
                name = "api"
                config.restart = "allways"
                """);
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString(), ValidationMessage::getType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.deployment[0].config.restart", "enum"));
    }

    @Test
    void anUnknownExecutionTypeFailsAtItsType() {
        List<ValidationMessage> errors = SCHEMA.validate("""
                [[procedure]]
                name = "p"
                [[procedure.config.stage]]
                name = "one"
                executions = [{ execution = { type = "DeployStak", params = {} } }]
                """);
        assertThat(errors).extracting(m -> m.getInstanceLocation().toString())
                .contains("$.procedure[0].config.stage[0].executions[0].execution.type");
    }

    @Test
    void twoSpellingsOfOneFieldOrKindFail() {
        assertThat(SCHEMA.validate("""
                [[deployment]]
                name = "api"
                config = { server = "a", server_id = "a" }
                """)).isNotEmpty();
        assertThat(SCHEMA.validate("""
                [[stack]]
                name = "a"
                [[stacks]]
                name = "b"
                """)).isNotEmpty();
    }

    @Test
    void deployOnAKindThatDoesNotDeployFails() {
        assertThat(SCHEMA.validate("[[server]]\nname = \"a\"\ndeploy = true\n"))
                .extracting(m -> m.getInstanceLocation().toString()).contains("$.server[0].deploy");
        assertThat(SCHEMA.validate("[[server]]\nname = \"a\"\ndeploy = false\n")).isEmpty();
    }

    @Test
    void theRemovedServerTemplateFails() {
        assertThat(SCHEMA.validate("[[server_template]]\nname = \"a\"\n"))
                .extracting(m -> m.getInstanceLocation().toString()).contains("$.server_template");
    }
}
