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
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpRetryException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSocketFactory;

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

    private final URI base;
    private final String apiKey;
    private final Secret apiSecret;
    private final Optional<SSLSocketFactory> tls;
    private final Supplier<HttpClient> writes;
    private final int connectMillis;
    private final Duration requestTimeout;
    private final int readMillis;
    private final RetryPolicy retries;
    private final Pause pause;
    private final String userAgent;

    /**
     * A transport to the Core at {@code base} (no trailing slash): reads over the JDK's
     * {@code HttpURLConnection}, with TLS by {@code tls} where given (else the JDK's default,
     * trusting its certificate authorities); writes and executions over the client {@code writes}
     * makes when the first is sent. It waits at most {@code connectTimeout} for a connection and
     * {@code requestTimeout} for each part of an answer, and {@code pause} between attempts.
     */
    public Transport(URI base, String apiKey, Secret apiSecret, Optional<SSLSocketFactory> tls, Supplier<HttpClient> writes,
            Duration connectTimeout, Duration requestTimeout, RetryPolicy retries, Pause pause, String userAgent) {
        this.base = requireNonNull(base, "base");
        this.apiKey = requireNonNull(apiKey, "apiKey");
        this.apiSecret = requireNonNull(apiSecret, "apiSecret");
        this.tls = requireNonNull(tls, "tls");
        this.writes = requireNonNull(writes, "writes");
        this.connectMillis = millis(requireNonNull(connectTimeout, "connectTimeout"));
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout");
        this.readMillis = millis(requestTimeout);
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
        return send("/" + area.path + "/" + type, body, call, area == Area.READ);
    }

    /** {@code GET /user}: the calling user (Komodo's sanitised {@code User}). */
    public JsonNode user() throws KomodoException {
        return parsed("GET /user", send("/user", null, "GET /user", true));
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

    /**
     * One attempt at a read: {@code POST path} with {@code body} ({@code GET} when it is null),
     * answered with the status, the headers a caller reads, and the body — a 200's whole, at most
     * {@link #MAX_ERROR_BODY} bytes of any other.
     *
     * <p>Reads go through the JDK's {@code HttpURLConnection} rather than its {@code java.net.http}
     * client: blocking calls on the calling thread, connections kept alive between calls all the
     * same, for 0.7 of the CPU per call (measured on a fetch's 500 small calls, BENCHMARKS.md issue
     * 15 round 9) — the client's own work was the critical path of a big fetch. A POST's body has a
     * fixed length, so the JDK does not send it again by itself on a broken connection (its default
     * for buffered bodies; a read is tried again only as the {@link RetryPolicy} says), and it checks
     * a kept-alive connection before reusing it, waiting up to a millisecond for a sign that Core
     * closed it. That wait is why writes do not come this way (see {@link #exchangeByClient}). The
     * JDK hands over no body with a 401 to such a request; it throws an {@code HttpRetryException}.
     */
    private Answer exchange(String path, byte[] body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint(path).openConnection();
        if (connection instanceof HttpsURLConnection https && tls.isPresent()) {
            https.setSSLSocketFactory(tls.get());
        }
        connection.setConnectTimeout(connectMillis);
        connection.setReadTimeout(readMillis);
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("User-Agent", userAgent);
        connection.setRequestProperty("X-Api-Key", apiKey);
        // The only place the secret is revealed: the header of the request that needs it.
        connection.setRequestProperty("X-Api-Secret", apiSecret.reveal());
        if (body != null) {
            connection.setRequestMethod("POST");
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
        }
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw new ConnectTimeout(e);
        }
        int status;
        try {
            if (body != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            status = connection.getResponseCode();
        } catch (HttpRetryException e) {
            // The JDK's answer to a 401 for a request whose body it streamed: the status, no body.
            return new Answer(e.responseCode(), "", Optional.empty(), new byte[0]);
        }
        if (status < 0) {
            throw new IOException("the answer is not HTTP");
        }
        String type = connection.getContentType();
        Optional<String> retryAfter = Optional.ofNullable(connection.getHeaderField("Retry-After"));
        InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (stream == null) {
            return new Answer(status, type == null ? "" : type, retryAfter, new byte[0]);
        }
        try (InputStream in = stream) {
            if (status != 200) {
                return new Answer(status, type == null ? "" : type, retryAfter, in.readNBytes(MAX_ERROR_BODY));
            }
            byte[] bytes = in.readAllBytes();
            long length = connection.getContentLengthLong();
            if (length >= 0 && bytes.length != length) {
                // The JDK ends the stream quietly where the connection closes before the promised length.
                throw new IOException("the answer broke off after " + bytes.length + " of " + length + " bytes");
            }
            return new Answer(status, type == null ? "" : type, retryAfter, bytes);
        }
    }

    /**
     * One attempt at a write or execution, {@code POST path} with {@code body}, over the JDK's
     * {@code java.net.http} client: an apply sends its calls one after another, and on
     * {@code HttpURLConnection} each would wait a millisecond while the kept-alive connection is
     * checked — 1.84 against 3.77 s for the 2,433 calls of a 1k apply on loopback (BENCHMARKS.md
     * issue 16). The client is made with the first write.
     */
    private Answer exchangeByClient(String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + path))
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .header("X-Api-Key", apiKey)
                // The only place the secret is revealed: the header of the request that needs it.
                .header("X-Api-Secret", apiSecret.reveal())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<InputStream> response;
        try {
            response = writes.get().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ConnectTimeout(e);
        } catch (HttpTimeoutException e) {
            SocketTimeoutException timeout = new SocketTimeoutException(e.getMessage());
            timeout.initCause(e);
            throw timeout;
        }
        int status = response.statusCode();
        try (InputStream in = response.body()) {
            byte[] bytes = status == 200 ? in.readAllBytes() : in.readNBytes(MAX_ERROR_BODY);
            return new Answer(status, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After"), bytes);
        }
    }

    private URL endpoint(String path) throws MalformedURLException {
        return new URL(base.toString() + path);
    }

    /** {@code timeout} as {@code HttpURLConnection} takes it: whole milliseconds, at least 1; 0 (none) past its range. */
    private static int millis(Duration timeout) {
        long millis = timeout.toMillis();
        return millis > Integer.MAX_VALUE ? 0 : (int) Math.max(1, millis);
    }

    /** Sends a read ({@code read}, tried again as the policy says) or a write (sent once). */
    private byte[] send(String path, byte[] body, String call, boolean read) throws KomodoException {
        int attempts = read ? retries.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= attempts;
            if (Thread.currentThread().isInterrupted()) {
                throw failure(Problem.INTERRUPTED, call, "interrupted", null);
            }
            Answer response;
            try {
                response = read ? exchange(path, body) : exchangeByClient(path, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(Problem.INTERRUPTED, call, "interrupted", e);
            } catch (ConnectTimeout e) {
                if (last) {
                    throw failure(Problem.UNREACHABLE, call, "no connection to " + base + " within the connect timeout", e.getCause());
                }
                pause.sleep(Backoff.delay(retries, attempt), call);
                continue;
            } catch (SocketTimeoutException e) {
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
            }
            int status = response.status();
            if (status == 200) {
                return answer(call, response.contentType(), response.body());
            }
            if (status == 429) {
                Duration wait = Backoff.rateLimitWait(response.retryAfter(), text(response.body()), retries, attempt);
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
    private byte[] answer(String call, String type, byte[] body) throws KomodoException {
        int start = 0;
        while (start < body.length && (body[start] == ' ' || body[start] == '\n' || body[start] == '\r' || body[start] == '\t')) {
            start++;
        }
        if (type.startsWith("text/html") || (start < body.length && body[start] == '<')) {
            throw notTheApi(call, OptionalInt.of(200));
        }
        if (start == body.length) {
            throw new KomodoException(Problem.NOT_THE_API, call, OptionalInt.of(200),
                    "the answer is empty, where Komodo answers JSON", List.of(), null);
        }
        return body;
    }

    /** Komodo's {@code {"error": ..., "trace": [...]}}, or what the body says when it is not that. */
    private KomodoException error(Problem problem, String call, Answer response) {
        String text = text(response.body());
        OptionalInt status = OptionalInt.of(response.status());
        if (looksLikeHtml(response.contentType(), text)) {
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
        String said = !text.isBlank() ? snippet(text)
                : response.status() == 401 ? "Core refused the API key and secret" : "no error text";
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

    private static boolean looksLikeHtml(String type, String text) {
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
     * An answer: its status, content type ({@code ""} when none), {@code Retry-After} header and
     * body (a 200's whole, at most {@link #MAX_ERROR_BODY} bytes of any other).
     */
    private record Answer(int status, String contentType, Optional<String> retryAfter, byte[] body) {}

    /** No connection within the connect timeout: told apart from an answer that does not come. */
    private static final class ConnectTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectTimeout(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
