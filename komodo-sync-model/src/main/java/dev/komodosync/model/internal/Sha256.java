package dev.komodosync.model.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 without the provider lookup of {@link MessageDigest#getInstance} on every call: a plan's
 * fingerprint digests every secret it holds, and the lookup cost more than the digest of a short
 * value. Each call digests with a clone of one instance. Not API.
 */
public final class Sha256 {

    private static final MessageDigest PROTOTYPE;

    static {
        try {
            PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError(new IllegalStateException("every Java runtime provides SHA-256", e));
        }
    }

    private Sha256() {}

    /** A new SHA-256 digest, ready for {@link MessageDigest#update}. */
    public static MessageDigest start() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose digest cannot be cloned: look it up as usual
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
            }
        }
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] digest(byte[] bytes) {
        return start().digest(bytes);
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes. */
    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The lower-case hex SHA-256 of {@code text}'s UTF-8 bytes. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }
}
