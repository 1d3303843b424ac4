package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.emulator.DeployFailure;
import dev.komodosync.emulator.Faults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The pending faults of {@link Faults}, taken by the router and the executions as calls arrive. */
final class FaultTable implements Faults {

    /** What a matching call meets. */
    sealed interface Fault permits Fail, Delay, Drop, RateLimit {}

    record Fail(int status, String message) implements Fault {}

    record Delay(Duration delay) implements Fault {}

    record Drop() implements Fault {}

    record RateLimit(Duration retryAfter) implements Fault {}

    /** How a deploy ends: a Task Error, or a failed log. */
    record DeployOutcome(boolean taskError, String message) {}

    private record Pending(String type, String target, Object what) {}

    private final List<Pending> pending = new ArrayList<>();
    private final Store store;

    FaultTable(Store store) {
        this.store = store;
    }

    @Override
    public void failNext(String type, String target, int status, String message) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a failing status is 4xx or 5xx: " + status);
        }
        add(type, target, new Fail(status, Objects.requireNonNull(message, "message")));
    }

    @Override
    public void failNextDeploy(String target, DeployFailure failure, String message) {
        Objects.requireNonNull(failure, "failure");
        add("Deploy*", target, new DeployOutcome(failure == DeployFailure.TASK_ERROR,
                Objects.requireNonNull(message, "message")));
    }

    @Override
    public void delayNext(String type, String target, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay is not negative: " + delay);
        }
        add(type, target, new Delay(delay));
    }

    @Override
    public void dropNext(String type, String target) {
        add(type, target, new Drop());
    }

    @Override
    public void rateLimitNext(String type, String target, Duration wait) {
        add(type, target, new RateLimit(wait));
    }

    private synchronized void add(String type, String target, Object what) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        pending.add(new Pending(type, target, what));
    }

    @Override
    public void markBusy(String kind, String target) {
        synchronized (store) {
            store.busy.add(Ids.of(resolve(kind, target)));
        }
    }

    @Override
    public void clearBusy(String kind, String target) {
        synchronized (store) {
            store.busy.remove(Ids.of(resolve(kind, target)));
        }
    }

    private ObjectNode resolve(String kind, String target) {
        Kind resolved = Kind.byVariant(kind).orElseThrow(() -> new IllegalArgumentException(
                "no resource kind '" + kind + "'; kinds are variant names such as Deployment"));
        return store.lookup(resolved, target).orElseThrow(() -> new IllegalArgumentException(
                "no " + kind + " named or with id '" + target + "'"));
    }

    @Override
    public synchronized void clear() {
        pending.clear();
    }

    /** Takes the first pending fault for a call of {@code type} with these params. */
    synchronized Optional<Fault> take(String type, ObjectNode params) {
        Set<String> targets = targets(params);
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending next = it.next();
            if (next.what() instanceof Fault fault && next.type().equals(type)
                    && (next.target().equals(ANY) || targets.contains(next.target()))) {
                it.remove();
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    /** Takes the first pending deploy failure for a target named any of these ways. */
    synchronized Optional<DeployOutcome> takeDeployFailure(String... names) {
        Set<String> targets = Set.copyOf(List.of(names));
        for (Iterator<Pending> it = pending.iterator(); it.hasNext();) {
            Pending next = it.next();
            if (next.what() instanceof DeployOutcome outcome
                    && (next.target().equals(ANY) || targets.contains(next.target()))) {
                it.remove();
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** The values a call names its target by. */
    private static Set<String> targets(ObjectNode params) {
        List<String> values = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            text(params.get(kind.field()), values);
        }
        for (String field : List.of("id", "name", "user_group", "tag")) {
            text(params.get(field), values);
        }
        text(params.path("target").get("id"), values);
        return Set.copyOf(values);
    }

    private static void text(JsonNode value, List<String> into) {
        if (value != null && value.isTextual()) {
            into.add(value.asText());
        }
    }
}
