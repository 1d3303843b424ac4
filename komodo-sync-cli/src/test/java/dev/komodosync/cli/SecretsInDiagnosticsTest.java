package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A diagnostic on a secret's line never echoes the secret, however broken the file: the echoed
 * source line is masked from the text itself, since a broken file declares nothing to mask with.
 * Every value here holds {@code hunter2}; no output may.
 */
class SecretsInDiagnosticsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> brokenSecretLines() {
        return Stream.of(
                Arguments.of("a secret variable's value with a syntax error",
                        "[[variable]]\nname = \"X\"\nvalue = \"hunter2-a\nis_secret = true\n"),
                Arguments.of("a secret variable's value of a wrong type",
                        "[[variable]]\nname = \"X\"\nvalue = [\"hunter2-b\"]\nis_secret = true\n"),
                Arguments.of("a secret variable's value given twice",
                        "[[variable]]\nname = \"X\"\nis_secret = true\nvalue = \"hunter2-c\"\nvalue = \"hunter2-c2\"\n"),
                Arguments.of("a control character in a secret variable's value",
                        "[[variable]]\nname = \"X\"\nvalue = \"hunter2-d\u0001\"\nis_secret = true\n"),
                Arguments.of("a misspelt vaule on a secret variable",
                        "[[variable]]\nname = \"X\"\nvaule = \"hunter2-e\"\nis_secret = true\n"),
                Arguments.of("a misspelt valeu on a secret variable",
                        "[[variable]]\nname = \"X\"\nis_secret = true\nvaleu = \"hunter2-f\"\n"),
                Arguments.of("a one-line secret variable with an error",
                        "variable = [{ name = \"X\", value = \"hunter2-f2\", is_secret = true, bogus = 1 }]\n"),
                Arguments.of("a git provider token in an inline table with a missing comma",
                        "[[builder]]\nname = \"b\"\nconfig = { type = \"Aws\", params = { git_providers = [{ domain = \"github.com\","
                                + " accounts = [{ username = \"u\" token = \"hunter2-g\" }] }] } }\n"),
                Arguments.of("an alerter url beside an unknown endpoint type",
                        "[[alerter]]\nname = \"a\"\nconfig.endpoint = { type = \"Slak\", params = { url ="
                                + " \"https://hooks.slack.com/services/hunter2-h\" } }\n"),
                Arguments.of("an inner line of a multi-line secret_args",
                        "[[build]]\nname = \"b\"\n[build.config]\nsecret_args = \"\"\"\nhunter2-i-without-equals\n\"\"\"\n"),
                Arguments.of("an inner line of a multi-line secret variable with a control character",
                        "[[variable]]\nname = \"X\"\nis_secret = true\nvalue = \"\"\"\nhunter2-j\u0001\n\"\"\"\n"),
                Arguments.of("a passkey in a one-line [server.config]",
                        "[[server]]\nname = \"s\"\n[server.config] passkey = \"hunter2-k\"\n"),
                Arguments.of("a webhook_secret beside an unknown key",
                        "[[stack]]\nname = \"web\"\nconfig = { webhook_secret = \"hunter2-l\", bogus = 1 }\n"),
                Arguments.of("a quoted secret key of a wrong type",
                        "[[server]]\nname = \"s\"\nconfig.\"passkey\" = [\"hunter2-m\"]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSecretLines")
    void aDiagnosticOnASecretsLineNeverEchoesIt(String what, String toml) throws IOException {
        Path file = dir.resolve("broken.toml");
        Files.writeString(file, toml);
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.err()).as("echoes the line").contains(" | ").contains("***");
        assertThat(result.err() + result.out()).doesNotContain("hunter2");
    }

    @Test
    void aSnapshotDiagnosticMasksTheSecretsOfItsJsonLine() throws IOException {
        Path state = dir.resolve("snapshot.json");
        Files.writeString(state, "{\"servers\":[{\"_id\":{\"$oid\":\"0845488d06bb652d19f83db4\"},\"name\":\"s\",\"config\":"
                + "{\"passkey\":\"hunter2-p\",\"cpu_warning\":\"high\"}}],\"variables\":[{\"name\":\"V\",\"value\":\"hunter2-v\","
                + "\"is_secret\":true}],\"builders\":[{\"_id\":{\"$oid\":\"7e18d8aaf3adccf6082c5d79\"},\"name\":\"b\",\"config\":"
                + "{\"type\":\"Aws\",\"params\":{\"git_providers\":[{\"domain\":\"github.com\",\"accounts\":[{\"username\":\"u\","
                + "\"token\":\"hunter2-t\"}]}]}}}]}\n");
        Cli result = Cli.run("export", "--state", state.toString());
        assertThat(result.err()).contains("KS302").contains(" | ").contains("\"passkey\":\"***\"");
        assertThat(result.err() + result.out()).doesNotContain("hunter2");
    }

    @Test
    void aRefusedLinksTargetIsNeverRead() throws IOException {
        Path sync = Files.createDirectories(dir.resolve("sync"));
        Path outside = Files.writeString(dir.resolve("outside.toml"), "ROOT_HASH=hunter2-shadow\n");
        Files.createSymbolicLink(sync.resolve("link.toml"), outside);
        Cli result = Cli.run("validate", sync.toString());
        assertThat(result.err()).contains("KS105");
        assertThat(result.err() + result.out()).doesNotContain("hunter2");
    }
}
