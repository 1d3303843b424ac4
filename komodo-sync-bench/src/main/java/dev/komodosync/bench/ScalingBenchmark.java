package dev.komodosync.bench;

import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Snapshot;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * How planning scales from 10k to 100k resources, measured so that both sizes meet the same
 * machine: each operation plans the 10k corpus ten times and then the 100k corpus once, in one
 * JVM, and the nanoseconds of each are counted per iteration ({@link Times}). The ratio of an
 * iteration — its 100k time over a tenth of its 10k time — compares two measurements taken
 * within the same few seconds, where separate runs of {@link SyncBenchmarks#plan} for each size
 * compare minutes apart on a machine whose shared cache and neighbours move between them.
 *
 * <p>{@code scripts/scaling.sh} runs it and prints the ratio of every iteration with their
 * median. Not part of {@code scripts/bench.sh}: it needs both corpora in memory at once.
 *
 * <p>With {@link #copies} at 10 ({@code scripts/scaling.sh -p copies=10}), each of the ten 10k
 * plans of an operation plans its own copy of the 10k corpus, loaded apart: a 10k corpus
 * (~30 MB) can stay in a large cache from one plan to the next where the 100k corpus (~300 MB)
 * cannot, and the copies take that advantage away, to tell the cache's part of the ratio from
 * the planner's. The figure is the default, one copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 20, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ScalingBenchmark {

    private static final SyncOptions OPTIONS = SyncOptions.builder().delete(true).build();
    /** How many 10k plans an operation makes for its one 100k plan: about as long as each other. */
    static final int SMALL_PLANS = 10;

    /** How many separately loaded copies of the 10k corpus the ten 10k plans take turns with. */
    @Param({"1"})
    public int copies;

    /**
     * What each size's turn does: {@code plan} (the figure), or {@code read}
     * ({@code scripts/scaling.sh -p work=read}), which only reads every value of the inputs once
     * ({@link InputRead}): how reading the data a plan is given scales on the machine, the floor
     * of how a plan can.
     */
    @Param({"plan"})
    public String work;

    private Declaration[] small;
    private Snapshot[] smallSnapshot;
    private Declaration large;
    private Snapshot largeSnapshot;

    /**
     * Nanoseconds spent planning each size in an iteration: JMH reports their sum per
     * iteration, from which {@code scripts/scaling.sh} makes the iteration's ratio.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Times {
        /** Nanoseconds of the iteration's 10k plans ({@link #SMALL_PLANS} per operation). */
        public long smallNanos;
        /** Nanoseconds of the iteration's 100k plans (one per operation). */
        public long largeNanos;

        @Setup(Level.Iteration)
        public void clear() {
            smallNanos = 0;
            largeNanos = 0;
        }
    }

    /** Loads both corpora (generated under {@code -Dkomodo.corpus} on first use). */
    @Setup(Level.Trial)
    public void setUp() {
        if (copies < 1 || copies > SMALL_PLANS) {
            throw new IllegalArgumentException("copies must be 1 to " + SMALL_PLANS + ", not " + copies);
        }
        if (!work.equals("plan") && !work.equals("read") && !work.equals("pair")) {
            throw new IllegalArgumentException("work must be plan, read or pair, not " + work);
        }
        small = new Declaration[copies];
        smallSnapshot = new Snapshot[copies];
        for (int i = 0; i < copies; i++) {
            LoadedCorpus smallOne = LoadedCorpus.of(Corpus.of(SyncBenchmarks.corpusRoot(), 10_000), OPTIONS);
            small[i] = smallOne.declaration();
            smallSnapshot[i] = smallOne.snapshot();
        }
        LoadedCorpus largeOne = LoadedCorpus.of(Corpus.of(SyncBenchmarks.corpusRoot(), 100_000), OPTIONS);
        large = largeOne.declaration();
        largeSnapshot = largeOne.snapshot();
    }

    /**
     * Ten plans of 10k (taking turns among the copies), then one of 100k, each size's time added to
     * {@code times}; with {@link #work} {@code read}, ten reads and one instead of the plans.
     */
    @Benchmark
    public void alternate(Times times, Blackhole sink) {
        long start = System.nanoTime();
        for (int i = 0; i < SMALL_PLANS; i++) {
            int copy = i % copies;
            sink.consume(work(small[copy], smallSnapshot[copy]));
        }
        long middle = System.nanoTime();
        sink.consume(work(large, largeSnapshot));
        long end = System.nanoTime();
        times.smallNanos += middle - start;
        times.largeNanos += end - middle;
    }

    private Object work(Declaration declaration, Snapshot snapshot) {
        return switch (work) {
            case "read" -> InputRead.of(declaration, snapshot);
            case "pair" -> InputRead.pairs(declaration, snapshot);
            default -> Planner.plan(declaration, snapshot, OPTIONS);
        };
    }
}
