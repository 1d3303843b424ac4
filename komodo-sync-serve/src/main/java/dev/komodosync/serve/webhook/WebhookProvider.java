package dev.komodosync.serve.webhook;

import java.util.Optional;

/** How a webhook authenticates (komodo-api §4.2): the path segment after {@code /listener/}. */
public enum WebhookProvider {
    /** GitHub and compatible providers (Gitea, Forgejo): an HMAC-SHA256 of the body in {@code X-Hub-Signature-256}. */
    GITHUB("github", "X-Hub-Signature-256"),
    /** GitLab: the secret itself in {@code X-Gitlab-Token}. */
    GITLAB("gitlab", "X-Gitlab-Token");

    private final String segment;
    private final String header;

    WebhookProvider(String segment, String header) {
        this.segment = segment;
        this.header = header;
    }

    /** The request header that carries the credential. */
    public String header() {
        return header;
    }

    /** The path segment, {@code github} or {@code gitlab}. */
    public String segment() {
        return segment;
    }

    /** The provider a path segment names, exactly as written. */
    public static Optional<WebhookProvider> ofSegment(String value) {
        for (WebhookProvider provider : values()) {
            if (provider.segment.equals(value)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
