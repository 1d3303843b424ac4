package dev.komodosync.bench;

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
        Path folder = root.resolve(Integer.toString(size));
        Corpus corpus = new Corpus(folder, size);
        if (Files.exists(folder.resolve(".complete"))) {
            return corpus;
        }
        generate(folder, size, SEED);
        return corpus;
    }

    /** Writes the corpus of {@code size} resources from {@code seed} into {@code folder} (replacing it). */
    static void generate(Path folder, int size, long seed) {
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Map<String, String> files = new CorpusGenerator(seed, size).generate();
            CorpusGenerator.writeAll(files, folder.resolve("sync"));
            LoadResult loaded = SyncLoader.create().load(folder.resolve("sync"));
            List<Diagnostic> errors = new ArrayList<>();
            loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).forEach(errors::add);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the generated corpus has errors, first: " + errors.get(0));
            }
            Snapshot snapshot = SnapshotMaker.make(loaded.declaration(), seed);
            Files.writeString(folder.resolve("snapshot.json"), SnapshotWriter.write(snapshot), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(".complete"), "seed " + seed + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates corpora: {@code Corpus <root> <size>...}, e.g. {@code target/corpus 1000 10000 100000}.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Corpus <root folder> <size>...");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            if (!args[i].matches("[1-9][0-9]{0,6}")) {
                System.err.println("Corpus: the size must be a positive number of resources, not `" + args[i] + "`");
                System.exit(2);
            }
            Corpus corpus = of(root, Integer.parseInt(args[i]));
            System.out.println(corpus.folder());
        }
    }
}
