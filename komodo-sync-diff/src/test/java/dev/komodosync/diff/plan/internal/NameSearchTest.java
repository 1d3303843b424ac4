package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The names come out sorted, and the search finds where a text falls among them exactly as a
 * binary search of the strings does.
 */
class NameSearchTest {

    @Test
    void sortsAndFindsWhatABinarySearchOfTheStringsFinds() {
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(seed);
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            String stem = stem(random);
            boolean wide = seed % 7 == 0;
            for (int i = random.nextInt(seed % 20 == 0 ? 20_000 : 60); i > 0; i--) {
                distinct.add(text(random, stem, wide));
            }
            List<String> expected = new ArrayList<>(distinct);
            Collections.sort(expected);
            NameSearch search = NameSearch.of(distinct.toArray(new String[0]));
            assertThat(search.names()).as("seed %s", seed).isEqualTo(expected);
            for (int i = 0; i < 300; i++) {
                String text = random.nextInt(4) == 0 && !expected.isEmpty()
                        ? prefixOf(random, expected.get(random.nextInt(expected.size())))
                        : text(random, random.nextBoolean() ? stem : stem(random), random.nextInt(10) == 0);
                int at = Collections.binarySearch(expected, text);
                assertThat(search.firstAtOrAfter(text)).as("seed %s, text %s among %s", seed, text, expected.size())
                        .isEqualTo(at >= 0 ? at : -at - 1);
            }
        }
    }

    /** A stem many names share: nothing, a few letters, a long run, or Latin-1's last character. */
    private static String stem(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "svc-";
            case 2 -> "proxy" + random.nextInt(3) + "-gateway-";
            default -> "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff";
        };
    }

    /** A name or text: the stem (or part of it), then digits, letters, NUL, Latin-1's last or a wide character. */
    private static String text(Random random, String stem, boolean wide) {
        StringBuilder text = new StringBuilder(random.nextInt(8) == 0 ? stem.substring(0, random.nextInt(stem.length() + 1)) : stem);
        for (int i = random.nextInt(12); i > 0; i--) {
            int shape = random.nextInt(20);
            text.append(shape == 0 ? '\u0000' : shape == 1 ? '\u00ff' : shape == 2 && wide ? '\u4e00'
                    : shape < 10 ? (char) ('0' + random.nextInt(3)) : (char) ('a' + random.nextInt(3)));
        }
        return text.toString();
    }

    private static String prefixOf(Random random, String name) {
        String prefix = name.substring(0, random.nextInt(name.length() + 1));
        return random.nextInt(3) == 0 ? prefix + (char) ('0' + random.nextInt(3)) : prefix;
    }
}
