package dev.komodosync.client;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to Komodo Core that did not give an answer: Core was unreachable or too slow, refused the
 * credentials, answered with an error, or answered with something that is not its API. The
 * message is one line a person can act on, naming the call and, for an error, Komodo's own
 * {@code error} text; it never holds an API secret.
 */
public final class KomodoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, broadly. */
    public enum Problem {
        /** No connection could be made, or it broke before an answer (the URL and the cause say which). */
        UNREACHABLE,
        /** No answer within the request timeout. */
        TIMEOUT,
        /** Core refused the credentials (401). */
        UNAUTHORIZED,
        /** Core's rate limiter refused the call (429), and waiting and trying again did not help. */
        RATE_LIMITED,
        /** Core answered with its JSON error body, or another non-200 status. */
        ERROR_RESPONSE,
        /** The answer was not Komodo's API: HTML (Komodo's UI, behind a mistyped path), or not JSON. */
        NOT_THE_API,
        /** The API key may not do what was asked: it is not an admin's. */
        NOT_AN_ADMIN,
        /** Core is not a version this client speaks (2.x). */
        UNSUPPORTED_VERSION,
        /** The calling thread was interrupted. */
        INTERRUPTED
    }

    private final Problem problem;
    private final String call;
    private final OptionalInt status;
    private final String error;
    private final List<String> trace;

    /**
     * A failed call.
     *
     * @param problem what went wrong
     * @param call the call, e.g. {@code POST /read/ListTags}
     * @param status the HTTP status, when there was an answer
     * @param error Komodo's {@code error} text, or a description of the failure
     * @param trace Komodo's {@code trace}: the causes of {@code error}, in order
     * @param cause the underlying exception, if any
     */
    public KomodoException(
            Problem problem, String call, OptionalInt status, String error, List<String> trace, Throwable cause) {
        super(message(problem, call, status, error), cause);
        this.problem = requireNonNull(problem, "problem");
        this.call = requireNonNull(call, "call");
        this.status = requireNonNull(status, "status");
        this.error = requireNonNull(error, "error");
        this.trace = List.copyOf(trace);
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }

    /** The call, e.g. {@code POST /read/ListTags}. */
    public String call() {
        return call;
    }

    /** The HTTP status, when Core answered. */
    public OptionalInt status() {
        return status;
    }

    /** Komodo's {@code error} text, or what went wrong in words. */
    public String error() {
        return error;
    }

    /** Komodo's {@code trace}: the causes of {@link #error()}, in order; empty when it gave none. */
    public List<String> trace() {
        return trace;
    }

    /** The first cause in Komodo's trace, which often says more than its error text. */
    public Optional<String> firstCause() {
        return trace.stream().findFirst();
    }

    private static String message(Problem problem, String call, OptionalInt status, String error) {
        String answered = status.isPresent() ? " (" + status.getAsInt() + ")" : "";
        return call + answered + ": " + error;
    }
}
