package dev.komodosync.diff.plan.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The resources of one kind by name, in the order they were added, the first of each name; filled
 * by one thread, then only read (a read-only {@link Map}).
 *
 * <p>Made for the planner's lookups, one or more per reference of every resource, in tables of
 * tens of thousands of names, where what a lookup reads comes from memory rather than the cache
 * (BENCHMARKS.md, issue 19 round 11). A hash map reads a bucket, the entry, the stored key string
 * and the key's characters, each a read that waits for the one before. Here each slot of an
 * open-addressing table holds a name's hash code beside where its characters lie in one shared
 * array, so that a lookup reads the slot and the characters, and the entry only when it asks for
 * the resource. A name with a character beyond Latin-1 is compared as a string instead.
 */
final class NameTable<V> extends AbstractMap<String, V> {

    /** What a text's length says of a name that is compared as a string ({@link #keys}). */
    private static final int WIDE = -1;
    /** The bytes before a name's characters in {@link #text}: its position, then its length. */
    private static final int HEADER = 8;

    private String[] keys;
    private Object[] values;
    private int size;
    /** A slot: 0 when empty, else the name's hash code (high half) and 1 + its text's offset. */
    private long[] slots;
    private int shift;
    /** Per name: its position (4 bytes), its length or {@link #WIDE} (4 bytes), its Latin-1 characters. */
    private byte[] text;
    private int textEnd;

