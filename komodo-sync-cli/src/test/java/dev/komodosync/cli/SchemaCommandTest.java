package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code komodo-sync schema} through the real entry point. */
class SchemaCommandTest {

    private static final Path COMMITTED = Path.of(Cli.ROOT, "docs", "komodo-sync.schema.json");

    @TempDir
    Path dir;

    @Test
    void printsTheSchemaOfTheKindsOnTheClassPathWhichIsTheCommittedOne() throws IOException {
        Cli schema = Cli.run("schema");
        assertThat(schema.exitCode()).isZero();
        assertThat(schema.err()).isEmpty();
        assertThat(schema.out()).startsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",")
                .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    }

    @Test
    void writesToAFile() throws IOException {
        Path file = dir.resolve("komodo-sync.schema.json");
        Cli schema = Cli.run("schema", "-o", file.toString());
        assertThat(schema.exitCode()).isZero();
        assertThat(schema.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Cli.run("schema").out());
    }

    @Test
    void aFileThatCannotBeWrittenIsAnError() {
        Cli schema = Cli.run("schema", "-o", dir.resolve("missing/folder/schema.json").toString());
        assertThat(schema.exitCode()).isEqualTo(1);
        assertThat(schema.err()).startsWith("komodo-sync: cannot write ").contains("there is no folder");
    }
}
