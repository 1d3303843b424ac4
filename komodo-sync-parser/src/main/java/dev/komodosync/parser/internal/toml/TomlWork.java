package dev.komodosync.parser.internal.toml;

/**
 * A count of the steps one read of a file takes: every character a reader moves over, plus every
 * stretch of text it goes over again (a column counted, a key hashed, a value copied, a text handed
 * to tomlj). Deterministic, unlike time: the seam through which tests prove that reading is linear
 * in the length of any one key, value or line.
 */
final class TomlWork {

    private long steps;

    /** Counts {@code count} more steps. */
    void add(long count) {
        steps += count;
    }

    /** The steps counted so far. */
    long steps() {
        return steps;
    }
}
