package dev.komodosync.diff.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The line scan of secret masking: its hand-written header test agrees with its pattern everywhere. */
class SecretLinesTest {

    /** Pieces lines are made of: brackets, spaces the pattern knows, line terminators, keys and quotes. */
    private static final String[] PIECES = {"[", "]", "[[", "]]", " ", "\t", "\u000B", "\f", "\r", "\n", "\u0085",
        "\u2028", "\u2029", "variable", "variables", "\"", "'", "=", "a", "x.y", "#", "é", "\r\n"};

    @Test
    void opensTableIsWhatTheHeaderPatternMatches() {
        for (long seed = 1; seed <= 20_000; seed++) {
            Random random = new Random(seed);
            StringBuilder line = new StringBuilder();
            int pieces = random.nextInt(9);
            for (int i = 0; i < pieces; i++) {
                line.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = line.toString();
            assertThat(SecretLines.opensTable(text)).as("seed %s: %s", seed, escaped(text))
                    .isEqualTo(byPattern(text));
        }
    }

    @Test
    void headersAndOtherLines() {
        assertThat(SecretLines.opensTable("[[deployment]]")).isTrue();
        assertThat(SecretLines.opensTable("  [deployment.config] # note")).isTrue();
        assertThat(SecretLines.opensTable("[ unclosed")).isFalse();
        assertThat(SecretLines.opensTable("key = [1, 2]")).isFalse();
        assertThat(SecretLines.opensTable("[a]\u2028tail")).isFalse();
        // matches() must consume the whole line, and .* stops at a line terminator.
        assertThat(SecretLines.opensTable("[a] tail\u2028")).isFalse();
        assertThat(SecretLines.opensTable("")).isFalse();
    }

    @Test
    void aSecretVariablesValueIsMaskedAndAPlainOneIsNot() {
        List<String> lines = List.of("[[variable]]", "name = \"token\"", "value = \"s3cr3t\"", "is_secret = true",
                "", "[[variable]]", "name = \"region\"", "value = \"eu\"");
        SecretLines masked = SecretLines.toml(lines, Set.of());
        int[] mapped = new int[1];
        assertThat(masked.line(2, 0, mapped)).doesNotContain("s3cr3t").contains("***");
        assertThat(masked.line(7, 0, mapped)).contains("eu");
    }

    /** How the scan decided before: the pattern, run on lines that start with {@code [} after spaces. */
    private static boolean byPattern(String line) {
        String start = line.replaceFirst("^[ \\t\\n\\x0B\\f\\r]*", "");
        return start.startsWith("[") && SecretLines.HEADER.matcher(line).matches();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
