package dev.komodosync.emulator.internal;

import com.sun.net.httpserver.Headers;
import dev.komodosync.emulator.RecordedRequest;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The requests received, in arrival order, with their headers minus secrets: the latest
 * {@code limit} of them. Thread-safe.
 */
final class RequestLog {

    /** Never recorded: they are credentials. */
    private static final Set<String> SECRET_HEADERS = Set.of("x-api-secret", "authorization", "cookie");

    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();
    private final int limit;

    /** A log of the latest {@code limit} requests; 0 keeps none. */
    RequestLog(int limit) {
        this.limit = limit;
    }

    synchronized void record(String method, String path, String type, Headers headers, String body) {
        if (limit == 0) {
            return;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!SECRET_HEADERS.contains(lower)) {
                kept.put(lower, List.copyOf(values));
            }
        });
        if (requests.size() == limit) {
            requests.removeFirst();
        }
        requests.addLast(new RecordedRequest(method, path, type, kept, body));
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
