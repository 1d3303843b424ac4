package dev.komodosync.diff.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Masking secret values in a line: the search that passes pieces over masks what a search of every piece masks. */
class SecretMaskTest {

    /** Characters lines and secrets are made of: the mask's own `*`, near-misses, wide and non-Latin-1 ones. */
    private static final String[] CHARACTERS = {"a", "b", "c", "*", "**", " ", "=", "\"", "é", "ÿ", "\u0100", "世", "😀"};

    @Test
    void masksWhatSearchingForEveryPieceMasks() {
        for (long seed = 1; seed <= 5_000; seed++) {
            Random random = new Random(seed);
            Set<String> values = new LinkedHashSet<>();
            int count = random.nextInt(6);
            for (int i = 0; i < count; i++) {
                values.add(text(random, 1 + random.nextInt(9)) + (random.nextInt(4) == 0 ? "\n" + text(random, 5) : ""));
            }
            SecretMask mask = SecretMask.of(values, Set.of());
            for (int i = 0; i < 20; i++) {
                String line = line(random, new ArrayList<>(values));
                assertThat(mask.maskValues(line)).as("seed %s, values %s, line %s", seed, values, line)
                        .isEqualTo(everyPiece(values, line));
            }
        }
    }

    @Test
    void masksAValueWhereverItIsAndLeavesTheRest() {
        SecretMask mask = SecretMask.of(Set.of("hunter22", "s3cr3t-token"), Set.of());
        assertThat(mask.maskValues("password = \"hunter22\"")).isEqualTo("password = \"***\"");
        assertThat(mask.maskValues("a=s3cr3t-token b=hunter22 c=hunter2")).isEqualTo("a=*** b=*** c=hunter2");
        assertThat(mask.maskValues("nothing secret here")).isEqualTo("nothing secret here");
        assertThat(mask.maskValues("")).isEmpty();
    }

    private static String line(Random random, List<String> values) {
        StringBuilder line = new StringBuilder(text(random, random.nextInt(6)));
        if (!values.isEmpty() && random.nextBoolean()) {
            String value = values.get(random.nextInt(values.size()));
            String[] pieces = value.split("\n");
            String piece = pieces[random.nextInt(pieces.length)];
            // the piece whole, or cut short: a near miss
            line.append(random.nextInt(3) == 0 ? piece.substring(0, random.nextInt(piece.length() + 1)) : piece);
        }
        return line.append(text(random, random.nextInt(6))).toString();
    }

    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        return text.toString();
    }

    /** The plain masking: every piece of at least four characters, longest value first, searched for. */
    private static String everyPiece(Set<String> values, String line) {
        List<String> ordered = new ArrayList<>(values);
        ordered.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : a.compareTo(b));
        String masked = line;
        for (String value : ordered) {
            for (String piece : value.split("\n")) {
                String stripped = piece.strip();
                if (stripped.length() >= 4 && masked.contains(stripped)) {
                    masked = masked.replace(stripped, "***");
                }
            }
        }
        return masked;
    }
}
