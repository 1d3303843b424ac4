package dev.komodosync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Severity;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.toml.FastTomlReader;
import dev.komodosync.parser.internal.toml.TomljReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated corpus is what the benchmarks claim it is: deterministic, loading without errors
 * into the resources it was made of, with TOML 1.1 files, files with warnings and inventory files
 * (dates in an array, an infinite float, a string ending in a quote), after chains deep but within the cap, and a snapshot that plans to about 5% updates, 2%
 * creates and 2% deletes. And on it, the fast path and tomlj agree, positions included.
 */
class CorpusTest {

    private static final int SIZE = 1000;

    @TempDir
    static Path folder;

    private static Corpus corpus;
    private static LoadResult loaded;

    @BeforeAll
    static void generate() {
        corpus = Corpus.of(folder, SIZE);
        loaded = SyncLoader.create().load(corpus.syncFolder());
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path other) throws IOException {
        Corpus again = Corpus.of(other, SIZE);
        assertThat(contents(again)).isEqualTo(contents(corpus));
    }

    @Test
    void theCorpusLoadsWithoutErrorsIntoAllItsResources() {
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.declaration().resources()).hasSize(SIZE);
        assertThat(loaded.declaration().resources().stream().map(r -> r.kind().key()).distinct())
                .containsExactlyInAnyOrder("server", "swarm", "builder", "alerter", "resource_sync", "repo", "build",
                        "stack", "deployment", "procedure", "action");
        assertThat(corpus.tomlFiles().size()).isGreaterThan(SIZE / CorpusGenerator.PER_FILE);
    }

    @Test
    void theMixHasWarningsToml11AndInventoryFilesAllOnTheFastPath() throws IOException {
        assertThat(loaded.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING);
        long inventory = 0;
        long toml11 = 0;
        for (Path file : corpus.tomlFiles()) {
            String text = Files.readString(file);
            // Valid files, however unusual, are the fast path's: tomlj reads only what has errors.
            assertThat(FastTomlReader.reasonForTomlj(text)).as("why %s is left to tomlj", file).isEmpty();
            if (text.contains("\"\"\"\"\n")) {
                inventory++;
            }
            if (text.contains(",\n}")) {
                toml11++;
            }
        }
        assertThat(inventory).as("inventory files, with a string ending in a quote").isPositive();
        assertThat(toml11).as("files with TOML 1.1 inline tables").isPositive();
    }

    @Test
    void afterChainsAreDeepButNeverDeeperThanTheCap() {
        CorpusGenerator generator = new CorpusGenerator(Corpus.SEED, 10_000);
        generator.generate();
        Map<String, Integer> depth = new TreeMap<>();
        int deepest = 0;
        for (CorpusGenerator.Planned p : generator.deployables()) {
            int d = 1 + p.after().stream().mapToInt(depth::get).max().orElse(0);
            depth.put(p.name(), d);
            deepest = Math.max(deepest, d);
        }
        // Seed 7 at 10k: the deepest chain is 11 stages (BENCHMARKS.md).
        assertThat(deepest).isBetween(10, CorpusGenerator.MAX_AFTER_DEPTH);
    }

    @Test
    void theSnapshotPlansToAFewPercentOfChanges() {
        SnapshotResult snapshot = SnapshotReader.create().read(corpus.snapshotFile());
        assertThat(snapshot.hasErrors()).isFalse();
        PlanResult result = Planner.plan(loaded.declaration(), snapshot.snapshot(), SyncOptions.builder().delete(true).build());
        List<ResourceChange> changes = result.plan().orElseThrow().resources();
        long creates = changes.stream().filter(ResourceChange.Create.class::isInstance).count();
        long updates = changes.stream().filter(ResourceChange.Update.class::isInstance).count();
        long deletes = changes.stream().filter(ResourceChange.Delete.class::isInstance).count();
        assertThat(updates).isBetween(SIZE * 3L / 100, SIZE * 8L / 100);
        assertThat(creates).isBetween(SIZE / 200L, SIZE * 3L / 100);
        assertThat(deletes).isEqualTo(SIZE * SnapshotMaker.EXTRA_PERCENT / 100L);
    }

    @Test
    void theBusyShapePlansToThousandsOfChangesAndRedeploysWithDepartureNotesFromAOneLineSnapshot(
            @TempDir Path busyRoot) throws IOException {
        Corpus busy = Corpus.of(busyRoot, SIZE, Corpus.Shape.BUSY);
        assertThat(busy.folder().getFileName().toString()).isEqualTo(SIZE + "-busy");
        assertThat(Files.readString(busy.snapshotFile()).lines().count()).as("one line of JSON").isEqualTo(1);
        LoadResult files = SyncLoader.create().load(busy.syncFolder());
        assertThat(files.errors()).isEmpty();
        assertThat(files.declaration().resources()).hasSize(SIZE);
        SnapshotResult snapshot = SnapshotReader.create().read(busy.snapshotFile());
        assertThat(snapshot.hasErrors()).isFalse();
        assertThat(snapshot.snapshot().runtime().buildVersions()).isNotEmpty();

        PlanResult result = Planner.plan(files.declaration(), snapshot.snapshot(), SyncOptions.builder().delete(true).build());
        List<ResourceChange> changes = result.plan().orElseThrow().resources();
        long updates = changes.stream().filter(ResourceChange.Update.class::isInstance).count();
        assertThat(updates).isBetween(SIZE * 30L / 100, SIZE * 50L / 100);
        assertThat(result.diagnostics()).anyMatch(d -> d.code() == dev.komodosync.model.DiagnosticCode.AFTER_ACROSS_KINDS);
        assertThat(result.diagnostics().stream().filter(d -> d.code().code().equals("KS428")).count())
                .as("build-version departures").isGreaterThan(SIZE / 100L);
        // The plain shape is what it was: a few percent of changes and no build versions.
        assertThat(SnapshotReader.create().read(corpus.snapshotFile()).snapshot().runtime().buildVersions()).isEmpty();
        assertThat(contents(Corpus.of(busyRoot.resolve("again"), SIZE, Corpus.Shape.BUSY))).isEqualTo(contents(busy));
    }

    @Test
    void theFastPathAndTomljAgreeOnEveryFile() throws IOException {
        TomljReader tomlj = new TomljReader();
        FastTomlReader fast = new FastTomlReader();
        for (Path file : corpus.tomlFiles()) {
            String text = Files.readString(file);
            ParsedDocument expected = tomlj.read(file.toString(), text);
            ParsedDocument actual = fast.read(file.toString(), text);
            assertThat(expected.syntaxErrors()).isEmpty();
            assertThat(actual.root().toString()).as(file.toString()).isEqualTo(expected.root().toString());
            assertThat(actual.root()).isEqualTo(expected.root());
            assertThat(actual.positions()).as(file.toString()).isEqualTo(expected.positions());
        }
    }

    private static Map<String, String> contents(Corpus corpus) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : corpus.tomlFiles()) {
            files.put(corpus.syncFolder().relativize(file).toString(), Files.readString(file));
        }
        files.put("snapshot.json", Files.readString(corpus.snapshotFile()));
        return files;
    }
}
