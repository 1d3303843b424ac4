package dev.komodosync.serve.internal;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.serve.ExecutionOutcome;
import dev.komodosync.serve.ExecutionRecord;
import dev.komodosync.serve.PendingPlan;
import dev.komodosync.serve.PlanExecutor;
import dev.komodosync.serve.SnapshotSource;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.serve.SyncEvent;
import dev.komodosync.serve.SyncListener;
import dev.komodosync.serve.SyncState;
import dev.komodosync.serve.SyncStatus;
import dev.komodosync.serve.Trigger;
import dev.komodosync.serve.webhook.WebhookAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * One sync: its queue, its state, and the refresh, execute and webhook tasks. Every task runs on
 * the sync's {@link SerialQueue}, so at most one at a time; the state is read by any thread.
 */
public final class SyncWorker {

    /** What a worker needs besides its sync. */
    public record Context(SyncLoader loader, Planner planner, SnapshotSource snapshots, PlanExecutor executor,
            SyncListener listener, Clock clock, Duration replanInterval) {}

    private final SyncDefinition definition;
    private final Context context;
    private final SerialQueue queue;

    // Guarded by this.
    private boolean syncing;
    private Optional<LoadResult> lastLoaded = Optional.empty();
    private Optional<PendingPlan> plan = Optional.empty();
    private Optional<String> error = Optional.empty();
    private Optional<Instant> lastSuccess = Optional.empty();
    private Optional<ExecutionRecord> lastExecution = Optional.empty();
    private long applyFailures;
    private long refreshFailures;
    private boolean alertOpen;
    private CompletableFuture<SyncStatus> queuedPoll;

    /** A worker for {@code definition} whose tasks run on {@code pool}. */
    public SyncWorker(SyncDefinition definition, Context context, Executor pool) {
        this.definition = definition;
        this.context = context;
        this.queue = new SerialQueue(pool);
    }

    /** The sync. */
    public SyncDefinition definition() {
        return definition;
    }

    /** Queues a refresh that always plans anew. */
    public CompletableFuture<SyncStatus> refresh(Trigger trigger) {
        return queue.submit(() -> {
            refreshNow(trigger, true);
            return status();
        });
    }

    /**
     * Queues a poll, unless one is already queued (then its future is returned): it plans anew only
     * when the files or the timer say so.
     */
    public synchronized CompletableFuture<SyncStatus> poll() {
        if (queuedPoll != null) {
            return queuedPoll;
        }
        queuedPoll = queue.submit(() -> {
            synchronized (this) {
                queuedPoll = null;
            }
            refreshNow(Trigger.POLL, false);
            return status();
        });
        return queuedPoll;
    }

    /** Queues an execution: a fresh plan, executed when it has changes, then a refresh. */
    public CompletableFuture<SyncStatus> execute(Trigger trigger) {
        return queue.submit(() -> {
            executeNow(trigger);
            return status();
        });
    }

    /**
     * Queues what an authenticated webhook asks for (komodo-api §4.3): nothing when webhooks are
     * disabled or the push is for another branch; else a refresh, or for {@code /sync} an execution
     * when the sync allows apply on push (a refresh otherwise).
     */
    public CompletableFuture<SyncStatus> webhook(WebhookAction action, Optional<String> branch) {
        return queue.submit(() -> {
            if (!definition.config().webhookEnabled()) {
                emit(SyncEvent.Type.IGNORED, Trigger.WEBHOOK, "webhooks are disabled for this sync (webhook_enabled = false)");
            } else if (branch.isEmpty()) {
                emit(SyncEvent.Type.IGNORED, Trigger.WEBHOOK, "the webhook body names no branch (no \"ref\"; a ping?)");
            } else if (!branch.get().equals(definition.branch())) {
                emit(SyncEvent.Type.IGNORED, Trigger.WEBHOOK, "push to branch '" + branch.get() + "'; the sync follows '"
                        + definition.branch() + "'");
            } else if (action == WebhookAction.SYNC && definition.execute()) {
                executeNow(Trigger.WEBHOOK);
            } else {
                if (action == WebhookAction.SYNC) {
                    emit(SyncEvent.Type.IGNORED, Trigger.WEBHOOK, "apply on push is off for this sync: refreshing only");
                }
                refreshNow(Trigger.WEBHOOK, true);
            }
            return status();
        });
    }

    /** Queues other work for this sync (a managed-mode commit), one at a time with its refreshes and executions. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        return queue.submit(work);
    }

    /** Refuses new work and cancels what has not started; returns how many tasks were cancelled. */
    public int close() {
        return queue.close();
    }

    /** The sync now. */
    public synchronized SyncStatus status() {
        SyncState state;
        if (syncing) {
            state = SyncState.SYNCING;
        } else if (error.isPresent()) {
            state = SyncState.FAILED;
        } else if (plan.isEmpty()) {
            state = SyncState.UNKNOWN;
        } else {
            state = plan.get().plan().hasChanges() ? SyncState.PENDING : SyncState.OK;
        }
        return new SyncStatus(definition.name(), state, plan.flatMap(PendingPlan::origin), plan, error, lastSuccess,
                lastExecution, applyFailures, refreshFailures);
    }

    /** The last good plan (on the worker's thread). */
    public synchronized Optional<PendingPlan> plan() {
        return plan;
    }

