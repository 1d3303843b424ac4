package dev.komodosync.emulator.internal;

import java.util.List;

/**
 * A failed call as Komodo answers it: an HTTP status and the body {@code {"error", "trace"}}
 * (komodo-api §1.5). Thrown by the handlers, turned into a response by the router. No stack
 * trace: it is an answer, not a bug.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> trace;
    /** Whether the params did not match the request's schema: 422 in the body form (komodo-api §1.5). */
    private final boolean schema;

    ApiError(int status, String error, List<String> trace, boolean schema) {
        super(error, null, false, false);
        this.status = status;
        this.trace = List.copyOf(trace);
        this.schema = schema;
    }

    ApiError(int status, String error, List<String> trace) {
        this(status, error, trace, false);
    }

    /** Params that do not fit the request: 500 in the path form, 422 in the body form. */
    static ApiError schema(String error) {
        return new ApiError(500, "Failed to deserialize the JSON body into the target type: " + error, List.of(), true);
    }

    boolean schema() {
        return schema;
    }

    /** Komodo's answer to almost every failure: 500. */
    static ApiError internal(String error, String... trace) {
        return new ApiError(500, error, List.of(trace));
    }

    /** A failure with an explicit status. */
    static ApiError status(int status, String error, String... trace) {
        return new ApiError(status, error, List.of(trace));
    }

    /** 500 {@code Did not find any <Kind> matching <x>} (rule 4). */
    static ApiError notFound(String kind, String idOrName) {
        return internal("Did not find any " + kind + " matching " + idOrName);
    }

    int status() {
        return status;
    }

    List<String> trace() {
        return trace;
    }
}
