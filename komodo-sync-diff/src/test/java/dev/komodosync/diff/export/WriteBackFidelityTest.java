package dev.komodosync.diff.export;

import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write-back keeps what it does not need to change byte for byte: a table stays a table (its
 * unchanged keys and comments with it), an inline table stays an inline table.
 */
class WriteBackFidelityTest {

    @TempDir
    Path dir;

    private String writeBack(String file, String core) throws IOException {
        Path sync = Files.createDirectories(dir.resolve("sync"));
        Files.writeString(sync.resolve("a.toml"), file);
        WriteBackResult result = WriteBack.prepare(sync, existing(core).build(),
                WriteBackOptions.of(ExportOptions.builder().includeSecrets(true).build()));
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        result.write();
        return Files.readString(sync.resolve("a.toml"));
    }

    @Test
    void aParamsTableWhoseOnlyChangeIsATokenKeepsItsOtherKeysAndComments() throws IOException {
        String file = """
                [[builder]]
                name = "aws"
                [builder.config]
                type = "Aws"
                [builder.config.params]
                # the region we build in
                region = "eu-west-1"
                git_providers = [{ domain = "github.com", accounts = [{ username = "bot", token = "old-token" }] }]
                image_registries = [{ domain = "ghcr.io", accounts = [{ username = "bot", token = "reg" }] }]
                """;
        String after = writeBack(file, file.replace("old-token", "new-token"));
        // the changed array is written anew, in export layout (its default `domain` left out); every
        // other line — the header, the comment, `region`, the registries — stays as it was
        assertThat(after).isEqualTo(file.replace(
                "git_providers = [{ domain = \"github.com\", accounts = [{ username = \"bot\", token = \"old-token\" }] }]",
                "git_providers = [\n  { accounts = [{ username = \"bot\", token = \"new-token\" }] },\n]"));
    }

    @Test
    void anInlineImageStaysInline() throws IOException {
        String file = """
                [[deployment]]
                name = "web"
                [deployment.config]
                image = { type = "Image", params = { image = "nginx:1" } }  # pinned
                """;
        String after = writeBack(file, file.replace("nginx:1", "nginx:2"));
        assertThat(after).isEqualTo(file.replace("nginx:1", "nginx:2"));
    }

    @Test
    void dottedEndpointKeysStayDotted() throws IOException {
        String file = """
                [[alerter]]
                name = "slack"
                config.endpoint.type = "Slack"
                config.endpoint.params.url = "https://hooks.slack.com/services/old"
                """;
        String after = writeBack(file, file.replace("/old", "/new"));
        assertThat(after).isEqualTo(file.replace("/old", "/new"));
    }
}
