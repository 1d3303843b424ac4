package dev.komodosync.diff.snapshot.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Work handed from the thread that reads a snapshot's JSON to one thread that applies it — binds
 * elements, reports their problems, assembles the snapshot — in the order it was handed over, so
 * that reading the next elements and binding the last ones overlap on two cores. Everything
 * submitted is applied by that one thread, one task after another: the tasks need no locking and
 * their effects come in stream order, as if applied inline. Memory stays bounded: the reader
 * waits when too much is queued.
 *
 * <p>With a single processor the tasks run inline, on the submitting thread.
 */
final class SnapshotPipeline implements AutoCloseable {

    private static final int BATCH = 64;
    private static final int BATCHES_QUEUED = 32;
    private static final List<Runnable> END = List.of();

    private final BlockingQueue<List<Runnable>> queue;
    private final Thread worker;
    private List<Runnable> batch = new ArrayList<>(BATCH);
    /** The first exception or error of a task (a bug): thrown from {@link #close()}; later tasks are skipped. */
    private volatile Throwable failure;

    private SnapshotPipeline(boolean threaded) {
        if (threaded) {
            queue = new ArrayBlockingQueue<>(BATCHES_QUEUED);
            worker = new Thread(new Worker(), "komodo-sync-snapshot");
            worker.setDaemon(true);
            worker.start();
        } else {
            queue = null;
            worker = null;
        }
    }

    /** A pipeline with its own applying thread, unless there is one processor only. */
    static SnapshotPipeline start() {
        return new SnapshotPipeline(Runtime.getRuntime().availableProcessors() > 1);
    }

    /** Applies {@code task} after everything submitted before it. */
    void submit(Runnable task) {
        if (worker == null) {
            task.run();
            return;
        }
        batch.add(task);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    /** Waits until every task submitted has been applied; throws the exception of a failed task. */
    @Override
    public void close() {
        if (worker != null) {
            handOver();
            put(END);
            boolean interrupted = false;
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private void handOver() {
        if (!batch.isEmpty()) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Queues {@code tasks}; an interrupt does not lose them (the read is not cancellable). */
    private void put(List<Runnable> tasks) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(tasks);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (true) {
            List<Runnable> tasks;
            try {
                tasks = queue.take();
            } catch (InterruptedException e) {
                // Nobody interrupts this private thread but the JVM's shutdown; the reader still waits for END.
                continue;
            }
            if (tasks == END) {
                return;
            }
            for (Runnable task : tasks) {
                if (failure != null) {
                    break;
                }
                try {
                    task.run();
                } catch (Throwable e) {
                    failure = e;
                }
            }
        }
    }

    /** {@link #work}, as the worker thread's task: a named class, as a method reference links a call site at start. */
    private final class Worker implements Runnable {
        @Override
        public void run() {
            work();
        }
    }
}
