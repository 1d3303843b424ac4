package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics are bounded and cannot hijack a terminal: one wrong element per entry of a huge
 * one-line array gives 50 diagnostics and one "… and N more" line, each echo cut to a window
 * around its caret; control characters in names and lines show as escapes.
 */
class DiagnosticOutputTest {

    @TempDir
    Path dir;

    @Test
    void aHugeOneLineArrayGivesBoundedOutput() throws IOException {
        String links = IntStream.range(0, 16_000).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        Path file = Files.writeString(dir.resolve("links.toml"), "[[server]]\nname = \"s\"\nconfig.links = [" + links + "]\n");
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().filter(line -> line.contains("error:"))).hasSize(50);
        assertThat(result.err()).contains(file + ": … and 15950 more [KS202] not shown");
        assertThat(result.err().length()).as("bytes of stderr").isLessThan(50 * 600 + 2_000);
        assertThat(result.err().lines().filter(line -> line.startsWith(" 3 | ")))
                .allSatisfy(line -> assertThat(line).endsWith("(line of " + ("config.links = [" + links + "]").length()
                        + " characters)"));
        assertThat(result.out() + result.err()).contains("16000 errors");
    }

    @Test
    void theCaretStaysUnderItsColumnInACutLine() throws IOException {
        String line = "config.links = [" + "\"a\", ".repeat(5_000) + "42, \"b\"]";
        Path file = Files.writeString(dir.resolve("far.toml"), "[[server]]\nname = \"s\"\n" + line + "\n");
        Cli result = Cli.run("validate", file.toString());
        String[] err = result.err().split("\n");
        int echo = java.util.Arrays.asList(err).indexOf(java.util.Arrays.stream(err).filter(l -> l.startsWith(" 3 | "))
                .findFirst().orElseThrow());
        String shown = err[echo].substring(5);
        int caret = err[echo + 1].indexOf('^') - 5;
        assertThat(shown.codePointCount(0, shown.length())).isLessThan(dev.komodosync.diff.render.DiagnosticPrinter.DEFAULT_WIDTH + 40);
        assertThat(shown.substring(caret)).startsWith("42, \"b\"]");
        assertThat(shown).startsWith("…");
    }

    @Test
    void controlCharactersAreShownAsEscapes() throws IOException {
        Path file = Files.writeString(dir.resolve("esc.toml"), "[[stack]]\nname = \"x\u001b[2Jy\"\nconfig.bogus = \"\u001b]0;pwned\u0007\"\n");
        Cli result = Cli.run("validate", file.toString());
        assertThat(result.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b[2J");
    }

    @Test
    void limitsAreFlagsAndABadLimitIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.toml"), "[[server]]\nname = \"s\"\nconfig.links = [\"a\", \"b\", \"c\"]\n");
        Cli limited = Cli.run("validate", file.toString(), "--max-array-length", "2");
        assertThat(limited.exitCode()).isEqualTo(1);
        assertThat(limited.err()).contains("[KS110]").contains("an array of more than 2 elements")
                .contains("--max-array-length (LoadOptions.maxArrayLength)");
        Cli bad = Cli.run("validate", file.toString(), "--max-depth", "0");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).isEqualTo("komodo-sync: maxDepth must be positive: 0\n");
    }
}
