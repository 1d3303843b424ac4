package dev.komodosync.serve.webhook;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A webhook's path, {@code /listener/{github|gitlab}/sync/{id-or-name}/{refresh|sync}}
 * (komodo-api §4.1), read.
 *
 * <pre>{@code
 * WebhookRoute route = WebhookRoute.parse("/listener/github/sync/home%20lab/sync").orElseThrow();
 * route.sync(); // "home lab"
 * }</pre>
 *
 * @param provider how the request authenticates
 * @param sync the sync's id or name, URL-decoded
 * @param action what the request asks for
 */
public record WebhookRoute(WebhookProvider provider, String sync, WebhookAction action) {

    /** The path prefix of every webhook. */
    public static final String PREFIX = "/listener/";

    /** Checks the arguments. */
    public WebhookRoute {
        requireNonNull(provider, "provider");
        requireNonNull(sync, "sync");
        if (sync.isEmpty()) {
            throw new IllegalArgumentException("a webhook route needs a sync id or name");
        }
        requireNonNull(action, "action");
    }

    /**
     * The route {@code rawPath} (the path as received, still percent-encoded) names; empty when it
     * is not exactly a webhook path of a known provider and action.
     */
    public static Optional<WebhookRoute> parse(String rawPath) {
        requireNonNull(rawPath, "rawPath");
        if (!rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 4 || !parts[1].equals("sync") || parts[2].isEmpty()) {
            return Optional.empty();
        }
        Optional<WebhookProvider> provider = WebhookProvider.ofSegment(parts[0]);
        Optional<WebhookAction> action = WebhookAction.ofSegment(parts[3]);
        if (provider.isEmpty() || action.isEmpty()) {
            return Optional.empty();
        }
        String sync;
        try {
            // Path decoding: a '+' stays a '+' (URLDecoder is for forms, where it means a space).
            sync = URLDecoder.decode(parts[2].replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return sync.isEmpty() ? Optional.empty() : Optional.of(new WebhookRoute(provider.get(), sync, action.get()));
    }

    /** The path of this route, the sync's name percent-encoded. */
    public String path() {
        return PREFIX + provider.segment() + "/sync/" + PathSegment.encode(sync) + "/" + action.segment();
    }
}
