package dev.komodosync.emulator;

import java.time.Duration;

/**
 * Fault injection: an API of the emulator, not of Komodo, for tests of what a client does when
 * Core fails. Each {@code *Next} fault applies once, to the next request of the given type (the
 * variant name, as in {@code POST /write/UpdateDeployment}) whose target matches, then is gone;
 * faults queue in the order given. A call's target is the value it names a resource, tag, group or
 * variable by ({@code deployment}, {@code id}, {@code name}, {@code target.id}, ...), exactly as
 * sent; {@link #ANY} matches every call of the type. A fault applies to a call that passed
 * authentication and parsing (a call refused with 401, 415, 400 or an unknown type consumes none).
 *
 * <pre>{@code
 * emulator.faults().failNext("UpdateDeployment", "api", 500, "Deployment busy");
 * emulator.faults().failNextDeploy("api", DeployFailure.TASK_ERROR, "pull failed");
 * }</pre>
 *
 * <p>Instances are thread-safe.
 */
public interface Faults {

    /** The target that matches every call of a type. */
    String ANY = "*";

    /** The next matching call fails with {@code status} and {@code {"error": message, "trace": []}}. */
    void failNext(String type, String target, int status, String message);

    /**
     * The next {@code Deploy} or {@code DeployStack} of {@code target} (by the name or id sent, or
     * the resource's name or id) still answers an {@code InProgress} update, but completes failed
     * as {@code failure} says, with {@code message} in the failing log's {@code stderr}.
     */
    void failNextDeploy(String target, DeployFailure failure, String message);

    /** The next matching call is answered normally, after {@code delay}. */
    void delayNext(String type, String target, Duration delay);

    /** The next matching call gets no answer: its connection is closed. The call is not run. */
    void dropNext(String type, String target);

    /**
     * The next matching call is answered 429 {@code Too many attempts | Try again in <n>s}, as
     * Core's rate limiter does, {@code n} being {@code wait} in whole seconds (at least 1).
     */
    void rateLimitNext(String type, String target, Duration wait);

    /**
     * Marks a resource busy, as if an execution ran on it, until {@link #clearBusy}: updates and
     * deletes fail with {@code <Kind> busy}, executions end in {@code Task Error} "Resource is busy".
     *
     * @param kind the kind's variant name, e.g. {@code Deployment}, {@code ResourceSync}
     * @param target its name or id
     * @throws IllegalArgumentException for an unknown kind or resource
     */
    void markBusy(String kind, String target);

    /** Ends {@link #markBusy}. */
    void clearBusy(String kind, String target);

    /** Forgets every pending fault (busy marks stay until cleared). */
    void clear();
}
