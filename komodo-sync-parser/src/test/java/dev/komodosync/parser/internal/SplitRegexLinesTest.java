package dev.komodosync.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pattern list left once the regexes Komodo splits apart are dropped, line by line. */
class SplitRegexLinesTest {

    /** What pattern lists are made of: names, regexes with and without a comma or " #", line endings of every kind. */
    private static final String[] PIECES = {"app", "-*", "\\^a.*\\", "\\a,b\\", "\\x #y\\", ",", " #", " ", "\\",
        "\n", "\r", "\r\n", "\n\n", "\t"};

    @Test
    void keepsTheLinesAStreamOfStringLinesWouldKeepOnSeededLists() {
        for (long seed = 1; seed <= 5_000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String list = text.toString();
            assertThat(DeclarationChecks.withoutSplitRegexes(list)).as("seed %s: %s", seed, list).isEqualTo(byStream(list));
        }
    }

    @Test
    void dropsTheRegexesKomodoSplitsAndKeepsTheRest() {
        assertThat(DeclarationChecks.withoutSplitRegexes("app-*\n \\a,b\\ \r\n\\^ok$\\\r\\x #y\\\n"))
                .isEqualTo("app-*\n\\^ok$\\");
        assertThat(DeclarationChecks.withoutSplitRegexes("")).isEmpty();
        assertThat(DeclarationChecks.withoutSplitRegexes("\n")).isEmpty();
        assertThat(DeclarationChecks.withoutSplitRegexes("a\r\n\r\nb")).isEqualTo("a\n\nb");
    }

    /** The implementation before the loop: String.lines(), filtered. */
    private static String byStream(String text) {
        return String.join("\n", text.lines().filter(line -> {
            String trimmed = RustText.trim(line);
            boolean regex = trimmed.length() >= 2 && trimmed.startsWith("\\") && trimmed.endsWith("\\");
            return !(regex && (trimmed.contains(",") || trimmed.contains(" #")));
        }).toList());
    }
}
