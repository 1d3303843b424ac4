package dev.komodosync.diff.export;

import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.diff.export.internal.AtomicFiles;
import dev.komodosync.diff.export.internal.FileWrites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes never half-happen, proved through the file-writing seam ({@link FileWrites}) with faults
 * put in it — a failure on the N-th file, a short write (a full disk), a file edited between
 * prepare and write — not real disks or permissions (CI runs as root).
 */
class WriteBackFaultsTest {

    private static final String A = "# servers of the closet\n[[server]]\nname = \"a\"\nconfig.region = \"x\"\n";
    private static final String B = "[[server]]\nname = \"b\"\nconfig.region = \"y\"  # keep\n";

    @TempDir
    Path dir;

    private Path sync;

    @BeforeEach
    void writeFolder() throws IOException {
        sync = Files.createDirectories(dir.resolve("sync"));
        Files.writeString(sync.resolve("a.toml"), A);
        Files.writeString(sync.resolve("b.toml"), B);
    }

    private WriteBackResult prepared() {
        WriteBackResult result = WriteBack.prepare(sync, existing("[[server]]\nname = \"a\"\nconfig.region = \"x2\"\n"
                + "[[server]]\nname = \"b\"\nconfig.region = \"y2\"\n").build(), WriteBackOptions.of(ExportOptions.defaults()));
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        assertThat(result.files()).hasSize(2);
        return result;
    }

    private void assertUntouched() throws IOException {
        assertThat(Files.readString(sync.resolve("a.toml"))).isEqualTo(A);
        assertThat(Files.readString(sync.resolve("b.toml"))).isEqualTo(B);
        try (Stream<Path> files = Files.list(sync)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder(
                    "a.toml", "b.toml");
        }
    }

    /** The real file system, failing as told: on the N-th write (after writing half of it), on the N-th rename. */
    private static class Faulty implements FileWrites {
        private final int failingWrite;
        private final int failingReplace;
        private int writes;
        private int replaces;

        Faulty(int failingWrite, int failingReplace) {
            this.failingWrite = failingWrite;
            this.failingReplace = failingReplace;
        }

        @Override
        public Path createTemp(Path folder, String name) throws IOException {
            return REAL.createTemp(folder, name);
        }

        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            if (++writes == failingWrite) {
                REAL.write(file, Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("No space left on device");
            }
            REAL.write(file, bytes);
        }

        /** The failing write's stream takes 10 bytes, then finds the disk full. */
        @Override
        public java.io.OutputStream stream(Path file) throws IOException {
            java.io.OutputStream real = REAL.stream(file);
            if (++writes != failingWrite) {
                return real;
            }
            return new java.io.FilterOutputStream(real) {
                private int left = 10;

                @Override
                public void write(int b) throws IOException {
                    if (left-- <= 0) {
                        throw new IOException("No space left on device");
                    }
                    out.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    for (int i = 0; i < length; i++) {
                        write(bytes[offset + i]);
                    }
                }
            };
        }

        @Override
        public void replace(Path from, Path to) throws IOException {
            if (++replaces == failingReplace) {
                throw new IOException("Operation not permitted");
            }
            REAL.replace(from, to);
        }

        @Override
        public void delete(Path file) throws IOException {
            REAL.delete(file);
        }

        @Override
        public Optional<byte[]> read(Path file) throws IOException {
            return REAL.read(file);
        }

        @Override
        public Optional<Set<PosixFilePermission>> permissions(Path file) throws IOException {
            return REAL.permissions(file);
        }

