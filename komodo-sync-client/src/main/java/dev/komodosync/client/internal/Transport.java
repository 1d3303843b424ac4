package dev.komodosync.client.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.komodosync.client.KomodoException;
import dev.komodosync.client.KomodoException.Problem;
import dev.komodosync.client.RetryPolicy;
import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.JsonText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Komodo Core's RPC over POST as komodo-api §1 describes it: the path form ({@code POST
 * /read/<Type>} with the params as the body), {@code X-Api-Key}/{@code X-Api-Secret}, bare JSON
 * answers, Komodo's {@code {"error", "trace"}} body turned into a {@link KomodoException}; reads
 * tried again as the {@link RetryPolicy} says, writes and executions never. Thread-safe. Not API.
 */
public final class Transport {

    /** Where a call goes: {@code /read}, {@code /write} or {@code /execute}. */
    public enum Area {
        READ("read"), WRITE("write"), EXECUTE("execute");

        private final String path;

        Area(String path) {
            this.path = path;
        }
    }

    /**
     * Requests written and answers read with Jackson's streaming parser and {@link JsonText}: an
     * {@code ObjectMapper}'s set-up (date formats, time zones, locale data) cost every fetch a
     * twentieth of a second of a cold start.
     */
    private static final JsonFactory JSON = new JsonFactory();
    private static final int SNIPPET = 120;
    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final HttpResponse.BodyHandler<Body> BODY = new BodyByStatus();

    private final URI base;
    private final String apiKey;
    private final Secret apiSecret;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RetryPolicy retries;
    private final Pause pause;
    private final String userAgent;

    /**
     * A transport to the Core at {@code base} (no trailing slash), with {@code http} for the
     * connections, waiting between attempts with {@code pause}.
     */
    public Transport(URI base, String apiKey, Secret apiSecret, HttpClient http, Duration requestTimeout,
            RetryPolicy retries, Pause pause, String userAgent) {
        this.base = requireNonNull(base, "base");
        this.apiKey = requireNonNull(apiKey, "apiKey");
        this.apiSecret = requireNonNull(apiSecret, "apiSecret");
        this.http = requireNonNull(http, "http");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
        this.retries = requireNonNull(retries, "retries");
        this.pause = requireNonNull(pause, "pause");
        this.userAgent = requireNonNull(userAgent, "userAgent");
    }

    /** {@code POST /<area>/<type>} with {@code params}; the answer's JSON. */
    public JsonNode call(Area area, String type, JsonNode params) throws KomodoException {
        return parsed(callName(area, type), callText(area, type, params));
    }

    /**
     * {@code POST /<area>/<type>} with {@code params}; the answer's JSON text as Core sent it,
     * checked to be neither empty nor a web page, and not parsed.
     */
    public byte[] callText(Area area, String type, JsonNode params) throws KomodoException {
        String call = callName(area, type);
        byte[] body;
        try {
            body = bytes(params);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("params of " + type + " cannot be written as JSON", e);
        }
        HttpRequest request = authorised(HttpRequest.newBuilder(endpoint("/" + area.path + "/" + type)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return send(request, call, area == Area.READ);
    }

    /** {@code GET /user}: the calling user (Komodo's sanitised {@code User}). */
    public JsonNode user() throws KomodoException {
        return parsed("GET /user", send(authorised(HttpRequest.newBuilder(endpoint("/user"))).GET().build(), "GET /user", true));
    }

    /** How a call is named in a {@link KomodoException}: {@code POST /read/ListTags}. */
    public static String callName(Area area, String type) {
        return "POST /" + area.path + "/" + type;
    }

    /**
     * The JSON value an answer's {@code text} starts with, as {@code readTree} reads it; text that
     * is not JSON is {@link Problem#NOT_THE_API}.
     */
    public static JsonNode parsed(String call, byte[] text) throws KomodoException {
        try {
            return tree(text);
        } catch (JsonProcessingException e) {
            throw notJson(call, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from memory failed", e);
        }
    }

    /** The answer to {@code call} is not JSON, as {@code e} found. */
    public static KomodoException notJson(String call, JsonProcessingException e) {
        return new KomodoException(Problem.NOT_THE_API, call, OptionalInt.of(200),
                "the answer is not JSON: " + e.getOriginalMessage(), List.of(), e);
    }

    private URI endpoint(String path) {
        return URI.create(base.toString() + path);
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .header("X-Api-Key", apiKey)
                // The only place the secret is revealed: the header of the request that needs it.
                .header("X-Api-Secret", apiSecret.reveal());
    }

    private byte[] send(HttpRequest request, String call, boolean mayRetry) throws KomodoException {
        int attempts = mayRetry ? retries.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= attempts;
            HttpResponse<Body> streamed;
            try {
                streamed = http.send(request, BODY);
            } catch (HttpConnectTimeoutException e) {
                if (last) {
                    throw failure(Problem.UNREACHABLE, call, "no connection to " + base + " within the connect timeout", e);
                }
                pause.sleep(Backoff.delay(retries, attempt), call);
                continue;
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw failure(Problem.TIMEOUT, call, "no answer from " + base + " within "
                            + (requestTimeout.toMillis() < 1000 ? requestTimeout.toMillis() + " ms" : requestTimeout.toSeconds() + " s"), e);
                }
                pause.sleep(Backoff.delay(retries, attempt), call);
                continue;
            } catch (IOException e) {
                if (last) {
                    throw failure(Problem.UNREACHABLE, call, "cannot reach " + base + ": " + describe(e), e);
                }
                pause.sleep(Backoff.delay(retries, attempt), call);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(Problem.INTERRUPTED, call, "interrupted", e);
            }
            int status = streamed.statusCode();
            if (streamed.body() instanceof Body.Whole whole) {
                return answer(call, streamed.headers(), whole.bytes());
            }
            ErrorAnswer response = whole(call, streamed, ((Body.Streamed) streamed.body()).stream());
            if (status == 429) {
                Duration wait = Backoff.rateLimitWait(response.headers(), text(response.body()), retries, attempt);
                if (last || wait.compareTo(retries.maxWait()) > 0) {
                    throw error(Problem.RATE_LIMITED, call, response);
                }
                pause.sleep(wait, call);
                continue;
            }
            if ((status == 502 || status == 503 || status == 504) && !last) {
                pause.sleep(Backoff.delay(retries, attempt), call);
                continue;
            }
            throw error(status == 401 ? Problem.UNAUTHORIZED : Problem.ERROR_RESPONSE, call, response);
        }
    }

    /**
     * A 200's JSON text. Komodo's web UI (an HTML page, what a mistyped address answers) is told
     * from it by its content type or its first character.
     */
    private byte[] answer(String call, HttpHeaders headers, byte[] body) throws KomodoException {
        int start = 0;
        while (start < body.length && (body[start] == ' ' || body[start] == '\n' || body[start] == '\r' || body[start] == '\t')) {
            start++;
        }
        String type = headers.firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html") || (start < body.length && body[start] == '<')) {
            throw notTheApi(call, OptionalInt.of(200));
        }
        if (start == body.length) {
            throw new KomodoException(Problem.NOT_THE_API, call, OptionalInt.of(200),
                    "the answer is empty, where Komodo answers JSON", List.of(), null);
        }
        return body;
    }

