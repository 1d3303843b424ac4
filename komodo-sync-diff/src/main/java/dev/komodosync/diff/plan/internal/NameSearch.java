package dev.komodosync.diff.plan.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Names in {@link String#compareTo} order, with a search for where a text falls among them (a
 * name pattern's literal prefix). A binary search over the name strings reads one name per step,
 * each out of the cache in a kind of tens of thousands at 100k resources (BENCHMARKS.md, issue 19
 * round 11). Here, when every name is Latin-1, each name's first 8 characters are packed into
 * one number — read as the names lie in memory, before they are sorted — and a search looks
 * through the numbers first, comparing as strings only the names whose number ties with the
 * text's.
 */
final class NameSearch {

    private static final int PACKED = 8;

    private final List<String> names;
    /** Per name in order, its first {@link #PACKED} characters, padded with 0; null when a name is beyond Latin-1. */
    private final long[] keys;

    private NameSearch(List<String> names, long[] keys) {
        this.names = names;
        this.keys = keys;
    }

    /** The search of {@code names} (distinct, in any order), which it sorts. */
    static NameSearch of(String[] names) {
        long[] packed = new long[names.length];
        for (int i = 0; i < names.length && packed != null; i++) {
            packed[i] = pack(names[i]);
            if (packed[i] == WIDE) {
                packed = null;
            }
        }
        int[] order = NameOrder.of(names);
        String[] sorted = new String[names.length];
        long[] keys = packed == null ? null : new long[names.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = names[order[i]];
            if (keys != null) {
                keys[i] = packed[order[i]];
            }
        }
        return new NameSearch(Collections.unmodifiableList(Arrays.asList(sorted)), keys);
    }

    /** What {@link #pack} gives for a text with a character beyond Latin-1 among its first 8. */
    private static final long WIDE = -1L;

    /**
     * The first {@link #PACKED} characters of {@code text}, one per byte, padded with 0; unsigned
     * order of the numbers is the order of the characters. {@link #WIDE} when one is beyond
     * Latin-1 (a text of 8 characters 0xFF, whose number would be the same, is taken as wide too).
     */
    private static long pack(String text) {
        long key = 0;
        for (int at = 0; at < PACKED; at++) {
            char c = at < text.length() ? text.charAt(at) : 0;
            if (c > 0xFF) {
                return WIDE;
            }
            key = key << 8 | c;
        }
        return key;
    }

    /** The names, sorted (unmodifiable). */
    List<String> names() {
        return names;
    }

    /** The index of the first name not before {@code text}: the size when every name is before it. */
    int firstAtOrAfter(String text) {
        long key = keys == null ? WIDE : pack(text);
        if (key == WIDE) {
            return bySearch(text, 0, names.size());
        }
        // A name whose number is below the text's is before it, above it after it; the ones that
        // tie (the same first characters, or a shorter name's padding) are compared as strings.
        int from = firstKeyAtOrAbove(key, 0, keys.length);
        int to = firstKeyAtOrAbove(key + 1, from, keys.length);
        return bySearch(text, from, to);
    }

    /** The first index in {@code [from, to)} whose key is at least {@code key} (unsigned), or {@code to}. */
    private int firstKeyAtOrAbove(long key, int from, int to) {
        int low = from;
        int high = to;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Long.compareUnsigned(keys[middle], key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The first index in {@code [from, to)} whose name is not before {@code text}, or {@code to}. */
    private int bySearch(String text, int from, int to) {
        int at = Collections.binarySearch(names.subList(from, to), text);
        return from + (at >= 0 ? at : -at - 1);
    }
}
