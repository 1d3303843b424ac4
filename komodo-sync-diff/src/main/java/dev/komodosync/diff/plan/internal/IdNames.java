package dev.komodosync.diff.plan.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The name of each existing resource of one kind by its id, for the lookups of stored references
 * (one per reference field of every existing config). Komodo's ids are MongoDB ObjectIds, 24
 * lowercase hex digits: such an id is held as its 96 bits, beside its name, in an open-addressing
 * table, so that a lookup reads one slot of numbers and one name where a hash map reads a node,
 * the key string and the key's bytes — at 100k resources each of those is a read from memory,
 * not from the cache (BENCHMARKS.md, issue 19 round 9). The slot also says where the name's
 * Latin-1 characters lie in one shared array, so that {@link #nameIs} compares a name with the
 * one an id stands for by reading the slot and those characters, not the name string (round 11).
 * Any other id is held in a plain map. An id finds exactly what a map of strings would find.
 * The first resource with an id stands. Filled by one thread, then only read.
 */
final class IdNames {

    private static final int OBJECT_ID_DIGITS = 24;
    /** Marks a slot as taken, in the word of the last 8 digits (which use 32 bits of it). */
    private static final long TAKEN = 1L << 32;
    /** The bits of the second word that hold the id (the rest is where its name's characters lie). */
    private static final long KEY_BITS = (TAKEN << 1) - 1;
    /** What a name's length in {@link #text} says of a name that is compared as a string. */
    private static final int AS_STRING = -1;

    /**
     * Two words per slot: the first 16 digits, then the last 8 with {@link #TAKEN} and, above
     * them, the offset in {@link #text} of the name's length.
     */
    private long[] keys;
    private String[] names;
    private int mask;
    /** How many ObjectIds are held: at most half of the slots. */
    private int count;
    private final Map<String, String> others = new HashMap<>();
    /**
     * Per name of an ObjectId: its length (4 bytes), then its Latin-1 characters; the length is
     * {@link #AS_STRING} for a name with a character beyond Latin-1 or a carriage return.
     */
    private byte[] text;
    private int textEnd;

    /** A table sized for {@code expected} ids, which it holds at most half full; it grows when more are added. */
    IdNames(int expected) {
        int slots = Integer.highestOneBit(Math.max(2, expected)) << 2;
        this.keys = new long[slots * 2];
        this.names = new String[slots];
        this.mask = slots - 1;
        this.text = new byte[Math.max(64, expected * 16)];
    }

    /** Adds {@code id}'s {@code name} unless the id is held already; whether it was added. */
    boolean putIfAbsent(String id, String name) {
        if (!isObjectId(id)) {
            return others.putIfAbsent(id, name) == null;
        }
        long high = digits(id, 0, 16);
        long low = digits(id, 16, OBJECT_ID_DIGITS) | TAKEN;
        for (int slot = slot(high, low); ; slot = (slot + 1) & mask) {
            long taken = keys[2 * slot + 1];
            if (taken == 0) {
                if (2 * (count + 1) > names.length) {
                    grow();
                    slot = free(high, low);
                }
                keys[2 * slot] = high;
                keys[2 * slot + 1] = low | (long) addText(name) << 33;
                names[slot] = name;
                count++;
                return true;
            }
            if ((taken & KEY_BITS) == low && keys[2 * slot] == high) {
                return false;
            }
        }
    }

    /** Twice the slots, each id placed again from the numbers its slot holds. */
    private void grow() {
        long[] oldKeys = keys;
        String[] oldNames = names;
        keys = new long[oldKeys.length * 2];
        names = new String[oldNames.length * 2];
        mask = names.length - 1;
        for (int old = 0; old < oldNames.length; old++) {
            long second = oldKeys[2 * old + 1];
            if (second != 0) {
                int slot = free(oldKeys[2 * old], second & KEY_BITS);
                keys[2 * slot] = oldKeys[2 * old];
                keys[2 * slot + 1] = second;
                names[slot] = oldNames[old];
            }
        }
    }

    /** The first empty slot for an id not held, from where it hashes. */
    private int free(long high, long low) {
        int slot = slot(high, low);
        while (keys[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** The name held for {@code id}, or null. */
    String get(String id) {
        if (!isObjectId(id)) {
            return others.isEmpty() ? null : others.get(id);
        }
        int slot = find(id);
        return slot < 0 ? null : names[slot];
    }

    /**
     * Whether {@code id} is an ObjectId held here whose name, with {@code \r\n} as {@code \n},
     * is {@code name}; false may also mean that it could not tell without the name string.
     */
    boolean nameIs(String id, String name) {
        if (!isObjectId(id)) {
            return false;
        }
        int slot = find(id);
        if (slot < 0) {
            return false;
        }
        int at = (int) (keys[2 * slot + 1] >>> 33);
        int length = (text[at] & 0xFF) << 24 | (text[at + 1] & 0xFF) << 16 | (text[at + 2] & 0xFF) << 8 | text[at + 3] & 0xFF;
        if (length != name.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != (text[at + 4 + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The slot of ObjectId {@code id}, or -1. */
    private int find(String id) {
        long high = digits(id, 0, 16);
        long low = digits(id, 16, OBJECT_ID_DIGITS) | TAKEN;
        for (int slot = slot(high, low); ; slot = (slot + 1) & mask) {
            long taken = keys[2 * slot + 1];
            if (taken == 0) {
                return -1;
            }
            if ((taken & KEY_BITS) == low && keys[2 * slot] == high) {
                return slot;
            }
        }
    }

    /** Appends {@code name}'s length and characters to {@link #text}; their offset. */
    private int addText(String name) {
        int length = name.length();
        boolean plain = true;
        for (int i = 0; i < length && plain; i++) {
            char c = name.charAt(i);
            plain = c <= 0xFF && c != '\r';
        }
        int at = textEnd;
        int end = at + 4 + (plain ? length : 0);
        if (end > text.length) {
            byte[] grown = new byte[Math.max(end, text.length * 2)];
            System.arraycopy(text, 0, grown, 0, textEnd);
            text = grown;
        }
        int written = plain ? length : AS_STRING;
        text[at] = (byte) (written >>> 24);
        text[at + 1] = (byte) (written >>> 16);
        text[at + 2] = (byte) (written >>> 8);
        text[at + 3] = (byte) written;
        if (plain) {
            for (int i = 0; i < length; i++) {
                text[at + 4 + i] = (byte) name.charAt(i);
            }
        }
        textEnd = end;
        return at;
    }

    private int slot(long high, long low) {
        long mixed = (high ^ low * 0x9E3779B97F4A7C15L) * 0xC2B2AE3D27D4EB4FL;
        return (int) (mixed >>> 32) & mask;
    }

    /** Whether {@code id} is 24 lowercase hex digits, as Komodo writes an ObjectId. */
    private static boolean isObjectId(String id) {
        if (id.length() != OBJECT_ID_DIGITS) {
            return false;
        }
        for (int i = 0; i < OBJECT_ID_DIGITS; i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The value of the hex digits {@code from} to {@code to} of {@code id}. */
    private static long digits(String id, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            value = value << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }
}
