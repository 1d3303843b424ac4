package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names come out in {@link String#compareTo} order, equal ones in their order, whatever they look like. */
class NameOrderTest {

    /** Characters the generated names are made of: near each other, and at the edges of the packing. */
    private static final char[] ALPHABET = {'\0', '\u0001', '-', '0', '1', '9', 'a', 'b', 'z', '\u00e9', '\u00ff',
            '\u0100', '\u4e16', '\uffff'};

    @Test
    void ordersAsAStableSortByCompareTo() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            int size = random.nextInt(seed % 10 == 0 ? 5_000 : 120);
            String[] names = names(random, size);
            assertThat(NameOrder.of(names)).as("seed %s", seed).containsExactly(expected(names));
        }
    }

    @Test
    void ordersManyNamesOfOneShape() {
        // The corpus's shape: a shared prefix and numbers, listed in sorted runs, each name twice.
        Random random = new Random(7);
        String[] names = new String[120_000];
        for (int i = 0; i < names.length; i++) {
            names[i] = String.format("svc-%05d", random.nextInt(60_000));
        }
        assertThat(NameOrder.of(names)).containsExactly(expected(names));
    }

    @Test
    void tellsApartNamesThatOnlyTrailingZeroCharactersTellApart() {
        String[] names = new String[40];
        for (int i = 0; i < names.length; i++) {
            // "x", "x\0", "x\0\0", …, shuffled by a fixed step: equal as far as any packing reads them.
            names[(i * 7) % names.length] = "x" + "\0".repeat(i);
        }
        assertThat(NameOrder.of(names)).containsExactly(expected(names));
        assertThat(NameOrder.of(new String[0])).isEmpty();
        assertThat(NameOrder.of(new String[] {"only"})).containsExactly(0);
    }

    @Test
    void ordersLongSharedPrefixesAndEmptyNames() {
        Random random = new Random(11);
        String prefix = "prod-europe-west-frontend-";
        String[] names = new String[3_000];
        for (int i = 0; i < names.length; i++) {
            int shape = random.nextInt(4);
            names[i] = switch (shape) {
                case 0 -> "";
                case 1 -> prefix + random.nextInt(100);
                case 2 -> prefix.substring(0, random.nextInt(prefix.length())) + random.nextInt(10);
                default -> prefix + "replica-" + "\u4e16".repeat(random.nextInt(3)) + random.nextInt(1_000);
            };
        }
        assertThat(NameOrder.of(names)).containsExactly(expected(names));
    }

    private static String[] names(Random random, int size) {
        List<String> made = new ArrayList<>();
        String shared = random.nextBoolean() ? "" : word(random, 1 + random.nextInt(12));
        for (int i = 0; i < size; i++) {
            if (!made.isEmpty() && random.nextInt(5) == 0) {
                // A name again, or one with a little added or taken away.
                String earlier = made.get(random.nextInt(made.size()));
                int change = random.nextInt(3);
                made.add(change == 0 ? earlier : change == 1 ? earlier + word(random, 1 + random.nextInt(3))
                        : earlier.substring(0, random.nextInt(earlier.length() + 1)));
            } else {
                made.add(shared + word(random, random.nextInt(14)));
            }
        }
        return made.toArray(new String[0]);
    }

    private static String word(Random random, int length) {
        StringBuilder word = new StringBuilder();
        boolean narrow = random.nextInt(3) > 0;
        for (int i = 0; i < length; i++) {
            char c = ALPHABET[random.nextInt(ALPHABET.length)];
            word.append(narrow && c > 0xFF ? 'q' : c);
        }
        return word.toString();
    }

    /** The positions a stable comparison sort gives. */
    private static int[] expected(String[] names) {
        Integer[] positions = new Integer[names.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Arrays.sort(positions, Comparator.comparing(i -> names[i]));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }
}
