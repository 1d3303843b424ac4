package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.Planner;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.serve.internal.SyncWorker;
import dev.komodosync.serve.webhook.WebhookAction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs any number of Resource Syncs independently, as Komodo Core does: polls each sync's source
 * on an interval and re-plans when the commit or the files changed, or when the last plan is
 * older than the re-plan interval (what exists drifts too); keeps each sync's pending plan and
 * its fingerprint; executes a plan through the {@link PlanExecutor} when a trigger asks and the
 * sync allows. One refresh, execution or commit at a time per sync, queued in order (Komodo's
 * per-sync lock); different syncs in parallel, up to {@link Builder#parallelism(int)}. A failed
 * refresh is recorded on its sync and the last good plan is kept.
 *
 * <pre>{@code
 * try (SyncRunner runner = SyncRunner.builder()
 *         .sync(SyncDefinition.of(declared, settings))
 *         .snapshots(SnapshotSource.of(client))
 *         .listener(event -> System.err.println(event.line()))
 *         .build()) {
 *     runner.start();
 *     SyncStatus status = runner.refresh("homelab", Trigger.MANUAL).join();
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops polling, cancels queued work, lets running work (an
 * execution in progress) finish, then returns.
 */
public final class SyncRunner implements AutoCloseable {

    private final Map<String, SyncWorker> workers;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Duration pollInterval;
    private final Duration stopTimeout;
    private boolean started;
    private boolean closed;

    private SyncRunner(Builder builder) {
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(builder.parallelism, named("komodo-sync-worker-", count));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("komodo-sync-poll-", new AtomicInteger()));
        SyncWorker.Context context = new SyncWorker.Context(builder.loader, builder.planner, builder.snapshots,
                builder.executor, builder.listener, builder.clock, builder.replanInterval);
        Map<String, SyncWorker> byName = new LinkedHashMap<>();
        builder.syncs.forEach((name, sync) -> byName.put(name, new SyncWorker(sync, context, pool)));
        this.workers = Map.copyOf(byName);
        this.pollInterval = builder.pollInterval;
        this.stopTimeout = builder.stopTimeout;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts: a first refresh of every sync now, then a poll of each every poll interval. Idempotent. */
    public synchronized SyncRunner start() {
        if (closed) {
            throw new IllegalStateException("the runner is closed");
        }
        if (!started) {
            started = true;
            workers.values().forEach(worker -> worker.refresh(Trigger.STARTUP));
            long millis = pollInterval.toMillis();
            timer.scheduleWithFixedDelay(() -> workers.values().forEach(SyncWorker::poll), millis, millis,
                    TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** The syncs, by name, in name order. */
    public List<SyncDefinition> syncs() {
        return workers.values().stream().map(SyncWorker::definition)
                .sorted(java.util.Comparator.comparing(SyncDefinition::name)).toList();
    }

    /** The sync named {@code name} (Komodo's webhooks may give an id or a name; here ids are names). */
    public Optional<SyncDefinition> sync(String name) {
        return Optional.ofNullable(workers.get(name)).map(SyncWorker::definition);
    }

    /** Every sync now, in name order. */
    public List<SyncStatus> statuses() {
        return workers.values().stream().map(SyncWorker::status)
                .sorted(java.util.Comparator.comparing(SyncStatus::name)).toList();
    }

    /** Sync {@code name} now. */
    public Optional<SyncStatus> status(String name) {
        return Optional.ofNullable(workers.get(name)).map(SyncWorker::status);
    }

    /** Queues a refresh of sync {@code name} that always plans anew; the future gives its status after it. */
    public CompletableFuture<SyncStatus> refresh(String name, Trigger trigger) {
        return worker(name).refresh(trigger);
    }

    /**
     * Queues an execution of sync {@code name}: a fresh plan, executed through the executor when it
     * has changes, then a refresh. An explicit request: it runs whatever the sync's
     * {@link SyncDefinition#execute()} says.
     */
    public CompletableFuture<SyncStatus> execute(String name, Trigger trigger) {
        return worker(name).execute(trigger);
    }

    /**
     * Queues what an authenticated webhook for sync {@code name} asks (komodo-api §4.3): nothing when
     * its webhooks are disabled or {@code branch} is not its branch; else a refresh, or for
     * {@link WebhookAction#SYNC} an execution when the sync has {@link SyncDefinition#execute()}.
     */
    public CompletableFuture<SyncStatus> webhook(String name, WebhookAction action, Optional<String> branch) {
        return worker(name).webhook(action, branch);
    }

    /**
     * Queues a poll of sync {@code name} now, as the timer does: it re-plans only when the commit or
     * the files changed, or the plan is older than the re-plan interval. A poll already queued is
     * not queued twice (its future is returned).
     */
    public CompletableFuture<SyncStatus> poll(String name) {
        return worker(name).poll();
    }

    /**
     * Queues {@code work} on sync {@code name}'s queue, one at a time with its refreshes and
     * executions; the work receives the sync and its last good plan.
     */
    public <T> CompletableFuture<T> submit(String name, SyncWork<T> work) {
        SyncWorker worker = worker(name);
        return worker.submit(() -> work.run(worker.definition(), worker.plan()));
    }

    /** Work run on a sync's queue. */
    @FunctionalInterface
    public interface SyncWork<T> {
        /** Runs with the sync and its last good plan. */
        T run(SyncDefinition sync, Optional<PendingPlan> plan) throws Exception;
    }

    private SyncWorker worker(String name) {
        SyncWorker worker = workers.get(requireNonNull(name, "name"));
        if (worker == null) {
            throw new IllegalArgumentException("no sync named '" + name + "'; syncs: " + workers.keySet().stream().sorted()
                    .toList());
        }
        return worker;
    }

    /**
     * Stops: no more polls, queued work cancelled, running work (an execution) finished; waits up to
     * the stop timeout for it.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        timer.shutdownNow();
        workers.values().forEach(SyncWorker::close);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix, AtomicInteger count) {
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Configures a {@link SyncRunner}; every setter validates at once. */
    public static final class Builder {
        private final Map<String, SyncDefinition> syncs = new LinkedHashMap<>();
        private SnapshotSource snapshots;
        private PlanExecutor executor = PlanExecutor.unavailable();
        private SyncListener listener = SyncListener.none();
        private SyncLoader loader = SyncLoader.create();
        private Planner planner = Planner.create();
        private Clock clock = Clock.systemUTC();
        private Duration pollInterval = Duration.ofMinutes(1);
        private Duration replanInterval = Duration.ofMinutes(10);
        private Duration stopTimeout = Duration.ofMinutes(10);
        private int parallelism = 2;

        private Builder() {}

        /** A sync to run; names must be unique. */
        public Builder sync(SyncDefinition value) {
            requireNonNull(value, "sync");
            if (syncs.putIfAbsent(value.name(), value) != null) {
                throw new IllegalArgumentException("two syncs are named '" + value.name() + "'");
            }
            return this;
        }

        /** Syncs to run. */
        public Builder syncs(List<SyncDefinition> values) {
            new ArrayList<>(values).forEach(this::sync);
            return this;
        }

        /** What exists; required. */
        public Builder snapshots(SnapshotSource value) {
            this.snapshots = requireNonNull(value, "snapshots");
            return this;
        }

        /** Executes plans; default {@link PlanExecutor#unavailable()}. */
        public Builder executor(PlanExecutor value) {
            this.executor = requireNonNull(value, "executor");
            return this;
        }

        /** Hears every event, including pending-changes notifications. */
        public Builder listener(SyncListener value) {
            this.listener = requireNonNull(value, "listener");
            return this;
        }

        /** Loads sync files (plug-in kinds); default {@link SyncLoader#create()}. */
        public Builder loader(SyncLoader value) {
            this.loader = requireNonNull(value, "loader");
            return this;
        }

        /** Plans (plug-in kinds); default {@link Planner#create()}. */
        public Builder planner(Planner value) {
            this.planner = requireNonNull(value, "planner");
            return this;
        }

        /** The clock of times shown and of the re-plan timer. */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock");
            return this;
        }

        /** How often each source is polled; default one minute. */
        public Builder pollInterval(Duration value) {
            this.pollInterval = positive(value, "pollInterval");
            return this;
        }

        /** How old a plan may get before a poll re-plans though the files did not change; default ten minutes. */
        public Builder replanInterval(Duration value) {
            this.replanInterval = positive(value, "replanInterval");
            return this;
        }

        /** How long {@link SyncRunner#close()} waits for running work; default ten minutes. */
        public Builder stopTimeout(Duration value) {
            this.stopTimeout = positive(value, "stopTimeout");
            return this;
        }

        /** How many syncs may refresh or execute at once; default 2. */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be positive: " + value);
            }
            this.parallelism = value;
            return this;
        }

        /** The runner, not started. */
        public SyncRunner build() {
            if (snapshots == null) {
                throw new IllegalStateException("a runner needs snapshots(...): where what exists is read");
            }
            return new SyncRunner(this);
        }

        private static Duration positive(Duration value, String name) {
            requireNonNull(value, name);
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
