package dev.komodosync.emulator;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One request the emulator received, as recorded for assertions: the method, the path (with the
 * request type, e.g. {@code /write/UpdateDeployment}), the headers without secrets
 * ({@code X-Api-Secret} and {@code Authorization} are left out) and the body as text.
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param type the request type of an API call (path form: the last segment; body form: its
 *     {@code type}), or {@code ""}
 * @param headers the headers, names lower-cased, secrets left out
 * @param body the body, UTF-8 decoded
 */
public record RecordedRequest(String method, String path, String type, Map<String, List<String>> headers, String body) {

    /** Checks and copies the arguments. */
    public RecordedRequest {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(type, "type");
        headers = Map.copyOf(headers);
        requireNonNull(body, "body");
    }

    /** Names the request without its body, which may hold secret values. */
    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + ", " + body.length() + " characters of body]";
    }

    /** The first value of a header (name in any case), or {@code ""}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? "" : values.get(0);
    }
}