    /** A table sized for {@code expected} names; it grows when more are added. */
    NameTable(int expected) {
        int capacity = Math.max(0, expected);
        this.keys = new String[capacity];
        this.values = new Object[capacity];
        // At most half full: a power of two, so that the slot is the top bits of the mixed hash.
        int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(Math.max(1, capacity)));
        this.slots = new long[1 << bits];
        this.shift = 32 - bits;
        this.text = new byte[Math.max(64, capacity * (HEADER + 12))];
    }

    /**
     * Adds {@code value} under {@code name} unless the name is held already (the first stands);
     * whether it was added.
     */
    boolean add(String name, V value) {
        int hash = name.hashCode();
        int slot = slot(hash);
        for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
            if ((int) (taken >>> 32) == hash && matches((int) taken - 1, name)) {
                return false;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        if (size == keys.length) {
            grow();
            slot = slot(hash);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
        }
        int at = textEnd;
        int length = name.length();
        boolean latin1 = true;
        for (int i = 0; i < length && latin1; i++) {
            latin1 = name.charAt(i) <= 0xFF;
        }
        int end = at + HEADER + (latin1 ? length : 0);
        if (end > text.length) {
            byte[] grown = new byte[Math.max(end, text.length * 2)];
            System.arraycopy(text, 0, grown, 0, textEnd);
            text = grown;
        }
        writeInt(at, size);
        writeInt(at + 4, latin1 ? length : WIDE);
        if (latin1) {
            for (int i = 0; i < length; i++) {
                text[at + HEADER + i] = (byte) name.charAt(i);
            }
        }
        textEnd = end;
        slots[slot] = (long) hash << 32 | (at + 1L);
        keys[size] = name;
        values[size] = value;
        size++;
        return true;
    }

    /**
     * Twice the room: the entries' arrays copied, the slots placed again from the hash codes they
     * hold (no name is read again), so that a table need not be sized by a pass over its resources.
     */
    private void grow() {
        int capacity = Math.max(4, keys.length * 2);
        keys = Arrays.copyOf(keys, capacity);
        values = Arrays.copyOf(values, capacity);
        int bits = Math.max(2, 33 - Integer.numberOfLeadingZeros(capacity));
        if (1 << bits > slots.length) {
            long[] old = slots;
            slots = new long[1 << bits];
            shift = 32 - bits;
            for (long taken : old) {
                if (taken != 0) {
                    int slot = slot((int) (taken >>> 32));
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & (slots.length - 1);
                    }
                    slots[slot] = taken;
                }
            }
        }
    }

    /** The position of {@code name} in the order of adding, or -1 when it is not held. */
    int position(String name) {
        int hash = name.hashCode();
        int slot = slot(hash);
        for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
            if ((int) (taken >>> 32) == hash) {
                int at = (int) taken - 1;
                if (matches(at, name)) {
                    return readInt(at);
                }
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    /**
     * For each name held here, in the order of adding, its position in {@code other}, or -1 when
     * {@code other} does not hold it: the two tables' copies of the names are compared, so that
     * no name string is read again (a Latin-1 name's hash code is that of its characters here).
     */
    int[] positionsIn(NameTable<?> other) {
        int[] positions = new int[size];
        int at = 0;
        for (int position = 0; position < size; position++) {
            // Entries lie in the order of adding, each after the one before.
            int length = readInt(at + 4);
            if (length == WIDE) {
                positions[position] = other.position(keys[position]);
                at += HEADER;
                continue;
            }
            int from = at + HEADER;
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + (text[from + i] & 0xFF);
            }
            positions[position] = other.positionOf(hash, text, from, length);
            at = from + length;
        }
        return positions;
    }

    /** The position of the Latin-1 name {@code chars[from, from + length)} with hash code {@code hash}, or -1. */
    private int positionOf(int hash, byte[] chars, int from, int length) {
        int slot = slot(hash);
        for (long taken = slots[slot]; taken != 0; taken = slots[slot]) {
            if ((int) (taken >>> 32) == hash) {
                int at = (int) taken - 1;
                if (readInt(at + 4) == length
                        && Arrays.equals(text, at + HEADER, at + HEADER + length, chars, from, from + length)) {
                    return readInt(at);
                }
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    /** Whether the name whose text starts at {@code at} is {@code name}. */
    private boolean matches(int at, String name) {
        int length = readInt(at + 4);
        if (length == WIDE) {
            return keys[readInt(at)].equals(name);
        }
        if (length != name.length()) {
            return false;
        }
        int from = at + HEADER;
        for (int i = 0; i < length; i++) {
            if (name.charAt(i) != (text[from + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void writeInt(int at, int value) {
        text[at] = (byte) (value >>> 24);
        text[at + 1] = (byte) (value >>> 16);
        text[at + 2] = (byte) (value >>> 8);
        text[at + 3] = (byte) value;
    }

    private int readInt(int at) {
        return (text[at] & 0xFF) << 24 | (text[at + 1] & 0xFF) << 16 | (text[at + 2] & 0xFF) << 8 | text[at + 3] & 0xFF;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && position(name) >= 0;
    }

    @Override
    public V get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        int position = position(name);
        return position < 0 ? null : value(position);
    }

    /** The name at {@code position} in the order of adding ({@link #position}). */
    String keyAt(int position) {
        return keys[position];
    }

    /** The value at {@code position} in the order of adding ({@link #position}). */
    V valueAt(int position) {
        return value(position);
    }

    @SuppressWarnings("unchecked")
    private V value(int position) {
        return (V) values[position];
    }

    /** The values in the order they were added. */
    @Override
    public List<V> values() {
        return new Values();
    }

    /** The names in the order they were added. */
    @Override
    public Set<String> keySet() {
        return new Keys();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new Entries();
    }

    /** {@link #values()}: a named class, as a lambda would link a call site at start. */
    private final class Values extends AbstractList<V> {
        @Override
        public V get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return value(index);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class Keys extends AbstractSet<String> {
        @Override
        public Iterator<String> iterator() {
            return new Positions<>() {
                @Override
                String at(int position) {
                    return keys[position];
                }
            };
        }

        @Override
        public boolean contains(Object key) {
            return containsKey(key);
        }

        @Override
        public int size() {
            return size;
        }
    }

    private final class Entries extends AbstractSet<Entry<String, V>> {
        @Override
        public Iterator<Entry<String, V>> iterator() {
            return new Positions<>() {
                @Override
                Entry<String, V> at(int position) {
                    return new SimpleImmutableEntry<>(keys[position], value(position));
                }
            };
        }

        @Override
        public boolean contains(Object entry) {
            if (!(entry instanceof Entry<?, ?> given) || !(given.getKey() instanceof String name)) {
                return false;
            }
            int position = position(name);
            return position >= 0 && Objects.equals(value(position), given.getValue());
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** Iterates the positions in the order of adding, giving what {@link #at} makes of each. */
    private abstract class Positions<T> implements Iterator<T> {
        private int next;

        abstract T at(int position);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
