package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table finds exactly what a map of strings finds, whatever the ids look like. */
class IdNamesTest {

    @Test
    void findsWhatAMapOfStringsFinds() {
        for (long seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            int size = random.nextInt(seed % 5 == 0 ? 20_000 : 200);
            // Sized for all of them or for few: a table that grows finds the same.
            IdNames table = new IdNames(seed % 2 == 0 ? size : random.nextInt(16));
            Map<String, String> expected = new HashMap<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = id(random, ids);
                ids.add(id);
                String name = "r-" + i;
                boolean added = table.putIfAbsent(id, name);
                assertThat(added).as("seed %s, id %s", seed, id).isEqualTo(expected.putIfAbsent(id, name) == null);
            }
            for (String id : ids) {
                assertThat(table.get(id)).as("seed %s, id %s", seed, id).isEqualTo(expected.get(id));
            }
            for (int i = 0; i < 300; i++) {
                String probe = id(random, ids);
                assertThat(table.get(probe)).as("seed %s, probe %s", seed, probe).isEqualTo(expected.get(probe));
            }
        }
    }

    @Test
    void anObjectIdIsMatchedOnlyAsWritten() {
        IdNames table = new IdNames(3);
        assertThat(table.putIfAbsent("0123456789abcdef01234567", "api")).isTrue();
        assertThat(table.putIfAbsent("0123456789abcdef01234567", "other")).isFalse();
        assertThat(table.get("0123456789abcdef01234567")).isEqualTo("api");
        assertThat(table.get("0123456789ABCDEF01234567")).isNull();
        assertThat(table.get("0123456789abcdef0123456")).isNull();
        assertThat(table.get("0123456789abcdef012345670")).isNull();
        assertThat(table.get("")).isNull();
        // The top bit of the first 16 digits set, and every digit the largest.
        assertThat(table.putIfAbsent("ffffffffffffffffffffffff", "top")).isTrue();
        assertThat(table.get("ffffffffffffffffffffffff")).isEqualTo("top");
        assertThat(table.get("fffffffffffffffffffffffe")).isNull();
        assertThat(table.putIfAbsent("not-an-object-id", "plain")).isTrue();
        assertThat(table.get("not-an-object-id")).isEqualTo("plain");
        assertThat(table.putIfAbsent("000000000000000000000000", "zero")).isTrue();
        assertThat(table.get("000000000000000000000000")).isEqualTo("zero");
    }

    @Test
    void aNameIsComparedWithTheOneAnIdStandsForAsTheNameStringWouldBe() {
        String[] shapes = {"svc-", "n\u00e4me-", "\u540d-", "line\r\n", "", "Aa", "BB"};
        for (long seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            int size = random.nextInt(seed % 8 == 0 ? 20_000 : 300);
            IdNames table = new IdNames(seed % 3 == 0 ? 0 : size);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = id(random, ids);
                ids.add(id);
                table.putIfAbsent(id, shapes[random.nextInt(shapes.length)] + random.nextInt(size + 1));
            }
            for (int i = 0; i < 600; i++) {
                String id = random.nextInt(4) == 0 ? id(random, ids) : ids.isEmpty() ? "" : ids.get(random.nextInt(ids.size()));
                String held = table.get(id);
                String name = held != null && random.nextBoolean() ? held
                        : shapes[random.nextInt(shapes.length)] + random.nextInt(size + 1);
                // A plain name (no carriage return) is the same with its line endings made \n.
                boolean same = held != null && held.equals(name);
                boolean plain = held != null && id.matches("[0-9a-f]{24}") && held.indexOf('\r') < 0
                        && held.chars().allMatch(c -> c <= 0xFF);
                // Never a match that is not one; every match of a plain name of an ObjectId found.
                assertThat(table.nameIs(id, name)).as("seed %s, id %s, held %s, name %s", seed, id, held, name)
                        .isEqualTo(same && plain);
            }
        }
    }

    /** An ObjectId, a near miss of one (other case, length or digit), a repeat, or anything. */
    private static String id(Random random, List<String> earlier) {
        int shape = random.nextInt(10);
        if (shape == 0 && !earlier.isEmpty()) {
            return earlier.get(random.nextInt(earlier.size()));
        }
        if (shape == 1 && !earlier.isEmpty()) {
            return earlier.get(random.nextInt(earlier.size())).toUpperCase(Locale.ROOT);
        }
        if (shape == 2) {
            return "x" + random.nextInt(1_000);
        }
        StringBuilder id = new StringBuilder();
        // Mostly zeros and a counter, as generated worlds write them, or random digits.
        boolean counter = random.nextBoolean();
        int length = shape == 3 ? 23 + random.nextInt(3) : 24;
        for (int i = 0; i < length; i++) {
            int digit = counter && i < 16 ? 0 : random.nextInt(counter ? 3 : 16);
            id.append(shape == 4 && i == 5 ? 'g' : Character.forDigit(digit, 16));
        }
        return id.toString();
    }
}
