package dev.komodosync.parser.internal.toml;

/**
 * One string per distinct bare key of a file: a file says {@code name}, {@code config} and
 * {@code server_id} once per resource, and each string made is kept, hashed and compared.
 * Open addressing over the key's characters, so that a key already met makes no string.
 */
final class TomlKeyCache {
    private final TomlWork work;
    private String[] table = new String[128];
    private int size;

    TomlKeyCache(TomlWork work) {
        this.work = work;
    }

    /** The key {@code chars[from, to)}: hashed, and compared with a key of the same hash (counted as two passes). */
    String get(char[] chars, int from, int to) {
        work.add(2L * (to - from));
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String key = new String(chars, from, to - from);
                table[slot] = key;
                if (++size * 2 > table.length) {
                    grow();
                }
                return key;
            }
            if (known.hashCode() == hash && same(known, chars, from, to)) {
                return known;
            }
        }
    }

    private static boolean same(String known, char[] chars, int from, int to) {
        if (known.length() != to - from) {
            return false;
        }
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        work.add(old.length);
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String key : old) {
            if (key != null) {
                int slot = spread(key.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = key;
            }
        }
    }
}
