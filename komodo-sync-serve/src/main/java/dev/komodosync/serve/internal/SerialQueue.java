package dev.komodosync.serve.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs one sync's tasks one after another, in the order given, on a pool shared by every sync
 * (Komodo's per-sync lock, komodo-api §4.3). Each task takes a pool thread for itself and hands the
 * next to the pool, so that a busy sync does not keep others waiting longer than one task.
 */
public final class SerialQueue {

    private final Executor pool;
    private final Deque<Task<?>> tasks = new ArrayDeque<>();
    private boolean running;
    private boolean closed;

    /** A queue whose tasks run on {@code pool}. */
    public SerialQueue(Executor pool) {
        this.pool = pool;
    }

    /** Queues {@code work}; the future completes with its result, or fails with what it threw. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        Task<T> task = new Task<>(work);
        synchronized (this) {
            if (closed) {
                task.result.completeExceptionally(new RejectedExecutionException("the runner is stopping"));
                return task.result;
            }
            tasks.addLast(task);
            if (!running) {
                running = true;
                schedule();
            }
        }
        return task.result;
    }

    /** Refuses new tasks and cancels those not started; a running task finishes. Returns how many were cancelled. */
    public int close() {
        Deque<Task<?>> dropped;
        synchronized (this) {
            closed = true;
            dropped = new ArrayDeque<>(tasks);
            tasks.clear();
        }
        dropped.forEach(task -> task.result.completeExceptionally(new CancellationException("the runner stopped")));
        return dropped.size();
    }

    /** Under the lock: hands the next task to the pool. */
    private void schedule() {
        try {
            pool.execute(this::runOne);
        } catch (RejectedExecutionException stopping) {
            running = false;
            tasks.forEach(task -> task.result.completeExceptionally(stopping));
            tasks.clear();
        }
    }

    private void runOne() {
        Task<?> next;
        synchronized (this) {
            next = tasks.pollFirst();
            if (next == null) {
                running = false;
                return;
            }
        }
        try {
            next.run();
        } finally {
            synchronized (this) {
                if (tasks.isEmpty()) {
                    running = false;
                } else {
                    schedule();
                }
            }
        }
    }

    private static final class Task<T> {
        final Callable<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Task(Callable<T> work) {
            this.work = work;
        }

        void run() {
            try {
                result.complete(work.call());
            } catch (Throwable failed) {
                result.completeExceptionally(failed);
            }
        }
    }
}
