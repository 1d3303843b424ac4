package dev.komodosync.serve.http;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import dev.komodosync.model.Secret;
import dev.komodosync.serve.SyncCommitter;
import dev.komodosync.serve.SyncRunner;
import dev.komodosync.serve.internal.AdminHandler;
import dev.komodosync.serve.internal.FailureLimiter;
import dev.komodosync.serve.internal.ServerSettings;
import dev.komodosync.serve.internal.WebhookHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Serves a {@link SyncRunner} over HTTP, on {@code 127.0.0.1} unless told otherwise:
 *
 * <ul>
 *   <li>{@code POST /listener/{github|gitlab}/sync/{name}/{refresh|sync}}: Komodo's webhooks
 *       (komodo-api §4), authenticated by their signature or token; 200 before the work, 401 for a
 *       bad signature, 400 for an unknown sync, 413 past the body limit, 429 for an address with
 *       too many failures (other addresses are not affected);
 *   <li>behind {@code Authorization: Bearer <admin token>}: {@code GET /syncs}, {@code GET
 *       /syncs/{name}}, {@code POST /syncs/{name}/refresh}, {@code /execute}, {@code /commit}, and
 *       {@code GET /metrics} (Prometheus text);
 *   <li>{@code GET /healthz}: {@code ok}, without authentication.
 * </ul>
 *
 * <pre>{@code
 * try (SyncServer server = SyncServer.builder(runner).port(9120).adminToken(token).build().start()) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Bodies are limited (2 MiB by default) and so are the threads. {@link #close()} stops
 * accepting requests; it does not close the runner.
 */
public final class SyncServer implements AutoCloseable {

    /** The default port. */
    public static final int DEFAULT_PORT = 9120;

    private final Builder options;
    private HttpServer server;
    private ThreadPoolExecutor workers;

    private SyncServer(Builder options) {
        this.options = options;
    }

    /** A builder for a server of {@code runner}. */
    public static Builder builder(SyncRunner runner) {
        return new Builder(runner);
    }

    /**
     * Binds and starts serving; returns this server.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public synchronized SyncServer start() {
        if (server != null) {
            throw new IllegalStateException("the server is already started");
        }
        ServerSettings settings = new ServerSettings(options.runner, options.adminToken, options.webhookSecret,
                options.maxBody, new FailureLimiter(options.maxFailures, options.failureWindow, Clock.systemUTC()),
                options.committer, options.log, new AtomicLong(), new AtomicLong());
        try {
            server = HttpServer.create(new InetSocketAddress(options.address, options.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.address.getHostAddress() + ":" + options.port
                    + ": " + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        workers = new ThreadPoolExecutor(options.threads, options.threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(options.threads * 16), runnable -> {
                    Thread thread = new Thread(runnable, "komodo-sync-http-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(workers);
        server.createContext("/listener/", new WebhookHandler(settings));
        AdminHandler admin = new AdminHandler(settings);
        server.createContext("/syncs", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/syncs") || path.startsWith("/syncs/")) {
                admin.handle(exchange);
            } else {
                notFound(exchange);
            }
        });
        server.createContext("/metrics", exchange -> {
            if (exchange.getRequestURI().getRawPath().equals("/metrics")) {
                admin.handle(exchange);
            } else {
                notFound(exchange);
            }
        });
        server.createContext("/healthz", exchange -> {
            try (exchange) {
                byte[] ok = "ok\n".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
            }
        });
        server.createContext("/", SyncServer::notFound);
        server.start();
        options.log.accept("listening on " + url());
        return this;
    }

    private static void notFound(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] text = "not found\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, text.length);
            exchange.getResponseBody().write(text);
        }
    }

    /** The port listened on (the one chosen, with port 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the server is not started");
        }
        return server.getAddress().getPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:9120} (no trailing slash). */
    public URI url() {
        String host = options.address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /** Lets the requests being answered finish (up to five seconds), then stops listening. */
    @Override
    public synchronized void close() {
        if (server != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            server.stop(0);
            workers.shutdownNow();
            server = null;
        }
    }

    /** Configures a {@link SyncServer}; every setter validates at once. */
    public static final class Builder {
        private final SyncRunner runner;
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_PORT;
        private Optional<Secret> adminToken = Optional.empty();
        private Secret webhookSecret = Secret.empty();
        private int maxBody = 2 * 1024 * 1024;
        private int threads = 4;
        private int maxFailures = 10;
        private Duration failureWindow = Duration.ofMinutes(1);
        private Optional<SyncCommitter> committer = Optional.empty();
        private Consumer<String> log = line -> System.err.println(line);

        private Builder(SyncRunner runner) {
            this.runner = requireNonNull(runner, "runner");
        }

        /** The address to listen on; default the loopback address. */
        public Builder address(InetAddress value) {
            this.address = requireNonNull(value, "address");
            return this;
        }

        /** The port; 0 picks a free one; default {@value #DEFAULT_PORT}. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + value);
            }
            this.port = value;
            return this;
        }

        /** The admin API's bearer token; without one the admin API and metrics answer 401. */
        public Builder adminToken(Secret value) {
            this.adminToken = Optional.of(requireNonNull(value, "adminToken")).filter(t -> !t.isEmpty());
            return this;
        }

        /** The global webhook secret, for syncs whose {@code webhook_secret} is empty; default empty (as Komodo's). */
        public Builder webhookSecret(Secret value) {
            this.webhookSecret = requireNonNull(value, "webhookSecret");
            return this;
        }

        /** The largest request body, in bytes; default 2 MiB (Komodo's). */
        public Builder maxBody(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBody must be positive: " + value);
            }
            this.maxBody = value;
            return this;
        }

        /** The request threads; default 4. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be positive: " + value);
            }
            this.threads = value;
            return this;
        }

        /** Failed authentications allowed per client address in {@code window}; default 10 a minute. */
        public Builder failureLimit(int maxFailures, Duration window) {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("maxFailures must be positive: " + maxFailures);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
            this.maxFailures = maxFailures;
            this.failureWindow = window;
            return this;
        }

        /** Managed-mode commits ({@code POST /syncs/{name}/commit}); without, that answers 501. */
        public Builder committer(SyncCommitter value) {
            this.committer = Optional.of(requireNonNull(value, "committer"));
            return this;
        }

        /** Where log lines go (one per event, never a secret); default standard error. */
        public Builder log(Consumer<String> value) {
            this.log = requireNonNull(value, "log");
            return this;
        }

        /** The server, not started. */
        public SyncServer build() {
            return new SyncServer(this);
        }
    }
}