    /** Reads, and plans when asked to or when the files changed or the plan is older than the re-plan interval. */
    boolean refreshNow(Trigger trigger, boolean force) {
        try {
            LoadResult loaded = definition.source().load(context.loader());
            if (loaded.hasErrors()) {
                throw new IllegalStateException("the sync files have errors: " + describe(loaded));
            }
            Instant now = context.clock().instant();
            boolean stale;
            synchronized (this) {
                stale = plan.isEmpty() || !lastLoaded.equals(Optional.of(loaded)) || error.isPresent()
                        || !now.isBefore(plan.get().plannedAt().plus(context.replanInterval()));
            }
            if (!force && !stale) {
                emit(SyncEvent.Type.UNCHANGED, trigger, "source unchanged" + commitOf(loaded));
                return true;
            }
            Snapshot snapshot = context.snapshots().read();
            PlanResult result = context.planner().planFor(loaded.declaration(), snapshot, definition.planOptions());
            if (result.hasErrors() || result.plan().isEmpty()) {
                throw new IllegalStateException("planning failed: " + result.diagnostics().stream()
                        .filter(Diagnostic::isError).map(Diagnostic::message).limit(3).collect(Collectors.joining("; ")));
            }
            Plan made = result.plan().get();
            PendingPlan pending = new PendingPlan(made, made.fingerprint(), PlanJson.render(result, loaded.origin()),
                    loaded.origin(), context.clock().instant());
            boolean opened;
            boolean resolved;
            synchronized (this) {
                lastLoaded = Optional.of(loaded);
                plan = Optional.of(pending);
                error = Optional.empty();
                lastSuccess = Optional.of(pending.plannedAt());
                opened = made.hasChanges() && !alertOpen;
                resolved = !made.hasChanges() && alertOpen;
                alertOpen = made.hasChanges();
            }
            emit(SyncEvent.Type.PLANNED, trigger, pending.changes() + " pending change(s), " + pending.fingerprint()
                    + commitOf(loaded));
            if (opened && definition.config().pendingAlert()) {
                emit(SyncEvent.Type.PENDING_CHANGES, trigger, pending.changes() + " pending change(s)" + commitOf(loaded));
            } else if (resolved) {
                emit(SyncEvent.Type.PENDING_RESOLVED, trigger, "nothing pending");
            }
            return true;
        } catch (Exception failed) {
            String message = messageOf(failed);
            boolean resolved;
            synchronized (this) {
                error = Optional.of(message);
                refreshFailures++;
                // behaviour §3.6: a failed refresh counts as nothing pending, so an open alert is resolved
                resolved = alertOpen;
                alertOpen = false;
            }
            emit(SyncEvent.Type.REFRESH_FAILED, trigger, message);
            if (resolved) {
                emit(SyncEvent.Type.PENDING_RESOLVED, trigger, "the refresh failed");
            }
            return false;
        }
    }

    private void executeNow(Trigger trigger) {
        synchronized (this) {
            syncing = true;
        }
        try {
            if (!refreshNow(trigger, true)) {
                String reason;
                synchronized (this) {
                    reason = "not executed: the refresh failed: " + error.orElse("");
                }
                recordExecution(trigger, Optional.empty(), Optional.empty(), Optional.of(reason));
                return;
            }
            PendingPlan pending = plan().orElseThrow();
            if (!pending.plan().hasChanges()) {
                recordExecution(trigger, Optional.of(pending.fingerprint()),
                        Optional.of(new ExecutionOutcome(0, 0, "{}")), Optional.empty());
                return;
            }
            try {
                ExecutionOutcome outcome = context.executor().execute(definition.name(), pending.plan(), pending.fingerprint());
                recordExecution(trigger, Optional.of(pending.fingerprint()), Optional.of(outcome), Optional.empty());
            } catch (Exception failed) {
                recordExecution(trigger, Optional.of(pending.fingerprint()), Optional.empty(),
                        Optional.of(messageOf(failed)));
            }
            // behaviour §3.8: the pending view is recomputed after a run
            refreshNow(trigger, true);
        } finally {
            synchronized (this) {
                syncing = false;
            }
        }
    }

    private void recordExecution(Trigger trigger, Optional<String> fingerprint, Optional<ExecutionOutcome> outcome,
            Optional<String> failure) {
        ExecutionRecord record = new ExecutionRecord(trigger, fingerprint, outcome, failure, context.clock().instant());
        synchronized (this) {
            lastExecution = Optional.of(record);
            if (!record.succeeded()) {
                applyFailures++;
            }
        }
        if (failure.isPresent()) {
            emit(SyncEvent.Type.EXECUTION_FAILED, trigger, failure.get());
        } else {
            ExecutionOutcome done = outcome.orElseThrow();
            emit(done.succeeded() ? SyncEvent.Type.EXECUTED : SyncEvent.Type.EXECUTION_FAILED, trigger,
                    done.done() + " done, " + done.failed() + " failed, " + fingerprint.orElse(""));
        }
    }

    /** Tells the listener; a listener that throws does not stop the sync. */
    void emit(SyncEvent.Type type, Trigger trigger, String message) {
        try {
            context.listener().onEvent(new SyncEvent(definition.name(), type, trigger, message, context.clock().instant()));
        } catch (RuntimeException ignored) {
            // a listener's own failure is not the sync's
        }
    }

    private static String commitOf(LoadResult loaded) {
        return loaded.origin().flatMap(origin -> origin.commit()).map(commit -> " at " + abbreviate(commit)).orElse("");
    }

    private static String abbreviate(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    private static String describe(LoadResult loaded) {
        return loaded.errors().stream().limit(3).map(Diagnostic::toString).map(line -> line.lines().findFirst().orElse(""))
                .collect(Collectors.joining("; "));
    }

    /** A failure's message, one line; the exception's type when it has none. */
    static String messageOf(Throwable failed) {
        String message = failed.getMessage();
        if (message == null || message.isBlank()) {
            return failed.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }
}
