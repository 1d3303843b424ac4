package dev.komodosync.parser.internal.toml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.parser.internal.ParsedDocument;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TOML reader does work linear in the length of any one key, value or line — the issue's "a
 * 50 MB key must load in about the time a 50 MB value does" — counted, not timed: each shape is
 * read at 1, 2 and 4 MB through the {@link TomlWork} seam, which counts every character the
 * readers move over and every stretch they go over again (columns counted, keys hashed, values
 * copied, text handed to tomlj). Both paths are covered: valid files read by the one-pass reader,
 * and files with a syntax error, which tomlj reads (or, for a line too long for it, the one-pass
 * reader locates). Before the fixes, a one-line array in a file with one non-Latin-1 character,
 * a line of backslashes under Komodo's {@code """} rule and a file of many broken sections each
 * took work quadratic in their length.
 *
 * <p>tomlj's own time is linear but slow on such files (5 to 10 µs a character: seconds for a
 * megabyte), so the shapes it reads are counted at an eighth of the size: 128, 256 and 512 KB.
 */
class TomlReadingWorkTest {

    /** Steps per character a read may take, at most: the constant of "linear". */
    private static final long STEPS_PER_CHARACTER = 16;

    private static final int MEGABYTE = 1 << 20;

    /** A shape of file, made {@code size} characters long (about), and whether the one-pass reader gives it up. */
    private record Shape(String name, boolean fastGivesUp, IntFunction<String> text) {
        /** The sizes read: tomlj's shapes at an eighth. */
        int[] sizes() {
            int unit = tomlj() ? MEGABYTE / 8 : MEGABYTE;
            return new int[] {unit, 2 * unit, 4 * unit};
        }

        boolean tomlj() {
            return fastGivesUp && !name.contains("too long");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Shape> shapes() {
        return Stream.of(
                new Shape("basic string", false, n -> "a = \"" + "v".repeat(n) + "\"\n"),
                new Shape("basic string of escapes", false, n -> "a = \"" + "\\t".repeat(n / 2) + "\"\n"),
                new Shape("literal string", false, n -> "a = '" + "v".repeat(n) + "'\n"),
                new Shape("multi-line basic string", false, n -> "a = \"\"\"\n" + "v".repeat(n) + "\"\"\"\n"),
                new Shape("multi-line literal string", false, n -> "a = '''\n" + "v".repeat(n) + "'''\n"),
                new Shape("bare key", false, n -> "k".repeat(n) + " = 1\n"),
                new Shape("quoted key", false, n -> "\"" + "k".repeat(n) + "\" = 1\n"),
                new Shape("literal key", false, n -> "'" + "k".repeat(n) + "' = 1\n"),
                new Shape("dotted key", false, n -> "a." + "k".repeat(n) + ".b = 1\n"),
                new Shape("one-line array of integers", false, n -> "a = [" + repeatJoined("1", n / 3) + "]\n"),
                // a character beyond Latin-1 makes the JDK count columns by walking the line
                new Shape("one-line array, text beyond Latin-1", false,
                        n -> "# \u20ac\na = [" + repeatJoined("\"\u20ac\"", n / 5) + "]\n"),
                // after a """ in a comment, every backslash is doubled and moves the columns after it
                new Shape("one-line array of backslashes after \"\"\"", false,
                        n -> "# \"\"\"\na = [" + repeatJoined("'\\'", n / 5) + "]\n"),
                new Shape("one-line inline table", false, n -> "a = {" + keys(n / 8) + "}\n"),
                new Shape("huge integer on a line too long for tomlj, broken", true, n -> "a = 1" + "0".repeat(n) + "\n"),
                new Shape("line too long for tomlj, broken", true, n -> "a = \"" + "v".repeat(n) + "\n"),
                new Shape("multi-line string over short lines, then an error", true,
                        n -> "a = \"\"\"\n" + "v".repeat(60).concat("\n").repeat(n / 61) + "\"\"\"\nb = = 1\n"),
                new Shape("array over short lines, then an error", true,
                        n -> "a = [\n" + "  1,\n".repeat(n / 5) + "]\nb = = 1\n"),
                new Shape("many sections, each broken", true,
                        n -> "[s]\nx = \n".repeat(n / 10)),
                new Shape("many sections of 1 KB, each broken", true,
                        n -> ("[s]\n" + "x = 1\n".repeat(170) + "y = \n").repeat(n / 1_030)),
                // a table header of many blanks took a regular expression cubic time
                new Shape("a header of blanks, then an error", true,
                        n -> "[" + " ".repeat(Math.min(n, 200_000)) + "\nb = = 1\n" + "c = 1\n".repeat(Math.max(0, n - 200_000) / 6)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void workIsLinearInTheLengthOfOneKeyValueOrLine(Shape shape) {
        long[] work = new long[3];
        int[] sizes = shape.sizes();
        for (int i = 0; i < sizes.length; i++) {
            String text = shape.text().apply(sizes[i]);
            assertThat(FastTomlReader.reasonForTomlj(text).isPresent())
                    .as("whether the one-pass reader gives %s up", shape).isEqualTo(shape.fastGivesUp());
            TomlWork counted = new TomlWork();
            ParsedDocument document = new FastTomlReader().read("work.toml", text, counted);
            assertThat(document.syntaxErrors().isEmpty()).as("%s is valid", shape).isEqualTo(!shape.name().contains("broken")
                    && !shape.name().contains("error"));
            work[i] = counted.steps();
            assertThat(work[i]).as("steps for %s of %d characters", shape, text.length())
                    .isLessThanOrEqualTo(STEPS_PER_CHARACTER * text.length());
        }
        // twice the length, about twice the work: never four times
        assertThat((double) work[1] / work[0]).as("2 MB / 1 MB, %s", shape).isBetween(1.5, 2.5);
        assertThat((double) work[2] / work[1]).as("4 MB / 2 MB, %s", shape).isBetween(1.5, 2.5);
    }

    private static String repeatJoined(String element, int count) {
        StringBuilder text = new StringBuilder(count * (element.length() + 1));
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ",").append(element);
        }
        return text.toString();
    }

    private static String keys(int count) {
        StringBuilder text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ",").append('k').append(i).append("=1");
        }
        return text.toString();
    }
}
