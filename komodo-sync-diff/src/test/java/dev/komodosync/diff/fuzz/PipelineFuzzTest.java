package dev.komodosync.diff.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.export.ExportOptions;
import dev.komodosync.diff.export.Exporter;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.render.PlanMarkdown;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded fuzzing of the whole pipeline — load → plan → render (text, JSON, Markdown) → export — on
 * the bundled examples' sync files and snapshots mutated as bytes: flips, truncation, deep
 * nesting, huge arrays, invalid UTF-8, BOMs, CRLF line ends, NUL bytes. The only outcomes allowed
 * are a plan or diagnostics, each located inside the file it is about; never an exception. A
 * tenth of {@code komodo.propertyCases} cases each in {@code verify}; the {@code long-tests}
 * profile runs 2,000 each.
 */
class PipelineFuzzTest {

    private static final SyncOptions EVERYTHING = SyncOptions.builder().delete(true).includeVariables(true)
            .includeUserGroups(true).build();
    private static final List<byte[]> SYNC_FILES = corpus("../examples", ".toml");
    private static final List<byte[]> SNAPSHOTS = corpus("../examples", ".json");
    private static final Snapshot HOMELAB = SnapshotReader.create().read(Path.of("../examples/homelab/snapshot.json"))
            .snapshot();
    private static final Declaration HOMELAB_FILES = SyncLoader.create().load(Path.of("../examples/homelab/sync"))
            .declaration();

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Math.max(1, Long.getLong("komodo.propertyCases", 300) / 10)).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aMutatedSyncFileGivesAPlanOrLocatedDiagnostics(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] input = Mutations.mutate(SYNC_FILES.get(random.nextInt(SYNC_FILES.size())), random, false);
        Path file = Files.write(dir.resolve("fuzz.toml"), input);
        LoadResult loaded = SyncLoader.create().load(file);
        assertLocatedInside(loaded.diagnostics(), file.toString().replace('\\', '/'), input);
        if (loaded.hasErrors()) {
            return;
        }
        PlanResult plan = Planner.plan(loaded.declaration(), HOMELAB, EVERYTHING);
        assertRenders(plan);
        String toml = Exporter.export(loaded.declaration(), ExportOptions.builder().includeVariables(true)
                .includeUserGroups(true).includeSecrets(true).build());
        assertThat(SyncLoader.create().loadString("again.toml", toml).errors()).as(toml).isEmpty();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aMutatedSnapshotGivesAPlanOrLocatedDiagnostics(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] input = Mutations.mutate(SNAPSHOTS.get(random.nextInt(SNAPSHOTS.size())), random, true);
        Path file = Files.write(dir.resolve("state.json"), input);
        SnapshotResult read = SnapshotReader.create().read(file);
        assertLocatedInside(read.diagnostics(), file.toString().replace('\\', '/'), input);
        if (read.hasErrors()) {
            return;
        }
        assertRenders(Planner.plan(HOMELAB_FILES, read.snapshot(), EVERYTHING));
        assertThat(Exporter.export(read.snapshot(), ExportOptions.builder().includeVariables(true).includeUserGroups(true)
                .build()).toml()).isNotNull();
    }

    private static void assertRenders(PlanResult plan) {
        assertThat(PlanText.render(plan, false)).isNotEmpty();
        assertThat(PlanJson.render(plan)).startsWith("{");
        assertThat(PlanMarkdown.render(plan)).isNotEmpty();
    }

    private static void assertLocatedInside(List<Diagnostic> diagnostics, String file, byte[] input) {
        long lines = 1;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        for (Diagnostic diagnostic : diagnostics) {
            assertThat(diagnostic.message()).isNotBlank();
            if (diagnostic.isError()) {
                assertThat(diagnostic.location()).as(diagnostic.toString()).isPresent();
            }
            long max = lines;
            diagnostic.location().ifPresent(location -> {
                assertThat(location.file()).isEqualTo(file);
                assertThat((long) location.line()).as(diagnostic.toString()).isBetween(1L, max);
            });
        }
    }

    private static List<byte[]> corpus(String root, String extension) {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            List<byte[]> corpus = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
                corpus.add(Files.readAllBytes(file));
            }
            assertThat(corpus).isNotEmpty();
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mutations, byte by byte. */
    static final class Mutations {

        private Mutations() {}

        static byte[] mutate(byte[] original, Random random, boolean json) {
            List<Byte> bytes = new ArrayList<>(original.length + 64);
            for (byte b : original) {
                bytes.add(b);
            }
            int mutations = 1 + random.nextInt(4);
            for (int i = 0; i < mutations; i++) {
                int at = bytes.isEmpty() ? 0 : random.nextInt(bytes.size());
                switch (random.nextInt(9)) {
                    case 0 -> {
                        if (!bytes.isEmpty()) {
                            bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
                        }
                    }
                    case 1 -> bytes.subList(at, bytes.size()).clear();
                    case 2 -> insert(bytes, at, (json ? "[".repeat(200 + random.nextInt(2000))
                            : "x = " + "[".repeat(200 + random.nextInt(2000))));
                    case 3 -> insert(bytes, at, hugeArray(random, json));
                    case 4 -> bytes.add(at, (byte) (0x80 | random.nextInt(0x80)));
                    case 5 -> insert(bytes, 0, "\ufeff");
                    case 6 -> {
                        List<Byte> crlf = new ArrayList<>(bytes.size() + 100);
                        for (Byte b : bytes) {
                            if (b == '\n') {
                                crlf.add((byte) '\r');
                            }
                            crlf.add(b);
                        }
                        bytes = crlf;
                    }
                    case 7 -> insert(bytes, at, "\u0000".repeat(1 + random.nextInt(100)));
                    default -> bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(64))).clear();
                }
            }
            byte[] out = new byte[bytes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = bytes.get(i);
            }
            return out;
        }

        private static String hugeArray(Random random, boolean json) {
            StringBuilder array = new StringBuilder(json ? "[" : "\nlinks = [");
            int size = 1000 + random.nextInt(20_000);
            for (int i = 0; i < size; i++) {
                array.append(i == 0 ? "" : ",").append(i);
            }
            return array.append(json ? "]" : "]\n").toString();
        }

        private static void insert(List<Byte> bytes, int at, String text) {
            byte[] inserted = text.getBytes(StandardCharsets.UTF_8);
            List<Byte> boxed = new ArrayList<>(inserted.length);
            for (byte b : inserted) {
                boxed.add(b);
            }
            bytes.addAll(Math.min(at, bytes.size()), boxed);
        }
    }
}
