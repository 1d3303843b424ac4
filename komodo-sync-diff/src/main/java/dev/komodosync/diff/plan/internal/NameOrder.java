package dev.komodosync.diff.plan.internal;

import java.util.Arrays;

/**
 * Orders names as {@link String#compareTo} does, in time close to linear: a plan puts every
 * kind's names, its changes and its deploy targets in name order, and at 100k resources a
 * comparison sort of the names themselves — each comparison reading two strings from wherever
 * they lie in memory — cost several times its share of the plan.
 *
 * <p>Each name's first characters after the prefix all names share are packed, with the name's
 * position, into one {@code long}; a radix sort of those numbers orders the names by those
 * characters in a few sequential passes over one array. Names whose packed characters are the
 * same (long shared prefixes, or a name that is a prefix of another) are then ordered among
 * themselves, by the same method past their longer shared prefix, or by their lengths once every
 * character is packed. Equal names keep their order: the order is stable.
 */
final class NameOrder {

    /** Groups up to this size are ordered by insertion, without another pass of packing. */
    private static final int SMALL_GROUP = 8;

    private final String[] names;
    /** The length of each name, read once: a group's ties are mostly settled by it alone. */
    private final int[] lengths;

    private NameOrder(String[] names, int[] lengths) {
        this.names = names;
        this.lengths = lengths;
    }

    /** The positions of {@code names} in name order; equal names in their order in the array. */
    static int[] of(String[] names) {
        int[] positions = new int[names.length];
        int[] lengths = new int[names.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
            lengths[i] = names[i].length();
        }
        new NameOrder(names, lengths).order(positions, 0, positions.length, 0);
        return positions;
    }

    /**
     * Orders {@code positions[from, to)} by their names, all of which share their first
     * {@code known} characters.
     */
    private void order(int[] positions, int from, int to, int known) {
        int count = to - from;
        if (count <= SMALL_GROUP) {
            insertionSort(positions, from, to);
            return;
        }
        int prefix = sharedPrefix(positions, from, to, known);
        boolean wide = false;
        for (int i = from; i < to && !wide; i++) {
            String name = names[positions[i]];
            for (int c = prefix, end = Math.min(lengths[positions[i]], prefix + 8); c < end; c++) {
                if (name.charAt(c) > 0xFF) {
                    wide = true;
                    break;
                }
            }
        }
        // The low bits hold the position in the group, the rest the packed characters after the prefix.
        int positionBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
        long keyMask = -1L << positionBits;
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            long key = key(positions[from + i], prefix, wide) & keyMask;
            packed[i] = key | i;
        }
        radixSort(packed, positionBits);
        int[] group = Arrays.copyOfRange(positions, from, to);
        for (int i = 0; i < count; i++) {
            positions[from + i] = group[(int) (packed[i] & ~keyMask)];
        }
        // Runs whose packed characters are the same are ordered among themselves.
        int start = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || ((packed[i] ^ packed[start]) & keyMask) != 0) {
                if (i - start > 1) {
                    int knownNext = prefix + (wide ? (64 - positionBits) / 16 : (64 - positionBits) / 8);
                    if (longest(positions, from + start, from + i) > knownNext) {
                        order(positions, from + start, from + i, knownNext);
                    } else {
                        // Every name of the run ends within the packed characters, which are the same:
                        // a shorter one is a prefix of a longer one, and names of one length are equal.
                        byLength(positions, from + start, from + i);
                    }
                }
                start = i;
            }
        }
    }

    /**
     * Sorts {@code packed} as unsigned numbers by their bits above {@code positionBits}, a byte at
     * a time from the lowest (a stable least-significant-digit radix sort: the positions, already
     * ascending, break the ties). A byte that is the same in every number is skipped: a run of
     * names sharing characters costs no pass for them.
     */
    private static void radixSort(long[] packed, int positionBits) {
        int[][] counts = new int[8][256];
        for (long value : packed) {
            for (int digit = 0; digit < 8; digit++) {
                counts[digit][(int) (value >>> (digit * 8)) & 0xFF]++;
            }
        }
        long[] from = packed;
        long[] to = new long[packed.length];
        for (int digit = positionBits / 8; digit < 8; digit++) {
            int[] count = counts[digit];
            int shift = digit * 8;
            if (count[(int) (from[0] >>> shift) & 0xFF] == packed.length) {
                continue;
            }
            int[] start = new int[256];
            for (int b = 1; b < 256; b++) {
                start[b] = start[b - 1] + count[b - 1];
            }
            // The lowest digit may hold position bits as well: as they ascend already, moving by the
            // whole byte keeps the order the positions give among equal key bits.
            for (long value : from) {
                to[start[(int) (value >>> shift) & 0xFF]++] = value;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        if (from != packed) {
            System.arraycopy(from, 0, packed, 0, packed.length);
        }
    }

    /**
     * The number of characters all names of the group share, at least {@code known}. Names of
     * a group may share fewer than {@code known} when one ends within them; {@code known} is
     * then still safe, as the packed key of an ended name reads as zeros.
     */
    private int sharedPrefix(int[] positions, int from, int to, int known) {
        String first = names[positions[from]];
        int shared = lengths[positions[from]];
        for (int i = from + 1; i < to && shared > known; i++) {
            String name = names[positions[i]];
            int limit = Math.min(shared, lengths[positions[i]]);
            int c = known;
            while (c < limit && name.charAt(c) == first.charAt(c)) {
                c++;
            }
            shared = c;
        }
        return Math.max(shared, known);
    }

    /**
     * The length of the group's longest name: a group whose names all end within the characters
     * packed so far is told apart by length alone.
     */
    private int longest(int[] positions, int from, int to) {
        int longest = 0;
        for (int i = from; i < to; i++) {
            longest = Math.max(longest, lengths[positions[i]]);
        }
        return longest;
    }

    /** The name's characters from {@code prefix}, eight bytes or four wide characters, zeros past its end. */
    private long key(int position, int prefix, boolean wide) {
        String name = names[position];
        int perChar = wide ? 16 : 8;
        int chars = 64 / perChar;
        int end = Math.min(lengths[position], prefix + chars);
        long key = 0;
        for (int at = prefix; at < end; at++) {
            key = (key << perChar) | name.charAt(at);
        }
        // Zeros for the characters past the name's end.
        return key << (perChar * (prefix + chars - Math.max(end, prefix)));
    }

    /** Orders a run by length, then position: its names are equal but for trailing zero characters. */
    private void byLength(int[] positions, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int moving = positions[i];
            int j = i - 1;
            while (j >= from && (lengths[positions[j]] > lengths[moving]
                    || lengths[positions[j]] == lengths[moving] && positions[j] > moving)) {
                positions[j + 1] = positions[j];
                j--;
            }
            positions[j + 1] = moving;
        }
    }

    private void insertionSort(int[] positions, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int moving = positions[i];
            String name = names[moving];
            int j = i - 1;
            while (j >= from && compare(names, positions[j], name, moving) > 0) {
                positions[j + 1] = positions[j];
                j--;
            }
            positions[j + 1] = moving;
        }
    }

    /** Names, then positions: equal names keep their order. */
    private static int compare(String[] names, int position, String name, int namePosition) {
        int byName = names[position].compareTo(name);
        return byName != 0 ? byName : Integer.compare(position, namePosition);
    }
}
