package dev.komodosync.parser.internal.pattern;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A compiled wildcard, matched as Komodo matches it (behaviour §7.1, Rust crate
 * {@code wildcard} 0.3.0 over UTF-8 bytes): {@code *} matches any byte sequence, {@code ?}
 * exactly one byte, and the whole name must match. The only escapes are {@code \*},
 * {@code \?} and {@code \\}; any other character after {@code \}, or a {@code \} at the end,
 * makes the wildcard invalid.
 */
final class WildcardPattern {

    private static final int ANY = -1;
    private static final int ONE = -2;

    /** A literal byte (0..255), {@link #ANY} or {@link #ONE}, one per pattern element. */
    private final int[] tokens;

    private WildcardPattern(int[] tokens) {
        this.tokens = tokens;
    }

    /** A reason the pattern is invalid; {@code index} is the offending backslash. */
    record Invalid(String reason, int index) {
    }

    /** The wildcard, or why it is invalid: exactly one of the two is present. */
    record Compiled(Optional<WildcardPattern> wildcard, Optional<Invalid> invalid) {

        static Compiled of(WildcardPattern wildcard) {
            return new Compiled(Optional.of(wildcard), Optional.empty());
        }

        static Compiled of(Invalid invalid) {
            return new Compiled(Optional.empty(), Optional.of(invalid));
        }
    }

    static Compiled compile(String pattern) {
        int[] tokens = new int[pattern.length() * 4];
        int count = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                if (i + 1 == pattern.length()) {
                    return Compiled.of(new Invalid("dangling escape", i));
                }
                char escaped = pattern.charAt(i + 1);
                if (escaped != '*' && escaped != '?' && escaped != '\\') {
                    return Compiled.of(new Invalid("invalid escape '\\" + escapedText(pattern, i + 1) + "'", i));
                }
                tokens[count++] = escaped;
                i++;
            } else if (c == '*') {
                tokens[count++] = ANY;
            } else if (c == '?') {
                tokens[count++] = ONE;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < pattern.length() ? i + 2 : i + 1;
                for (byte b : pattern.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    tokens[count++] = b & 0xFF;
                }
                i = end - 1;
            }
        }
        return Compiled.of(new WildcardPattern(Arrays.copyOf(tokens, count)));
    }

    private static String escapedText(String pattern, int index) {
        return pattern.substring(index, pattern.offsetByCodePoints(index, 1));
    }

    /**
     * Whether the whole of {@code name} matches. Backtracks only to the last {@code *}, so the
     * time is at most proportional to the pattern length times the name length.
     */
    boolean matches(String name) {
        byte[] input = name.getBytes(StandardCharsets.UTF_8);
        int token = 0;
        int position = 0;
        int lastStar = -1;
        int starPosition = 0;
        while (position < input.length) {
            if (token < tokens.length && (tokens[token] == ONE || tokens[token] == (input[position] & 0xFF))) {
                token++;
                position++;
            } else if (token < tokens.length && tokens[token] == ANY) {
                lastStar = token++;
                starPosition = position;
            } else if (lastStar >= 0) {
                // Let the last star swallow one more byte and retry from just after it.
                token = lastStar + 1;
                position = ++starPosition;
            } else {
                return false;
            }
        }
        while (token < tokens.length && tokens[token] == ANY) {
            token++;
        }
        return token == tokens.length;
    }
}
