package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rule 1, komodo-api §1: routes, both request forms, {@code Content-Type}, credentials, bare JSON
 * answers and {@code {"error", "trace"}} errors with Core's status codes. Every request is logged
 * first; a pending fault applies to a call once it is authenticated and parsed, before it runs.
 * Every call runs holding the store's monitor.
 */
final class Router implements HttpHandler {

    static final String VERSION = "2.3.2";
    static final int BODY_LIMIT = 2 * 1024 * 1024;
    private static final int DRAIN_LIMIT = 16 * BODY_LIMIT;
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    /** Thrown out of {@link #handle} so that the JDK server closes the connection unanswered. */
    static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super("connection dropped by an injected fault", null, false, false);
        }
    }

    private final Store store;
    private final Auth auth;
    private final Api api;
    private final FaultTable faults;
    private final RequestLog log;
    private final AuthRateLimit limit;
    private final AtomicInteger active = new AtomicInteger();

    Router(Store store, Auth auth, Api api, FaultTable faults, RequestLog log, AuthRateLimit limit) {
        this.limit = limit;
        this.store = store;
        this.auth = auth;
        this.api = api;
        this.faults = faults;
        this.log = log;
    }

    /** Requests being answered. */
    int active() {
        return active.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        active.incrementAndGet();
        try {
            exchange.getResponseHeaders().add("X-Frame-Options", "DENY");
            exchange.getResponseHeaders().add("X-Content-Type-Options", "nosniff");
            try {
                answer(exchange);
            } catch (ApiError error) {
                send(exchange, error.status(), error(error));
            }
            // A Dropped fault skips this: the server then closes the connection unanswered.
            exchange.close();
        } finally {
            active.decrementAndGet();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] body = readBody(exchange);
        String text = new String(body, StandardCharsets.UTF_8);
        String[] segments = path.split("/", -1);
        Optional<Api.Route> route = route(segments.length > 1 ? segments[1] : "");
        String pathType = segments.length == 3 ? segments[2] : "";
        log.record(method, path, route.isPresent() ? typeOf(pathType, text) : "", exchange.getRequestHeaders(), text);
        if (method.equals("GET") && path.equals("/version")) {
            sendText(exchange, 200, "text/plain; charset=utf-8", VERSION);
            return;
        }
        if (path.equals("/user") && method.equals("GET")) {
            JsonNode user = authenticate(exchange, false).user().deepCopy();
            send(exchange, 200, user);
            return;
        }
        if (route.isEmpty() || segments.length > 3) {
            if (method.equals("GET")) {
                sendText(exchange, 200, "text/html; charset=utf-8",
                        "<!doctype html><title>komodo-sync emulator</title><p>A Komodo Core API emulator for tests and"
                                + " demos (komodo-sync), not a Komodo Core.</p>");
            } else {
                sendText(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed");
            }
            return;
        }
        if (!method.equals("POST")) {
            sendText(exchange, 405, "text/plain; charset=utf-8", "Method Not Allowed");
            return;
        }
        Caller caller = authenticate(exchange, true);
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
        String mediaType = contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            throw ApiError.status(415, "Expected request with `Content-Type: application/json`");
        }
        boolean bodyForm = segments.length == 2 || pathType.isEmpty();
        JsonNode json = parse(text);
        String type;
        ObjectNode params;
        if (bodyForm) {
            if (!json.isObject() || !json.path("type").isTextual() || !json.has("params") || !json.get("params").isObject()) {
                throw ApiError.status(422, "Failed to deserialize the JSON body into the target type: "
                        + "expected {\"type\": <request type>, \"params\": {...}}");
            }
            type = json.get("type").asText();
            params = (ObjectNode) json.get("params");
        } else {
            if (!json.isObject()) {
                throw ApiError.internal("Failed to deserialize the JSON body into the target type: invalid type: "
                        + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", expected a map");
            }
            type = pathType;
            params = (ObjectNode) json;
        }
        Api.Handler handler = api.handler(route.get(), type).orElseThrow(() -> unknownType(route.get(), type, bodyForm));
        applyFault(type, params);
        AnswerBuffer result = AnswerBuffer.ofThisThread();
        try {
            // The answer is written as JSON while the store is held: it may be the store's own
            // documents (a list of every resource is not copied first), which a change would move.
            synchronized (store) {
                ModelBridge.JSON.writeValue(result, handler.handle(new Call(type, params, caller)));
            }
        } catch (ApiError error) {
            throw error.schema() && bodyForm ? ApiError.status(422, error.getMessage()) : error;
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "emulator bug answering " + type, bug);
            throw ApiError.internal("the emulator failed to answer " + type + ": " + bug.getClass().getSimpleName());
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, result.size() == 0 ? -1 : result.size());
        try (OutputStream out = exchange.getResponseBody()) {
            result.writeTo(out);
        }
    }

    /** The caller, through the auth rate limit: only failures with a key pair count (komodo-api §1.6). */
    private Caller authenticate(HttpExchange exchange, boolean requireEnabled) {
        limit.check(exchange);
        try {
            synchronized (store) {
                return auth.authenticate(exchange.getRequestHeaders(), requireEnabled);
            }
        } catch (ApiError failure) {
            boolean counted = failure.status() == 401 && exchange.getRequestHeaders().containsKey(Auth.KEY_HEADER);
            throw counted ? limit.failed(exchange, failure) : failure;
        }
    }

    private void applyFault(String type, ObjectNode params) {
        Optional<FaultTable.Fault> fault = faults.take(type, params);
        if (fault.isEmpty()) {
            return;
        }
        if (fault.get() instanceof FaultTable.Fail fail) {
            throw ApiError.status(fail.status(), fail.message());
        }
        if (fault.get() instanceof FaultTable.RateLimit limit) {
            long seconds = Math.max(1, (limit.retryAfter().toMillis() + 999) / 1000);
            throw ApiError.status(429, "Too many attempts | Try again in " + seconds + "s");
        }
        if (fault.get() instanceof FaultTable.Drop) {
            throw new Dropped();
        }
        if (fault.get() instanceof FaultTable.Delay delay) {
            try {
                Thread.sleep(delay.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ApiError.internal("the emulator was stopped during an injected delay");
            }
        }
    }

    private ApiError unknownType(Api.Route route, String type, boolean bodyForm) {
        String message = "Failed to deserialize the JSON body into the target type: unknown variant `" + type
                + "`, expected one of " + String.join(", ", api.types(route));
        return bodyForm ? ApiError.status(422, message) : ApiError.internal(message);
    }

    private static Optional<Api.Route> route(String segment) {
        for (Api.Route route : Api.Route.values()) {
            if (route.path().equals(segment)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    /** The request type for the log: the path's, or the body form's {@code type}. */
    private static String typeOf(String pathType, String body) {
        if (!pathType.isEmpty()) {
            return pathType;
        }
        try {
            return ModelBridge.JSON.readTree(body).path("type").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    private static JsonNode parse(String text) {
        if (text.isBlank()) {
            throw ApiError.status(400, "Failed to parse the request body as JSON: EOF while parsing a value at line 1 column 0");
        }
        try {
            JsonNode json = ModelBridge.JSON.readTree(text);
            return json == null ? ModelBridge.JSON.nullNode() : json;
        } catch (JsonProcessingException e) {
            // The parser's location only: never the text, which may hold secrets.
            throw ApiError.status(400, "Failed to parse the request body as JSON: syntax error at line "
                    + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr());
        }
    }

    /**
     * The body, at most 2 MiB (413 beyond, as axum's default limit). The rest of a larger body is
     * read and discarded (up to a cap) so that the client, still sending, gets the answer.
     */
    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(BODY_LIMIT + 1);
            if (body.length > BODY_LIMIT) {
                in.readNBytes(DRAIN_LIMIT);
                throw ApiError.status(413, "Failed to buffer the request body: length limit exceeded");
            }
            return body;
        }
    }

    private static ObjectNode error(ApiError error) {
        ObjectNode body = Call.NODES.objectNode();
        body.put("error", error.getMessage());
        var trace = body.putArray("trace");
        error.trace().forEach(trace::add);
        return body;
    }

    /** {@code body} as compact JSON, written straight to UTF-8 bytes (a big list's text is tens of megabytes). */
    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        sendBytes(exchange, status, "application/json", ModelBridge.JSON.writeValueAsBytes(body));
    }

    private static void sendText(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        sendBytes(exchange, status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
