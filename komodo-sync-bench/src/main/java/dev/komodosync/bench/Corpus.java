package dev.komodosync.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Severity;
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
import java.util.Map;
import java.util.stream.Stream;

/**
 * A generated corpus on disk: {@code <root>/<size>/sync/} (the sync folder) and
 * {@code <root>/<size>/snapshot.json}. The same size and seed always give the same bytes; a
 * corpus already on disk is reused.
 *
 * @param folder the corpus's folder
 * @param size how many resources the files declare
 */
public record Corpus(Path folder, int size) {

    /** The seed of every published figure. */
    public static final long SEED = 7;

    /**
     * What the corpus is like beyond its size.
     *
     * <p>{@link #PLAIN}: about 5% of the resources differ from what exists, 35% of stacks and
     * deployments deploy, builds were never built, and the snapshot is pretty-printed — the corpus
     * of issue 7's figures. {@link #BUSY}: what makes {@code ../shared/perf/gen_corpus.py}'s corpus
     * cost more than the plain one (issue 19): 40% differ, 60% deploy, 80% of the builds have a
     * newer version than the deployments tracking them run (half of the deployments of builds are
     * pinned to a version instead), so that a plan carries thousands of updates and redeploys and
     * hundreds of departure notes (KS422, KS428) whose lines are echoed; and the snapshot is one
     * line of JSON. Its folder is {@code <size>-busy}.
     */
    public enum Shape { PLAIN, BUSY }

    /** The sync folder. */
    public Path syncFolder() {
        return folder.resolve("sync");
    }

    /** The snapshot file. */
    public Path snapshotFile() {
        return folder.resolve("snapshot.json");
    }

    /** Every {@code .toml} file of the sync folder, in sorted order. */
    public List<Path> tomlFiles() {
        try (Stream<Path> walk = Files.walk(syncFolder())) {
            return walk.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus of {@code size} resources under {@code root}, generated if it is not there yet. */
    public static Corpus of(Path root, int size) {
        return of(root, size, Shape.PLAIN);
    }

    /** The corpus of {@code size} resources and {@code shape} under {@code root}, generated if it is not there yet. */
    public static Corpus of(Path root, int size, Shape shape) {
        Path folder = root.resolve(size + (shape == Shape.BUSY ? "-busy" : ""));
        Corpus corpus = new Corpus(folder, size);
        if (Files.exists(folder.resolve(".complete"))) {
            return corpus;
        }
        generate(folder, size, SEED, shape);
        return corpus;
    }

    /** Writes the corpus of {@code size} resources from {@code seed} into {@code folder} (replacing it). */
    static void generate(Path folder, int size, long seed) {
        generate(folder, size, seed, Shape.PLAIN);
    }

    /** Writes the corpus of {@code size} resources and {@code shape} from {@code seed} into {@code folder} (replacing it). */
    static void generate(Path folder, int size, long seed, Shape shape) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Map<String, String> files = new CorpusGenerator(seed, size, shape).generate();
            CorpusGenerator.writeAll(files, folder.resolve("sync"));
            LoadResult loaded = SyncLoader.create().load(folder.resolve("sync"));
            List<Diagnostic> errors = new ArrayList<>();
            loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the generated corpus has errors, first: " + errors.get(0));
            }
            Snapshot snapshot = SnapshotMaker.make(loaded.declaration(), seed, shape);
            String json = SnapshotWriter.write(snapshot);
            if (shape == Shape.BUSY) {
                // One line, as an API answer or a script's dump writes it.
                json = new ObjectMapper().writeValueAsString(new ObjectMapper().readTree(json));
            }
            Files.writeString(folder.resolve("snapshot.json"), json, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(".complete"), "seed " + seed + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates corpora: {@code Corpus <root> <size>[-busy]...}, e.g. {@code target/corpus 1000 10000
     * 10000-busy 100000}; prints each corpus's folder.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Corpus <root folder> <size>[-busy]...");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            if (!args[i].matches("[1-9][0-9]{0,6}(-busy)?")) {
                System.err.println("Corpus: expected a positive number of resources, optionally followed by -busy, not `"
                        + args[i] + "`");
                System.exit(2);
            }
            boolean busy = args[i].endsWith("-busy");
            int size = Integer.parseInt(busy ? args[i].substring(0, args[i].length() - "-busy".length()) : args[i]);
            Corpus corpus = of(root, size, busy ? Shape.BUSY : Shape.PLAIN);
            System.out.println(corpus.folder());
        }
    }
}
