package dev.komodosync.serve;

import dev.komodosync.diff.plan.Plan;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the plans it is asked to execute and executes nothing; it can hold each call until
 * released, and counts how many calls were inside it at once. Not an applier: the runner's tests
 * check when the port is called, not what applying does.
 */
public final class RecordingExecutor implements PlanExecutor {

    /** One call. */
    public record Call(String sync, String fingerprint, int changes) {}

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger mostInside = new AtomicInteger();
    private final Object entered = new Object();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** Holds every call until {@link #release()}. */
    public RecordingExecutor hold() {
        gate = new CountDownLatch(1);
        return this;
    }

    /** Lets held calls finish. */
    public void release() {
        gate.countDown();
    }

    /** Waits (boundedly) until {@code count} calls have entered since the start; whether they did. */
    public boolean awaitEntered(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        synchronized (entered) {
            while (calls.size() < count && System.nanoTime() < deadline) {
                entered.wait(10);
            }
        }
        return calls.size() >= count;
    }

    @Override
    public ExecutionOutcome execute(String sync, Plan plan, String fingerprint) throws InterruptedException {
        int now = inside.incrementAndGet();
        mostInside.accumulateAndGet(now, Math::max);
        calls.add(new Call(sync, fingerprint, plan.resources().size()));
        synchronized (entered) {
            entered.notifyAll();
        }
        try {
            if (!gate.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the executor");
            }
            return new ExecutionOutcome(plan.resources().size(), 0, "{\"recorded\":true}");
        } finally {
            inside.decrementAndGet();
        }
    }

    /** The calls, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The most calls inside at once. */
    public int mostAtOnce() {
        return mostInside.get();
    }
}
