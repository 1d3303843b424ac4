package dev.komodosync.client;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import dev.komodosync.client.KomodoException.Problem;
import dev.komodosync.client.internal.Pause;
import dev.komodosync.client.internal.Transport;
import dev.komodosync.client.internal.TrustedCertificates;
import dev.komodosync.model.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLSocketFactory;

/**
 * Komodo Core's HTTP API (komodo-api §1): RPC over POST, {@code POST /read/<Type>},
 * {@code /write/<Type>} and {@code /execute/<Type>} with the params as a JSON object, answered
 * with bare JSON; authenticated by an API key and secret. Params hold plain JSON — objects,
 * arrays, strings, numbers, booleans, null; a node wrapping a Java object or binary data is
 * refused with an {@code IllegalArgumentException}, before anything is sent.
 *
 * <pre>{@code
 * KomodoClient komodo = KomodoClient.builder(URI.create("https://komodo.example.com"))
 *         .apiKey("K-...").apiSecret(Secret.of(System.getenv("KOMODO_API_SECRET")))
 *         .build();
 * JsonNode tags = komodo.read("ListTags", komodo.params());
 * }</pre>
 *
 * <p>Reads are tried again after a failure that may pass (see {@link RetryPolicy}); writes and
 * executions never are. Every failure is a {@link KomodoException} with one line for a person; no
 * message, log line or {@code toString()} holds the API secret. Instances are immutable and
 * thread-safe: one client may serve many calls at once.
 */
public final class KomodoClient {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final URI url;
    private final String apiKey;
    private final Transport transport;

    private KomodoClient(Builder builder) {
        this.url = builder.url;
        this.apiKey = builder.apiKey;
        // TLS trusting the JDK's authorities unless a CA file is given; plain HTTP loads no TLS at all.
        // No lambda: a fetch's start pays for linking each (docs/architecture.md, "Start-up path").
        Optional<SSLSocketFactory> tls = builder.trustedCertificates.isPresent()
                ? Optional.of(TrustedCertificates.context(builder.trustedCertificates.get()).getSocketFactory())
                : Optional.empty();
        this.transport = new Transport(url, builder.apiKey, builder.apiSecret, tls,
                Suppliers.memoize(new WriteClient(url, builder.connectTimeout, builder.trustedCertificates)),
                builder.connectTimeout, builder.requestTimeout,
                builder.retries, builder.pause, "komodo-sync");
    }

    /** A builder for a client of the Core at {@code url} ({@code https://komodo.example.com}). */
    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /** A client of the Core and credentials of {@code connection}, with the default timeouts and retries. */
    public static KomodoClient of(KomodoConnection connection) {
        Builder builder = builder(connection.url()).apiKey(connection.apiKey()).apiSecret(connection.apiSecret());
        connection.trustedCertificates().ifPresent(builder::trustedCertificates);
        return builder.build();
    }

    /** The Core's address. */
    public URI url() {
        return url;
    }

    /** An empty params object, to fill and pass to a call. */
    public ObjectNode params() {
        return NODES.objectNode();
    }

    /** {@code POST /read/<type>}: a side-effect-free call, tried again after a failure that may pass. */
    public JsonNode read(String type, JsonNode params) throws KomodoException {
        return transport.call(Transport.Area.READ, requireType(type), requireObject(params));
    }

    /**
     * {@code POST /read/<type>} as {@link #read}, the answer handed over as the JSON text Core sent
     * (UTF-8) instead of a tree: for an answer of many megabytes ({@code ListFullStacks} of a big
     * Core) that the caller reads element by element, perhaps on another thread, so that no tree
     * of the whole answer is ever held. The text is checked only not to be empty or a web page:
     * where it is not JSON, the caller's parser finds out; {@link #notJson} makes the exception
     * {@link #read} would have thrown.
     */
    public byte[] readText(String type, JsonNode params) throws KomodoException {
        return transport.callText(Transport.Area.READ, requireType(type), requireObject(params));
    }

    /**
     * The exception {@link #read} throws for an answer to {@code type} that is not JSON, as
     * {@code e}, met while parsing the text of {@link #readText}, found: {@link Problem#NOT_THE_API}.
     */
    public static KomodoException notJson(String type, JsonProcessingException e) {
        return Transport.notJson(Transport.callName(Transport.Area.READ, type), requireNonNull(e, "e"));
    }

    /** {@code POST /write/<type>}: a change, sent once. */
    public JsonNode write(String type, JsonNode params) throws KomodoException {
        return transport.call(Transport.Area.WRITE, requireType(type), requireObject(params));
    }

    /** {@code POST /execute/<type>}: starts an execution and answers its {@code Update}, sent once. */
    public JsonNode execute(String type, JsonNode params) throws KomodoException {
        return transport.call(Transport.Area.EXECUTE, requireType(type), requireObject(params));
    }

    /** {@code GET /user}: the user the API key belongs to ({@code username}, {@code admin}, ...). */
    public JsonNode currentUser() throws KomodoException {
        return transport.user();
    }

    /**
     * Core's version ({@code GetVersion}), e.g. {@code 2.3.2}; a Core whose major version is not
     * 2 is a {@link Problem#UNSUPPORTED_VERSION}.
     */
    public String coreVersion() throws KomodoException {
        JsonNode answer = read("GetVersion", params());
        String version = answer.path("version").asText("");
        if (!version.startsWith("2.")) {
            throw new KomodoException(Problem.UNSUPPORTED_VERSION, "POST /read/GetVersion", OptionalInt.of(200),
                    url + " runs Komodo " + (version.isEmpty() ? "of an unknown version" : version)
                            + "; komodo-sync speaks Komodo 2.x", List.of(), null);
        }
        return version;
    }

