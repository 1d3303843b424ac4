package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The name table finds, keeps and orders exactly what an insertion-ordered map of strings does. */
class NameTableTest {

    @Test
    void behavesAsALinkedHashMapWithPutIfAbsent() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int size = random.nextInt(seed % 10 == 0 ? 30_000 : 300);
            // Sized for all, for a few, or for none of them: a table that grows holds the same.
            NameTable<Integer> table = new NameTable<>(switch ((int) (seed % 3)) {
                case 0 -> size;
                case 1 -> random.nextInt(16);
                default -> 0;
            });
            Map<String, Integer> expected = new LinkedHashMap<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String name = name(random, names);
                names.add(name);
                assertThat(table.add(name, i)).as("seed %s, name %s", seed, name)
                        .isEqualTo(expected.putIfAbsent(name, i) == null);
            }
            assertThat(table).as("seed %s", seed).isEqualTo(expected).hasSameHashCodeAs(expected);
            assertThat(table.size()).isEqualTo(expected.size());
            assertThat(new ArrayList<>(table.keySet())).as("seed %s", seed).isEqualTo(new ArrayList<>(expected.keySet()));
            assertThat(table.values()).as("seed %s", seed).isEqualTo(new ArrayList<>(expected.values()));
            assertThat(new ArrayList<>(table.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
            for (int i = 0; i < 400; i++) {
                String probe = name(random, names);
                assertThat(table.get(probe)).as("seed %s, probe %s", seed, probe).isEqualTo(expected.get(probe));
                assertThat(table.containsKey(probe)).isEqualTo(expected.containsKey(probe));
                assertThat(table.keySet().contains(probe)).isEqualTo(expected.containsKey(probe));
            }
        }
    }

    @Test
    void positionsInAnotherTableAreThoseItsLookupsGive() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<String> names = new ArrayList<>();
            NameTable<Integer> declared = new NameTable<>(random.nextInt(20));
            NameTable<Integer> existing = new NameTable<>(random.nextInt(20));
            int size = random.nextInt(seed % 10 == 0 ? 5_000 : 200);
            for (int i = 0; i < size; i++) {
                String name = name(random, names);
                names.add(name);
                // Some names in both tables, some in one only.
                switch (random.nextInt(3)) {
                    case 0 -> declared.add(name, i);
                    case 1 -> existing.add(name, i);
                    default -> {
                        declared.add(name, i);
                        existing.add(name, i);
                    }
                }
            }
            int[] positions = declared.positionsIn(existing);
            List<String> keys = new ArrayList<>(declared.keySet());
            assertThat(positions).as("seed %s", seed).hasSize(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                assertThat(positions[i]).as("seed %s, name %s", seed, keys.get(i)).isEqualTo(existing.position(keys.get(i)));
            }
        }
    }

    @Test
    void namesThatShareAHashCodeOrDifferOnlyBeyondLatin1AreApart() {
        NameTable<String> table = new NameTable<>(8);
        // "Aa" and "BB" have the same hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB".
        assertThat(table.add("AaAa", "1")).isTrue();
        assertThat(table.add("BBBB", "2")).isTrue();
        assertThat(table.add("AaBB", "3")).isTrue();
        assertThat(table.get("BBAa")).isNull();
        assertThat(table.get("BBBB")).isEqualTo("2");
        // A wide character whose low byte is that of a Latin-1 one.
        assertThat(table.add("caf\u00e9", "4")).isTrue();
        assertThat(table.get("caf\u01e9")).isNull();
        assertThat(table.add("caf\u01e9", "5")).isTrue();
        assertThat(table.get("caf\u01e9")).isEqualTo("5");
        assertThat(table.get("caf\u00e9")).isEqualTo("4");
        assertThat(table.add("", "6")).isTrue();
        assertThat(table.get("")).isEqualTo("6");
        assertThat(table.get(null)).isNull();
        assertThat(table.containsKey(42)).isFalse();
        assertThat(table.keySet()).containsExactly("AaAa", "BBBB", "AaBB", "caf\u00e9", "caf\u01e9", "");
    }

    @Test
    void isReadOnlyAndGrowsPastWhatItWasSizedFor() {
        NameTable<String> table = new NameTable<>(1);
        assertThat(table.add("a", "1")).isTrue();
        assertThat(table.add("a", "2")).isFalse();
        assertThatThrownBy(() -> table.put("b", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.values().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(table).containsExactly(Map.entry("a", "1"));
        for (int i = 0; i < 100; i++) {
            assertThat(table.add("b" + i, "v" + i)).isTrue();
        }
        assertThat(table.add("a", "again")).isFalse();
        assertThat(table).hasSize(101).containsEntry("a", "1").containsEntry("b99", "v99");
        assertThat(table.keySet()).startsWith("a", "b0", "b1").endsWith("b98", "b99");
    }

    /** A name: often one already given, else corpus-like, sometimes with wide or Latin-1 characters. */
    private static String name(Random random, List<String> given) {
        if (!given.isEmpty() && random.nextInt(3) == 0) {
            return given.get(random.nextInt(given.size()));
        }
        return switch (random.nextInt(6)) {
            case 0 -> "svc-" + random.nextInt(100_000);
            case 1 -> "app-" + String.format("%05d", random.nextInt(100_000));
            case 2 -> random.nextBoolean() ? "Aa" + random.nextInt(50) : "BB" + random.nextInt(50);
            case 3 -> "n\u00e4me-" + random.nextInt(1000);
            case 4 -> "\u540d\u524d-" + random.nextInt(1000);
            default -> {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(5); i > 0; i--) {
                    text.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x3000) : 'a' + random.nextInt(3)));
                }
                yield text.toString();
            }
        };
    }
}
