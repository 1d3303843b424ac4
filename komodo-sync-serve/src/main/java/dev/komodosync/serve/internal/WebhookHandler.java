package dev.komodosync.serve.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.serve.webhook.PushedBranch;
import dev.komodosync.serve.webhook.WebhookRoute;
import dev.komodosync.serve.webhook.WebhookVerification;
import dev.komodosync.serve.webhook.WebhookVerifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /listener/{github|gitlab}/sync/{id-or-name}/{refresh|sync}} (komodo-api §4):
 * authenticate against the raw body, answer 200 with an empty body, then queue the work.
 */
public final class WebhookHandler implements HttpHandler {

    private final ServerSettings settings;

    /** A handler over {@code settings}. */
    public WebhookHandler(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String address = Exchanges.address(exchange);
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Exchanges.text(exchange, 405, "webhooks are POST requests");
                return;
            }
            Optional<WebhookRoute> route = WebhookRoute.parse(exchange.getRequestURI().getRawPath());
            if (route.isEmpty()) {
                Exchanges.text(exchange, 400, "not a sync webhook: POST /listener/{github|gitlab}/sync/{name}/{refresh|sync}");
                return;
            }
            if (settings.failures().blocked(address)) {
                settings.log().accept("webhook refused: from=" + address + " too many failed authentications");
                Exchanges.text(exchange, 429, "Too many failed authentication attempts, try again later");
                return;
            }
            byte[] body;
            try {
                body = Exchanges.body(exchange, settings.maxBody());
            } catch (Exchanges.TooLarge tooLarge) {
                Exchanges.text(exchange, 413, tooLarge.getMessage());
                return;
            }
            if (!utf8(body)) {
                Exchanges.text(exchange, 400, "the body is not valid UTF-8");
                return;
            }
            WebhookRoute hook = route.get();
            Optional<SyncDefinition> sync = settings.runner().sync(hook.sync());
            if (sync.isEmpty()) {
                Exchanges.text(exchange, 400, "Did not find any ResourceSync matching " + hook.sync());
                return;
            }
            WebhookVerification verification = WebhookVerifier.verify(hook.provider(),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst(hook.provider().header())), body,
                    WebhookVerifier.effectiveSecret(sync.get().config().webhookSecret(), settings.webhookSecret()));
            if (verification instanceof WebhookVerification.Rejected rejected) {
                settings.failures().fail(address);
                settings.rejected().incrementAndGet();
                settings.log().accept("webhook rejected: sync=" + sync.get().name() + " provider="
                        + hook.provider().segment() + " from=" + address + ": " + rejected.reason());
                Exchanges.text(exchange, 401, rejected.reason());
                return;
            }
            settings.accepted().incrementAndGet();
            // komodo-api §4.3: answer at once; the sender never learns the outcome.
            Exchanges.empty(exchange, 200);
            Optional<String> branch = PushedBranch.of(body);
            settings.log().accept("webhook accepted: sync=" + sync.get().name() + " action=" + hook.action().segment()
                    + " branch=" + branch.orElse("(none)") + " from=" + address);
            settings.runner().webhook(sync.get().name(), hook.action(), branch);
        }
    }

    private static boolean utf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException malformed) {
            return false;
        }
    }
}
