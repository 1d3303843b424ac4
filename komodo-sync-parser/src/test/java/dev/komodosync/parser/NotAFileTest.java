package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is not what it claims: a FIFO, a device, a link that leads nowhere or loops on
 * itself. Each is a KS109 and is never opened (a FIFO would block the read forever); none is
 * skipped without a word.
 */
class NotAFileTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        return fifo;
    }

    @Test
    void aFifoGivenByNameIsAnErrorNotABlockingRead() throws Exception {
        LoadResult result = SyncLoader.create().load(fifo("x.toml"));
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_A_FILE);
        assertThat(result.errors().get(0).message()).contains("x.toml").contains("not a regular file");
    }

    @Test
    void aDeviceGivenByNameIsAnError() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("null.toml"), Path.of("/dev/null"));
        LoadResult result = SyncLoader.create().load(link);
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_A_FILE);
    }

    @Test
    void aFifoInsideAFolderIsReportedNotSkipped() throws Exception {
        Files.writeString(dir.resolve("a.toml"), "[[server]]\nname = \"a\"\n");
        fifo("pipe.toml");
        LoadResult result = SyncLoader.create().load(dir);
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("a");
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_A_FILE);
        assertThat(result.errors().get(0).message()).contains("pipe.toml");
    }

    @Test
    void aDanglingLinkInsideAFolderIsReportedNotSkipped() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.toml"), dir.resolve("missing.toml"));
        LoadResult result = SyncLoader.create().load(dir);
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_A_FILE);
        assertThat(result.errors().get(0).message()).contains("gone.toml").contains("leads nowhere");
    }

    @Test
    void loopingFileLinksInsideAFolderAreReportedNotSkipped() throws IOException {
        Files.createSymbolicLink(dir.resolve("a.toml"), dir.resolve("b.toml"));
        Files.createSymbolicLink(dir.resolve("b.toml"), dir.resolve("a.toml"));
        LoadResult result = SyncLoader.create().load(dir);
        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.NOT_A_FILE, DiagnosticCode.NOT_A_FILE);
    }

    @Test
    void aSelfLoopingLinkGivenByNameIsNotCalledMissing() throws IOException {
        Path self = dir.resolve("self.toml");
        Files.createSymbolicLink(self, self);
        LoadResult result = SyncLoader.create().load(self);
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_A_FILE);
        assertThat(result.errors().get(0).message()).doesNotContain("does not exist").contains("leads nowhere");
    }
}
