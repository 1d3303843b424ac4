package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: no input makes the snapshot reader throw; every diagnostic it gives instead points
 * inside the input; the same input gives the same result. Inputs are the realistic snapshot
 * mutated at random (characters that matter to JSON inserted, text deleted or cut, values
 * swapped for values of another type) and pure noise, from fixed seeds.
 * {@code -Dkomodo.propertyCases=N} (the {@code long-tests} profile) runs more.
 */
class SnapshotReaderNeverThrowsPropertyTest {

    private static final String ALPHABET = "[]{}\",:\n\r\\ \t-.0123456789eE+truefalsnbcdxyz$_"
            + "\u00e9\u2028\u00a0\ud83d\udc33\u0000";
    private static final List<String> VALUES = List.of("null", "1", "-2.5e3", "true", "\"x\"", "[]", "{}", "[null, 1]",
            "{\"$oid\": 5}", "\"1.2\"", "99999999999999999999999");
    private static final String FIXTURE = SnapshotFixtures.text("snapshots/realistic.json");

    static Stream<Long> seeds() {
        long cases = Long.getLong("komodo.propertyCases", 300);
        return LongStream.rangeClosed(1, cases).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void readingNeverThrowsAndLocatesEveryProblemInsideTheInput(long seed) {
        String input = generate(new Random(seed));
        SnapshotResult first = SnapshotFixtures.read(input);
        SnapshotResult second = SnapshotFixtures.read(input);
        assertThat(second).isEqualTo(first);
        long lines = input.lines().count() + 1;
        for (Diagnostic diagnostic : first.diagnostics()) {
            assertThat(diagnostic.message()).isNotBlank();
            assertThat(diagnostic.isError()).isTrue();
            diagnostic.location().ifPresent(location -> {
                assertThat(location.file()).isEqualTo("state.json");
                assertThat((long) location.line()).isBetween(1L, lines);
            });
        }
    }

    static String generate(Random random) {
        if (random.nextInt(10) == 0) {
            return noise(random, random.nextInt(300));
        }
        return mutate(FIXTURE, random);
    }

    /** {@code json} mutated at a few places at random. */
    static String mutate(String json, Random random) {
        StringBuilder text = new StringBuilder(json);
        int mutations = 1 + random.nextInt(5);
        for (int i = 0; i < mutations; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.insert(at, noise(random, 1 + random.nextInt(6)));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 2 -> text.setLength(at);
                default -> {
                    // A value of another type after some key: valid JSON, wrong types.
                    int colon = text.indexOf(": ", at);
                    if (colon >= 0) {
                        int end = colon + 2;
                        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
                            end++;
                        }
                        text.replace(colon + 2, end, VALUES.get(random.nextInt(VALUES.size())));
                    }
                }
            }
        }
        return text.toString();
    }

    private static String noise(Random random, int length) {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < length; i++) {
            noise.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return noise.toString();
    }
}
