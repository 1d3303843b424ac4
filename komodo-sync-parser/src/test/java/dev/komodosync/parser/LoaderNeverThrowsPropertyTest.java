package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: no input makes the loader throw; every diagnostic it gives instead points inside the
 * file; the same input gives the same result. Inputs are realistic sync files mutated at random
 * (characters that matter to TOML inserted, text deleted, lines duplicated or cut) and pure noise,
 * from fixed seeds. {@code -Dkomodo.propertyCases=N} (the {@code long-tests} profile) runs more.
 */
class LoaderNeverThrowsPropertyTest {

    private static final String ALPHABET = "[]{}\"'=.,#\n\\ \t:-_+0123456789abcdefghijklmnopqrstuvwxyz"
            + "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00e9\u2028\u00a0\ud83d\udc33\u0000";
    private static final List<String> CORPUS = corpus();
    private static final SyncLoader LOADER = SyncLoader.create();

    static Stream<Long> seeds() {
        long cases = Long.getLong("komodo.propertyCases", 300);
        return LongStream.rangeClosed(1, cases).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void loadingNeverThrowsAndLocatesEveryProblemInsideTheFile(long seed) {
        String input = generate(new Random(seed));
        LoadResult first = LOADER.loadString("fuzz.toml", input);
        LoadResult second = LOADER.loadString("fuzz.toml", input);
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(second.declaration()).isEqualTo(first.declaration());
        long lines = input.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic diagnostic : first.diagnostics()) {
            assertThat(diagnostic.message()).isNotBlank();
            diagnostic.location().ifPresent(location -> {
                assertThat(location.file()).isEqualTo("fuzz.toml");
                assertThat((long) location.line()).isBetween(1L, lines);
            });
        }
    }

    static String generate(Random random) {
        if (random.nextInt(10) == 0) {
            return noise(random, random.nextInt(400));
        }
        StringBuilder text = new StringBuilder(CORPUS.get(random.nextInt(CORPUS.size())));
        int mutations = 1 + random.nextInt(6);
        for (int i = 0; i < mutations; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.insert(at, noise(random, 1 + random.nextInt(8)));
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                case 2 -> {
                    int lineStart = text.lastIndexOf("\n", at) + 1;
                    int lineEnd = text.indexOf("\n", lineStart);
                    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
                    text.insert(lineStart, line + "\n");
                }
                case 3 -> text.setLength(at);
                default -> text.insert(at, List.of("\"\"\"", "'''", "[[", "]]", "= ", "\n[x.y]\n", "\\").get(random.nextInt(7)));
            }
        }
        return text.toString();
    }

    private static String noise(Random random, int length) {
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int index = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(index);
            if (Character.isHighSurrogate(c) && index + 1 < ALPHABET.length()) {
                noise.append(c).append(ALPHABET.charAt(index + 1));
            } else if (!Character.isLowSurrogate(c)) {
                noise.append(c);
            }
        }
        return noise.toString();
    }

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.resource("realistic"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            texts.add(Files.readString(Fixtures.resource("seed-example.toml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
