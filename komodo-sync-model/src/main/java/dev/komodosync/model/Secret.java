package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A secret value: a secret variable's value, a webhook secret, a passkey, a registry token, an
 * alerter URL that embeds a token.
 *
 * <p>Every rendering of a {@code Secret} is masked: {@link #toString()} gives {@value #MASK},
 * and plan, diagnostic and log output never show more. Only {@link #reveal()} gives the value;
 * it is meant for the code that must send the value to Komodo or write it to a file on request.
 * {@link #digest()} identifies a value without showing it, so that a plan's fingerprint changes
 * when a secret changes.
 *
 * <p>Instances are immutable; two secrets are equal when their values are.
 */
public final class Secret implements Comparable<Secret> {

    /** What every rendering of a secret shows. */
    public static final String MASK = "***";

    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A secret holding {@code value}. */
    public static Secret of(String value) {
        requireNonNull(value, "value");
        return value.isEmpty() ? EMPTY : new Secret(value);
    }

    /** The empty secret, the default of every secret field. */
    public static Secret empty() {
        return EMPTY;
    }

    /** The secret value itself. Callers must not log or print it. */
    public String reveal() {
        return value;
    }

    /** Whether the value is the empty string. */
    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The lower-case hex SHA-256 of the value's UTF-8 bytes. */
    public String digest() {
        return HexFormat.of().formatHex(Sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Always {@value #MASK}. */
    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Orders secrets by value, so that collections of them sort deterministically. */
    @Override
    public int compareTo(Secret other) {
        return value.compareTo(other.value);
    }
}
