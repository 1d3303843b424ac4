package dev.komodosync.serve.webhook;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Secret;
import dev.komodosync.model.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates a webhook as Komodo does (komodo-api §4.2), but comparing in constant time.
 *
 * <ul>
 *   <li>GitHub: {@code X-Hub-Signature-256} must be the lowercase hex HMAC-SHA256 of the raw body
 *       keyed with the secret's UTF-8 bytes, the {@code sha256=} prefix optional;
 *   <li>GitLab: {@code X-Gitlab-Token} must be the secret itself.
 * </ul>
 *
 * <p>The secret is the sync's {@code webhook_secret}, or the server's global one when the sync's
 * is empty ({@link #effectiveSecret}); an empty secret is used as the empty string, as Komodo does.
 *
 * <pre>{@code
 * WebhookVerification result = WebhookVerifier.verify(WebhookProvider.GITHUB,
 *         Optional.ofNullable(headers.getFirst("X-Hub-Signature-256")), body, secret);
 * }</pre>
 */
public final class WebhookVerifier {

    private static final String PREFIX = "sha256=";

    private WebhookVerifier() {}

    /**
     * Whether {@code credential} (the value of {@link WebhookProvider#header()}, if sent)
     * authenticates {@code body} under {@code secret}.
     */
    public static WebhookVerification verify(WebhookProvider provider, Optional<String> credential, byte[] body,
            Secret secret) {
        requireNonNull(provider, "provider");
        requireNonNull(credential, "credential");
        requireNonNull(body, "body");
        requireNonNull(secret, "secret");
        if (provider == WebhookProvider.GITHUB) {
            if (credential.isEmpty()) {
                return new WebhookVerification.Rejected("No github signature in headers");
            }
            String sent = credential.get().startsWith(PREFIX) ? credential.get().substring(PREFIX.length()) : credential.get();
            byte[] expected = HexFormat.of().formatHex(hmacSha256(secret, body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8))
                    ? new WebhookVerification.Accepted()
                    : new WebhookVerification.Rejected("Signature does not equal expected");
        }
        if (credential.isEmpty()) {
            return new WebhookVerification.Rejected("No gitlab token in headers");
        }
        // Digests of equal length, so that not even the secret's length shows in the time taken.
        return MessageDigest.isEqual(sha256(secret.reveal()), sha256(credential.get()))
                ? new WebhookVerification.Accepted()
                : new WebhookVerification.Rejected("Webhook secret does not match expected.");
    }

    /** The sync's secret, or {@code global} when the sync's is empty (komodo-api §4.2). */
    public static Secret effectiveSecret(Secret syncSecret, Secret global) {
        requireNonNull(syncSecret, "syncSecret");
        requireNonNull(global, "global");
        return syncSecret.isEmpty() ? global : syncSecret;
    }

    /** The {@code X-Hub-Signature-256} value GitHub sends for {@code body}: {@code sha256=} and the hex HMAC. */
    public static String githubSignature(Secret secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmacSha256(secret, body));
    }

    private static byte[] hmacSha256(Secret secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = secret.reveal().getBytes(StandardCharsets.UTF_8);
            // An empty key is what Komodo uses for an empty secret; SecretKeySpec refuses zero bytes.
            mac.init(key.length == 0 ? new EmptyKey() : new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", unavailable);
        }
    }

    private static byte[] sha256(String value) {
        return Sha256.digest(value);
    }

    /** A zero-length HMAC key (RFC 2104 pads it with zeros, as Rust's hmac crate does). */
    private static final class EmptyKey implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;

        @Override
        public String getAlgorithm() {
            return "HmacSHA256";
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
