package dev.komodosync.serve.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.model.internal.Sha256;
import java.security.MessageDigest;
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
        return Sha256.digest(value);
    }
}
