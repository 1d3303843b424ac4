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

    /** What TOML-like texts are made of: every delimiter, header and key the scan looks for, and line endings. */
    private static final String[] TEXT_PIECES = {"\"\"\"", "'''", "[", "]", "[[variable]]", "[[variables]]",
        "[deployment.config]", "  [ x ]", "is_secret = true", "is_secret = false", "value", "password", "name",
        " = ", "=", "\"", "'", "x", ".", " ", "\t", "\f", "\u000B", "#", "é", "\u2028", "\n", "\n", "\r\n", "\r"};
    private static final Set<String> SECRET_KEYS = Set.of("password", "token");

    @Test
    void scansTextAsTheLineByLineScanDid() {
        for (long seed = 1; seed <= 10_000; seed++) {
            Random random = new Random(seed);
            StringBuilder written = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                written.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
            }
            String text = written.toString();
            List<String> lines = text.lines().toList();
            byte[] expected = LineByLine.scan(lines, SECRET_KEYS);
            SecretLines fromText = SecretLines.toml(text, SECRET_KEYS);
            SecretLines fromLines = SecretLines.toml(lines, SECRET_KEYS);
            assertThat(fromText.size()).as("seed %s: %s", seed, escaped(text)).isEqualTo(lines.size());
            assertThat(fromLines.size()).isEqualTo(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertThat(fromText.lineAt(i)).isEqualTo(lines.get(i));
                assertThat(fromLines.lineAt(i)).isEqualTo(lines.get(i));
                assertThat(fromText.kind(i)).as("seed %s, line %s of %s", seed, i, escaped(text)).isEqualTo(expected[i]);
                assertThat(fromLines.kind(i)).as("seed %s, line %s of %s", seed, i, escaped(text)).isEqualTo(expected[i]);
            }
        }
    }

    @Test
    void aMultiLineSecretIsMaskedToItsClosingDelimiter() {
        String text = "[stack.config]\nenvironment = \"\"\"\nA=1\n\"\"\"\npassword = '''\nhunter2\nstill\n'''\nfile_contents = 'x'\n";
        SecretLines masked = SecretLines.toml(text, SECRET_KEYS);
        assertThat(masked.size()).isEqualTo(9);
        assertThat(masked.kind(2)).as("inside a plain multi-line string").isEqualTo((byte) 3);
        assertThat(masked.kind(5)).as("inside a secret one").isEqualTo((byte) 2);
        assertThat(masked.kind(7)).as("its closing line").isEqualTo((byte) 2);
        assertThat(masked.kind(8)).isEqualTo((byte) 0);
        int[] mapped = new int[1];
        assertThat(masked.line(5, 0, mapped)).isEqualTo("***");
        assertThat(masked.line(8, 0, mapped)).isEqualTo("file_contents = 'x'");
    }

    /** The scan as it was first written, a line at a time over {@link String#lines()}: what the text scan must agree with. */
    private static final class LineByLine {
        private static final Set<String> VARIABLE_PUBLIC_KEYS = Set.of("name", "description", "is_secret");
        private static final java.util.regex.Pattern VARIABLE_HEADER =
                java.util.regex.Pattern.compile("^\\s*\\[\\[?\\s*[\"']?variables?[\"']?\\s*]]?.*$");
        private static final java.util.regex.Pattern NOT_SECRET = java.util.regex.Pattern.compile("is_secret\\s*=\\s*false\\b");

        static byte[] scan(List<String> lines, Set<String> secretKeys) {
            byte[] state = new byte[lines.size()];
            String open = null;
            boolean openSecret = false;
            int blockStart = -1;
            boolean variableBlock = false;
            boolean blockSecret = false;
            for (int i = 0; i <= lines.size(); i++) {
                String line = i < lines.size() ? lines.get(i) : "[end]";
                if (open != null && i < lines.size()) {
                    state[i] = (byte) (openSecret ? 2 : 3);
                    if (line.contains(open)) {
                        open = null;
                    }
                    continue;
                }
                if (SecretLines.opensTable(line) && line.indexOf('=') < 0) {
                    if (variableBlock && blockSecret) {
                        for (int j = blockStart; j < i; j++) {
                            if (state[j] == 0) {
                                state[j] = 1;
                            }
                        }
                    }
                    variableBlock = line.contains("variable") && VARIABLE_HEADER.matcher(line).matches();
                    blockSecret = false;
                    blockStart = i + 1;
                    continue;
                }
                if (variableBlock && line.contains("is_secret") && !NOT_SECRET.matcher(line).find()) {
                    blockSecret = true;
                }
                String delimiter = null;
                for (String candidate : new String[] {"\"\"\"", "'''"}) {
                    int count = 0;
                    for (int at = line.indexOf(candidate); at >= 0; at = line.indexOf(candidate, at + 3)) {
                        count++;
                    }
                    if (count % 2 == 1) {
                        delimiter = candidate;
                        break;
                    }
                }
                if (delimiter != null) {
                    open = delimiter;
                    int equals = line.indexOf('=');
                    String key = "";
                    if (equals >= 0) {
                        key = line.substring(0, equals).strip();
                        key = key.substring(key.lastIndexOf('.') + 1).strip().replace("\"", "").replace("'", "");
                    }
                    openSecret = secretKeys.contains(key) || variableBlock && !VARIABLE_PUBLIC_KEYS.contains(key);
                }
            }
            return state;
        }
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
