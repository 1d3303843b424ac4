package dev.komodosync.diff.export;

import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write-back stays inside its folder: neither a template nor a resource's name can lead it out. */
class WriteBackPathsTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateLeadingOutOfTheFolderIsRefused() {
        assertThatThrownBy(() -> new WriteBackOptions(ExportOptions.defaults(), "../{kind}/{name}.toml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inside the sync folder");
    }

    @Test
    void aNameWithSlashesAndDotsStaysInsideTheFolder() throws IOException {
        Path sync = Files.createDirectories(dir.resolve("sync"));
        Files.writeString(sync.resolve("a.toml"), "[[server]]\nname = \"a\"\n");
        WriteBackResult result = WriteBack.prepare(sync, existing("[[server]]\nname = \"a\"\n[[server]]\n"
                + "name = \"../../escaped\"\n").build(), WriteBackOptions.of(ExportOptions.defaults()));
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        result.write();
        assertThat(result.files()).singleElement().satisfies(file -> assertThat(file.path().toAbsolutePath().normalize())
                .startsWith(sync.toAbsolutePath().normalize()));
        assertThat(Files.exists(dir.resolve("escaped.toml"))).isFalse();
    }
}
