package dev.komodosync.bench;

import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The library's costs on generated corpora of 1k, 10k and 100k resources (see {@link Corpus}):
 * loading (the sync folder and the snapshot file), planning, rendering the plan as JSON, and all
 * of it end to end, as {@code komodo-sync plan --delete --format json} does.
 *
 * <p>Corpora are generated under {@code -Dkomodo.corpus=<folder>} (default {@code target/corpus})
 * on first use and reused after. Run with {@code java -jar komodo-sync-bench/target/benchmarks.jar}
 * (see BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SyncBenchmarks {

    private static final SyncOptions OPTIONS = SyncOptions.builder().delete(true).build();

    /** How many resources the corpus declares. */
    @Param({"1000", "10000", "100000"})
    public int resources;

    private Corpus corpus;
    private Declaration declaration;
    private Snapshot snapshot;
    private PlanResult plan;

    /** Generates (or finds) the corpus, and loads and plans it once for the benchmarks that start later. */
    @Setup(Level.Trial)
    public void setUp() {
        corpus = Corpus.of(corpusRoot(), resources);
        LoadedCorpus loaded = LoadedCorpus.of(corpus, OPTIONS);
        declaration = loaded.declaration();
        snapshot = loaded.snapshot();
        plan = Planner.plan(declaration, snapshot, OPTIONS);
    }

    static Path corpusRoot() {
        return Path.of(System.getProperty("komodo.corpus", "target/corpus"));
    }

    /** Loading: the sync folder into a Declaration, and the snapshot file into a Snapshot. */
    @Benchmark
    public void load(Blackhole sink) {
        sink.consume(SyncLoader.create().load(corpus.syncFolder()));
        sink.consume(SnapshotReader.create().read(corpus.snapshotFile()));
    }

    /** Planning, given the declaration and the snapshot. */
    @Benchmark
    public PlanResult plan() {
        return Planner.plan(declaration, snapshot, OPTIONS);
    }

    /** Rendering a plan as JSON. */
    @Benchmark
    public String renderJson() {
        return PlanJson.render(plan);
    }

    /**
     * Everything, as {@code komodo-sync plan} does it: the snapshot read on a second thread while
     * the files load, then plan, then render JSON.
     */
    @Benchmark
    public String endToEnd() {
        CompletableFuture<SnapshotResult> reading = CompletableFuture.supplyAsync(
                () -> SnapshotReader.create().read(corpus.snapshotFile()), SyncBenchmarks::thread);
        LoadResult loaded = SyncLoader.create().load(corpus.syncFolder());
        SnapshotResult read = reading.join();
        return PlanJson.render(Planner.plan(loaded.declaration(), read.snapshot(), OPTIONS));
    }

    private static void thread(Runnable task) {
        Thread thread = new Thread(task, "snapshot");
        thread.setDaemon(true);
        thread.start();
    }
}
