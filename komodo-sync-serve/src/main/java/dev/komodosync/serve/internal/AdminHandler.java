package dev.komodosync.serve.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.komodosync.serve.CommitOutcome;
import dev.komodosync.serve.CommitRequest;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.serve.SyncEvent;
import dev.komodosync.serve.SyncStatus;
import dev.komodosync.serve.Trigger;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The admin API, behind the bearer token: {@code GET /syncs}, {@code GET /syncs/{name}},
 * {@code POST /syncs/{name}/refresh|execute|commit}, and {@code GET /metrics}. Refresh and
 * execute are queued and answered 202, or with {@code ?wait} answered with the status after them.
 */
public final class AdminHandler implements HttpHandler {

    private final ServerSettings settings;
    private final BearerToken token;

    /** A handler over {@code settings}. */
    public AdminHandler(ServerSettings settings) {
        this.settings = settings;
        this.token = new BearerToken(settings.adminToken());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String address = Exchanges.address(exchange);
            if (settings.failures().blocked(address)) {
                Exchanges.error(exchange, 429, "too many failed authentications, try again later");
                return;
            }
            if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
                settings.failures().fail(address);
                settings.log().accept("admin request refused: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + " from=" + address
                        + (token.configured() ? ": no valid bearer token" : ": no admin token is configured"));
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                Exchanges.error(exchange, 401, token.configured() ? "a valid bearer token is needed"
                        : "the admin API is disabled: the server has no admin token");
                return;
            }
            route(exchange);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/metrics")) {
            if (!method.equals("GET")) {
                Exchanges.error(exchange, 405, "GET /metrics");
                return;
            }
            Exchanges.send(exchange, 200, Metrics.CONTENT_TYPE, Metrics.render(settings.runner().statuses(),
                    settings.accepted().get(), settings.rejected().get()));
            return;
        }
        if (path.equals("/syncs") || path.equals("/syncs/")) {
            if (!method.equals("GET")) {
                Exchanges.error(exchange, 405, "GET /syncs");
                return;
            }
            ObjectNode document = Exchanges.JSON.createObjectNode();
            ArrayNode syncs = document.putArray("syncs");
            for (SyncStatus status : settings.runner().statuses()) {
                syncs.add(StatusJson.summary(settings.runner().sync(status.name()).orElseThrow(), status));
            }
            Exchanges.json(exchange, 200, document);
            return;
        }
        String[] parts = path.substring("/syncs/".length()).split("/", -1);
        if (!path.startsWith("/syncs/") || parts.length > 2) {
            Exchanges.error(exchange, 404, "no such route: " + method + " " + path);
            return;
        }
        String name = URLDecoder.decode(parts[0].replace("+", "%2B"), StandardCharsets.UTF_8);
        Optional<SyncDefinition> sync = settings.runner().sync(name);
        if (sync.isEmpty()) {
            Exchanges.error(exchange, 404, "no sync named '" + name + "'");
            return;
        }
        if (parts.length == 1) {
            if (!method.equals("GET")) {
                Exchanges.error(exchange, 405, "GET /syncs/{name}");
                return;
            }
            Exchanges.json(exchange, 200, StatusJson.full(sync.get(), settings.runner().status(name).orElseThrow()));
            return;
        }
        if (!method.equals("POST")) {
            Exchanges.error(exchange, 405, "POST /syncs/{name}/" + parts[1]);
            return;
        }
        switch (parts[1]) {
            case "refresh" -> queued(exchange, sync.get(), "refresh", settings.runner().refresh(name, Trigger.MANUAL));
            case "execute" -> queued(exchange, sync.get(), "execute", settings.runner().execute(name, Trigger.MANUAL));
            case "commit" -> commit(exchange, sync.get());
            default -> Exchanges.error(exchange, 404, "no such action: " + parts[1] + " (refresh, execute, commit)");
        }
    }

    private void queued(HttpExchange exchange, SyncDefinition sync, String action, CompletableFuture<SyncStatus> work)
            throws IOException {
        settings.log().accept("admin: sync=" + sync.name() + " " + action + " queued from="
                + Exchanges.address(exchange));
        if (Exchanges.query(exchange, "wait").isEmpty()) {
            ObjectNode document = Exchanges.JSON.createObjectNode();
            document.put("sync", sync.name());
            document.put("queued", action);
            Exchanges.json(exchange, 202, document);
            return;
        }
        SyncStatus status;
        try {
            status = work.join();
        } catch (CompletionException | java.util.concurrent.CancellationException stopped) {
            Exchanges.error(exchange, 503, "the " + action + " did not run: the server is stopping");
            return;
        }
        Exchanges.json(exchange, 200, StatusJson.full(sync, status));
    }

    private void commit(HttpExchange exchange, SyncDefinition sync) throws IOException {
        if (settings.committer().isEmpty()) {
            Exchanges.error(exchange, 501, "managed-mode commits are not configured on this server");
            return;
        }
        CommitRequest request;
        try {
            request = commitRequest(sync.name(), Exchanges.body(exchange, settings.maxBody()));
        } catch (Exchanges.TooLarge tooLarge) {
            Exchanges.error(exchange, 413, tooLarge.getMessage());
            return;
        } catch (IOException | IllegalArgumentException bad) {
            Exchanges.error(exchange, 400, "the body must be a JSON object with optional author_name, author_email"
                    + " and message: " + bad.getMessage());
            return;
        }
        CompletableFuture<CommitOutcome> done = settings.runner().submit(sync.name(),
                (definition, plan) -> settings.committer().get().commit(definition, request));
        try {
            CommitOutcome outcome = done.join();
            settings.log().accept(new SyncEvent(sync.name(), SyncEvent.Type.COMMITTED, Trigger.MANUAL,
                    outcome.commit().map(c -> "commit " + c).orElse("nothing to commit") + ", " + outcome.files().size()
                            + " file(s)", java.time.Instant.now()).line());
            ObjectNode document = Exchanges.JSON.createObjectNode();
            document.put("sync", sync.name());
            outcome.commit().ifPresentOrElse(c -> document.put("commit", c), () -> document.putNull("commit"));
            ArrayNode files = document.putArray("files");
            outcome.files().forEach(files::add);
            Exchanges.json(exchange, 200, document);
        } catch (CompletionException | java.util.concurrent.CancellationException failed) {
            String message = SyncWorker.messageOf(failed.getCause() == null ? failed : failed.getCause());
            settings.log().accept(new SyncEvent(sync.name(), SyncEvent.Type.COMMIT_FAILED, Trigger.MANUAL, message,
                    java.time.Instant.now()).line());
            Exchanges.error(exchange, 409, message);
        }
    }

    private static CommitRequest commitRequest(String sync, byte[] body) throws IOException {
        CommitRequest defaults = CommitRequest.defaults(sync);
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return defaults;
        }
        JsonNode tree = Exchanges.JSON.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return new CommitRequest(tree.path("author_name").asText(defaults.authorName()),
                tree.path("author_email").asText(defaults.authorEmail()), tree.path("message").asText(defaults.message()));
    }
}
