package dev.komodosync.diff.plan.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Independent tasks worked out on every core: the calling thread and the common pool's workers
 * each take the next task not yet taken until none is left, so that a few big tasks and many
 * small ones still share the cores evenly. Tasks are started in the order given (give the
 * biggest first); the results come back in that order whichever thread ran them.
 */
final class Parallel {

    private Parallel() {}

    /** The result of each of {@code tasks}, in order. An exception of a task is thrown here. */
    static <T> List<T> all(List<? extends Supplier<? extends T>> tasks) {
        Object[] results = new Object[tasks.size()];
        AtomicInteger next = new AtomicInteger();
        int threads = Math.max(1, Math.min(tasks.size(), ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, threads).parallel().forEach(thread -> {
            for (int task = next.getAndIncrement(); task < results.length; task = next.getAndIncrement()) {
                results[task] = tasks.get(task).get();
            }
        });
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) new ArrayList<>(Arrays.asList(results));
        return list;
    }
}
