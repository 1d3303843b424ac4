package dev.komodosync.serve.internal;

import dev.komodosync.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The admin API's bearer token, compared in constant time (digests of equal length). */
final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private final Optional<byte[]> digest;

    BearerToken(Optional<Secret> token) {
        this.digest = token.filter(t -> !t.isEmpty()).map(t -> sha256(t.reveal()));
    }

    /** Whether a token is configured at all. */
    boolean configured() {
        return digest.isPresent();
    }

    /** Whether the {@code Authorization} header carries the token. */
    boolean accepts(String authorization) {
        if (digest.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest.get(), sha256(authorization.substring(SCHEME.length()).trim()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", unavailable);
        }
    }
}