    /** Names the Core and the key, never the secret. */
    @Override
    public String toString() {
        return "KomodoClient[" + url + ", key " + apiKey + "]";
    }

    /** {@code type} if it is a request type's name ({@code [A-Z][A-Za-z0-9]*}), checked without a regex per call. */
    private static String requireType(String type) {
        requireNonNull(type, "type");
        boolean named = !type.isEmpty() && type.charAt(0) >= 'A' && type.charAt(0) <= 'Z';
        for (int i = 1; named && i < type.length(); i++) {
            char c = type.charAt(i);
            named = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        checkArgument(named, "not a Komodo request type: %s", type);
        return type;
    }

    private static JsonNode requireObject(JsonNode params) {
        requireNonNull(params, "params");
        checkArgument(params.isObject(), "params must be a JSON object (Komodo refuses anything else): %s",
                params.getNodeType().toString().toLowerCase(Locale.ROOT));
        return params;
    }

    /** Makes the JDK HTTP client that writes and executions go through (reads do not). */
    private static final class WriteClient implements Supplier<HttpClient> {
        private final URI url;
        private final Duration connectTimeout;
        private final Optional<Path> trustedCertificates;

        WriteClient(URI url, Duration connectTimeout, Optional<Path> trustedCertificates) {
            this.url = url;
            this.connectTimeout = connectTimeout;
            this.trustedCertificates = trustedCertificates;
        }

        @Override
        public HttpClient get() {
            HttpClient.Builder http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (trustedCertificates.isPresent()) {
                http.sslContext(TrustedCertificates.context(trustedCertificates.get()));
            } else if ("http".equalsIgnoreCase(url.getScheme())) {
                // Plain HTTP, redirects never followed: no TLS will happen, so the trust store is not
                // loaded, and HTTP/1.1 is spoken as Komodo Core speaks it, without an upgrade offer on
                // every request. Its own work (reading an answer, completing the call) is run by the
                // thread that finds it ready rather than handed to a pool thread: fewer hand-offs
                // between threads per call (BENCHMARKS.md, issue 15 round 6).
                http.sslContext(TrustedCertificates.forPlainHttp()).version(HttpClient.Version.HTTP_1_1)
                        .executor(new DirectExecutor());
            }
            return http.build();
        }
    }

    /** Runs each task on the thread that hands it over. */
    private static final class DirectExecutor implements Executor {
        @Override
        public void execute(Runnable task) {
            task.run();
        }
    }

    /** Builds a {@link KomodoClient}; every setting is checked when it is given. */
    public static final class Builder {
        private final URI url;
        private String apiKey = "";
        private Secret apiSecret = Secret.empty();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofMinutes(5);
        private RetryPolicy retries = RetryPolicy.defaults();
        private Optional<Path> trustedCertificates = Optional.empty();
        private Pause pause = Pause.sleeping();

        private Builder(URI url) {
            requireNonNull(url, "url");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            checkArgument(scheme.equals("http") || scheme.equals("https"),
                    "Core's address must be an http or https URL, e.g. https://komodo.example.com: %s", url);
            checkArgument(url.getHost() != null, "Core's address has no host: %s", url);
            checkArgument(url.getRawQuery() == null && url.getRawFragment() == null,
                    "Core's address must not have a query or fragment: %s", url);
            String text = url.toString();
            this.url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }

        /** The API key ({@code K-...}). */
        public Builder apiKey(String value) {
            this.apiKey = requireNonNull(value, "apiKey").trim();
            return this;
        }

        /** The API secret ({@code S-...}), revealed only in the header of each request. */
        public Builder apiSecret(Secret value) {
            this.apiSecret = Secret.of(requireNonNull(value, "apiSecret").reveal().trim());
            return this;
        }

        /** How long to wait for a connection; 10 s by default. */
        public Builder connectTimeout(Duration value) {
            checkArgument(value != null && !value.isNegative() && !value.isZero(), "connectTimeout must be positive: %s", value);
            this.connectTimeout = value;
            return this;
        }

        /**
         * How long to wait for an answer, and then for each next part of it; 5 minutes by
         * default, since Core clones a repository when it creates a stack or a build
         * (komodo-api §1.6).
         */
        public Builder requestTimeout(Duration value) {
            checkArgument(value != null && !value.isNegative() && !value.isZero(), "requestTimeout must be positive: %s", value);
            this.requestTimeout = value;
            return this;
        }

        /** How reads are tried again; {@link RetryPolicy#defaults()} by default. */
        public Builder retryPolicy(RetryPolicy value) {
            this.retries = requireNonNull(value, "retryPolicy");
            return this;
        }

        /**
         * Trusts the certificate authorities in {@code caFile} (PEM or DER) besides the JDK's: for a
         * Core whose certificate a homelab CA signed.
         */
        public Builder trustedCertificates(Path caFile) {
            requireNonNull(caFile, "caFile");
            TrustedCertificates.context(caFile);
            this.trustedCertificates = Optional.of(caFile);
            return this;
        }

        /** The client. */
        public KomodoClient build() {
            return new KomodoClient(this);
        }

        /** For tests of this module: how to wait between attempts. */
        Builder pause(Pause value) {
            this.pause = requireNonNull(value, "pause");
            return this;
        }
    }
}