        @Override
        public void permissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
            REAL.permissions(file, permissions);
        }
    }

    @Test
    void aShortWriteOnTheSecondFileLeavesEveryFileAsItWas() throws IOException {
        WriteBackResult result = prepared();
        assertThatThrownBy(() -> result.write(new Faulty(2, 0))).isInstanceOf(IOException.class)
                .hasMessageContaining("b.toml").hasMessageContaining("No space left on device")
                .hasMessageContaining("nothing was written");
        assertUntouched();
    }

    @Test
    void aFailedRenameOfTheSecondFileRestoresTheFirst() throws IOException {
        WriteBackResult result = prepared();
        assertThatThrownBy(() -> result.write(new Faulty(0, 2))).isInstanceOf(IOException.class)
                .hasMessageContaining("b.toml").hasMessageContaining("Operation not permitted")
                .hasMessageContaining("nothing was written (1 file written before it restored)");
        assertUntouched();
    }

    @Test
    void whenRestoringFailsTooTheMessageSaysWhichFilesChanged() throws IOException {
        WriteBackResult result = prepared();
        // the second rename fails, and so does the third: the one that would restore a.toml
        FileWrites failing = new Faulty(0, 2) {
            private int calls;

            @Override
            public void replace(Path from, Path to) throws IOException {
                if (++calls >= 2) {
                    throw new IOException("Read-only file system");
                }
                REAL.replace(from, to);
            }
        };
        assertThatThrownBy(() -> result.write(failing)).isInstanceOf(IOException.class)
                .hasMessageContaining("these files were changed and could not be restored: " + sync.toString()
                        .replace('\\', '/') + "/a.toml");
        assertThat(Files.readString(sync.resolve("b.toml"))).isEqualTo(B);
    }

    @Test
    void aFileEditedBetweenPrepareAndWriteIsRefusedNotOverwritten() throws IOException {
        WriteBackResult result = prepared();
        String edited = B + "# a colleague's edit\n";
        Files.writeString(sync.resolve("b.toml"), edited);
        assertThatThrownBy(result::write).isInstanceOf(IOException.class)
                .hasMessageContaining("b.toml changed on disk since the write-back read it; nothing was written");
        assertThat(Files.readString(sync.resolve("a.toml"))).isEqualTo(A);
        assertThat(Files.readString(sync.resolve("b.toml"))).isEqualTo(edited);
    }

    @Test
    void aWriteKeepsTheModeAndWritesThroughALinkToItsTarget() throws IOException {
        Files.setPosixFilePermissions(sync.resolve("a.toml"), PosixFilePermissions.fromString("rw-r-----"));
        Path real = Files.createDirectories(sync.resolve("shared")).resolve("b.real");
        Files.move(sync.resolve("b.toml"), real);
        Files.createSymbolicLink(sync.resolve("b.toml"), Path.of("shared/b.real"));
        WriteBackResult result = WriteBack.prepare(sync, existing("[[server]]\nname = \"a\"\nconfig.region = \"x2\"\n"
                + "[[server]]\nname = \"b\"\nconfig.region = \"y2\"\n").build(), WriteBackOptions.of(ExportOptions.defaults()));
        result.write();
        assertThat(Files.getPosixFilePermissions(sync.resolve("a.toml"))).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        assertThat(Files.readString(sync.resolve("a.toml"))).contains("config.region = \"x2\"").startsWith("# servers");
        assertThat(Files.isSymbolicLink(sync.resolve("b.toml"))).isTrue();
        assertThat(Files.readString(real)).contains("config.region = \"y2\"  # keep");
    }

    @Test
    void aSingleWriteThatFailsLeavesTheOldFileWhole() throws IOException {
        Path file = sync.resolve("a.toml");
        assertThatThrownBy(() -> AtomicFiles.write(file, "[[server]]\nname = \"cut off mid-string\"\n", new Faulty(1, 0)))
                .hasMessageContaining("No space left on device").hasMessageContaining("left as it was");
        assertUntouched();
    }

    /** A streamed write (a snapshot file) that fails part way, in writing or in replacing, leaves the old file whole. */
    @Test
    void aStreamedWriteThatFailsLeavesTheOldFileWhole() throws IOException {
        Path file = sync.resolve("a.toml");
        AtomicFiles.Body text = out -> {
            for (int i = 0; i < 20_000; i++) {
                out.write(("line " + i + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, text, new Faulty(1, 0)))
                .hasMessageContaining("No space left on device").hasMessageContaining("left as it was");
        assertUntouched();
        assertThatThrownBy(() -> AtomicFiles.write(file, text, new Faulty(0, 1)))
                .hasMessageContaining("Operation not permitted").hasMessageContaining("left as it was");
        assertUntouched();
        AtomicFiles.Body failing = out -> {
            out.write('{');
            throw new IOException("the Core went away");
        };
        assertThatThrownBy(() -> AtomicFiles.write(file, failing, FileWrites.REAL)).hasMessageContaining("the Core went away");
        assertUntouched();
    }

    /** A streamed write replaces the file whole, keeping its mode, and writes through a link to its target. */
    @Test
    void aStreamedWriteKeepsTheModeAndWritesThroughALink() throws IOException {
        Path file = sync.resolve("a.toml");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, out -> out.write("streamed\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), FileWrites.REAL);
        assertThat(Files.readString(file)).isEqualTo("streamed\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        Path real = sync.resolve("b.toml");
        Path link = Files.createSymbolicLink(dir.resolve("b-link.toml"), real);
        AtomicFiles.write(link, out -> out.write('x'), FileWrites.REAL);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("x");
        AtomicFiles.write(Path.of("/dev/null"), out -> out.write(new byte[100_000]), FileWrites.REAL);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        try (Stream<Path> files = Files.list(sync)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("a.toml", "b.toml");
        }
    }

    @Test
    void aWriteIntoAMissingFolderSaysSo() {
        Path file = dir.resolve("nonexistent/dir/x.toml");
        assertThatThrownBy(() -> AtomicFiles.write(file, "x", FileWrites.REAL))
                .hasMessage("cannot write " + file + ": there is no folder " + file.getParent());
        assertThat(Files.exists(dir.resolve("nonexistent"))).isFalse();
    }

    @Test
    void aNonRegularTargetIsWrittenDirectly() throws IOException {
        AtomicFiles.write(Path.of("/dev/null"), "discarded", FileWrites.REAL);
        assertThat(Files.exists(Path.of("/dev/null"))).isTrue();
        assertThat(List.of(Path.of("/dev").toFile().list())).noneMatch(name -> name.startsWith(".null."));
    }
}
