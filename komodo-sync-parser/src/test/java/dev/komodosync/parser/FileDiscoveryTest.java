package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are read, in which order, and what happens with paths that are not there or lead astray. */
class FileDiscoveryTest {

    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String shown(String relative) {
        return dir.toString().replace('\\', '/') + "/" + relative;
    }

    @Test
    void foldersAreWalkedRecursivelyInSortedOrderHiddenFoldersIncluded() throws IOException {
        write("z.toml", "[[server]]\nname = \"z\"\n");
        write("b/deep/er/x.toml", "[[server]]\nname = \"x\"\n");
        write("a.toml", "[[server]]\nname = \"a\"\n");
        write(".hidden/h.toml", "[[server]]\nname = \"h\"\n");
        write("notes.md", "not read");
        write("b/UPPER.TOML", "not read either: the extension is case-sensitive");
        LoadResult result = SyncLoader.create().load(dir);
        assertThat(result.files()).containsExactly(shown(".hidden/h.toml"), shown("a.toml"), shown("b/deep/er/x.toml"),
                shown("z.toml"));
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("h", "a", "x", "z");
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void pathsAreReadInTheOrderGiven() throws IOException {
        Path second = write("second/s.toml", "[[server]]\nname = \"s\"\n");
        Path first = write("first.toml", "[[server]]\nname = \"f\"\n");
        LoadResult result = SyncLoader.create().load(first, second.getParent());
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("f", "s");
    }

    @Test
    void aMissingPathIsAnError() {
        LoadResult result = SyncLoader.create().load(dir.resolve("nope"));
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PATH_NOT_FOUND);
        assertThat(result.errors().get(0).message()).contains("nope").contains("does not exist");
    }

    @Test
    void aFileGivenByNameThatIsNotTomlIsSkippedWithANote() throws IOException {
        Path readme = write("README.md", "# hello");
        LoadResult result = SyncLoader.create().load(readme);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_TOML);
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aSymlinkLoopIsALocatedErrorNotAHang() throws IOException {
        write("sync/a.toml", "[[server]]\nname = \"a\"\n");
        Files.createSymbolicLink(dir.resolve("sync/loop"), dir.resolve("sync"));
        LoadResult result = SyncLoader.create().load(dir.resolve("sync"));
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.SYMLINK_LOOP);
        assertThat(result.errors().get(0).location()).contains(new SourceLocation(shown("sync/loop"), 1, 1));
        assertThat(result.declaration().resources()).hasSize(1);
    }

    @Test
    void aSymlinkLeavingTheFolderIsALocatedError() throws IOException {
        write("outside/secret.toml", "[[server]]\nname = \"outside\"\n");
        write("sync/a.toml", "[[server]]\nname = \"a\"\n");
        Files.createSymbolicLink(dir.resolve("sync/elsewhere"), dir.resolve("outside"));
        LoadResult result = SyncLoader.create().load(dir.resolve("sync"));
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.PATH_ESCAPES_ROOT);
        assertThat(result.declaration().resources()).extracting(r -> r.name()).containsExactly("a");
    }

    @Test
    void aSymlinkInsideTheFolderIsFollowed() throws IOException {
        write("sync/real/a.toml", "[[server]]\nname = \"a\"\n");
        Files.createSymbolicLink(dir.resolve("sync/alias.toml"), dir.resolve("sync/real/a.toml"));
        LoadResult result = SyncLoader.create().load(dir.resolve("sync"));
        assertThat(result.files()).containsExactly(shown("sync/alias.toml"), shown("sync/real/a.toml"));
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DUPLICATE_NAME);
    }

    @Test
    void aFileThatIsNotUtf8IsALocatedError() throws IOException {
        Path file = dir.resolve("latin1.toml");
        Files.write(file, "[[server]]\nname = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        LoadResult result = SyncLoader.create().load(file);
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_UTF8);
        assertThat(result.errors().get(0).location()).contains(new SourceLocation(shown("latin1.toml"), 2, 12));
    }

    @Test
    void theReplacementCharacterWrittenAsSuchIsUtf8() throws IOException {
        Path file = dir.resolve("replacement.toml");
        Files.writeString(file, "[[server]]\nname = \"a\"\ndescription = \"\uFFFD\"\n", StandardCharsets.UTF_8);
        LoadResult result = SyncLoader.create().load(file);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.declaration().resources().get(0).resource().description()).isEqualTo("\uFFFD");
    }

    @Test
    void aBadByteAfterGoodNonAsciiTextIsLocated() throws IOException {
        Path file = dir.resolve("mixed.toml");
        byte[] good = "[[server]]\nname = \"\u00e9\u00e9\"\ndescription = \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
        bytes[good.length] = (byte) 0xff;
        bytes[good.length + 1] = '"';
        bytes[good.length + 2] = '\n';
        Files.write(file, bytes);
        LoadResult result = SyncLoader.create().load(file);
        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NOT_UTF8);
        assertThat(result.errors().get(0).location()).contains(new SourceLocation(shown("mixed.toml"), 3, 16));
    }

    @Test
    void fileNamesJoinThePathAsGivenWithThePathInside() throws IOException {
        write("sync/stacks/web.toml", "[[stack]]\nname = \"web\"\nfoo = 1\n");
        LoadResult result = SyncLoader.create().load(dir.resolve("sync"));
        assertThat(result.diagnostics().get(0).location().orElseThrow().file()).isEqualTo(shown("sync/stacks/web.toml"));
    }
}
