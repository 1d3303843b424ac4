package dev.komodosync.emulator.internal;

import com.sun.net.httpserver.Headers;
import dev.komodosync.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Every request received, in arrival order, with its headers minus secrets. Thread-safe. */
final class RequestLog {

    /** Never recorded: they are credentials. */
    private static final Set<String> SECRET_HEADERS = Set.of("x-api-secret", "authorization", "cookie");

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void record(String method, String path, String type, Headers headers, String body) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!SECRET_HEADERS.contains(lower)) {
                kept.put(lower, List.copyOf(values));
            }
        });
        requests.add(new RecordedRequest(method, path, type, kept, body));
    }

    synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    synchronized void clear() {
        requests.clear();
    }
}