    /** The whole body of a non-200 answer, which is short: Komodo's error, or a proxy's page. */
    private ErrorAnswer whole(String call, HttpResponse<Body> streamed, InputStream stream) throws KomodoException {
        byte[] bytes;
        try (InputStream body = stream) {
            bytes = body.readNBytes(MAX_ERROR_BODY);
        } catch (IOException e) {
            throw failure(Problem.UNREACHABLE, call, "the answer from " + base + " broke off: " + describe(e), e);
        }
        return new ErrorAnswer(streamed.statusCode(), streamed.headers(), bytes);
    }

    /** Komodo's {@code {"error": ..., "trace": [...]}}, or what the body says when it is not that. */
    private KomodoException error(Problem problem, String call, ErrorAnswer response) {
        String text = text(response.body());
        OptionalInt status = OptionalInt.of(response.status());
        if (looksLikeHtml(response.headers(), text)) {
            return notTheApi(call, status);
        }
        try {
            JsonNode body = tree(response.body());
            if (body.path("error").isTextual()) {
                List<String> trace = new ArrayList<>();
                body.path("trace").forEach(cause -> trace.add(cause.asText()));
                return new KomodoException(problem, call, status, body.get("error").textValue(), trace, null);
            }
        } catch (IOException notJson) {
            // Not Komodo's error body (a proxy's page, axum's plain-text rejection): its text says what it is.
        }
        String said = text.isBlank() ? "no error text" : snippet(text);
        return new KomodoException(problem, call, status, said, List.of(), null);
    }

    /** The JSON value {@code bytes} start with, as {@code readTree} reads it; a missing node when they hold none. */
    private static JsonNode tree(byte[] bytes) throws IOException {
        try (JsonParser parser = JSON.createParser(bytes)) {
            return parser.nextToken() == null ? MissingNode.getInstance() : JsonText.read(parser);
        }
    }

    /** {@code params} as compact JSON in UTF-8. */
    private static byte[] bytes(JsonNode params) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        try (JsonGenerator generator = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            JsonText.write(params, generator);
        }
        return out.toByteArray();
    }

    private KomodoException notTheApi(String call, OptionalInt status) {
        return new KomodoException(Problem.NOT_THE_API, call, status, base
                + " answers with a web page, not Komodo's API: give Core's address without a path"
                + " (e.g. https://komodo.example.com)", List.of(), null);
    }

    private KomodoException failure(Problem problem, String call, String what, Throwable cause) {
        return new KomodoException(problem, call, OptionalInt.empty(), what, List.of(), cause);
    }

    private static boolean looksLikeHtml(HttpHeaders headers, String text) {
        String type = headers.firstValue("Content-Type").orElse("");
        String start = text.stripLeading();
        return type.startsWith("text/html") || start.startsWith("<!") || start.regionMatches(true, 0, "<html", 0, 5);
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The start of {@code text} on one line, for a message. */
    static String snippet(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET) + "…";
    }

    /**
     * A 200's body, read whole before it is parsed: handed over as one array rather than buffer by
     * buffer through a stream between the client's threads, which cost more than the parsing saved
     * by starting early (BENCHMARKS.md, issue 15 round 6). A connection that breaks off fails the
     * send, and is tried again like one that could not be made. Any other answer's body is a stream,
     * of which at most {@link #MAX_ERROR_BODY} bytes are read.
     */
    private sealed interface Body {
        record Whole(byte[] bytes) implements Body {}

        record Streamed(InputStream stream) implements Body {}
    }

    /** {@link Body.Whole} for a 200, {@link Body.Streamed} for anything else. */
    private static final class BodyByStatus implements HttpResponse.BodyHandler<Body> {
        @Override
        public HttpResponse.BodySubscriber<Body> apply(HttpResponse.ResponseInfo info) {
            if (info.statusCode() == 200) {
                return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), Body.Whole::new);
            }
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), Body.Streamed::new);
        }
    }

    /** A non-200 answer, its body read whole (up to a bound). */
    private record ErrorAnswer(int status, HttpHeaders headers, byte[] body) {}
}
