package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs at full size, each through the command line in a process of its own
 * with a stated heap ({@value #HEAP}): a bounded outcome every time — a located diagnostic, a
 * bounded standard error, no OutOfMemoryError, an end within {@value #TIMEOUT_SECONDS} s. Each
 * prints its figures (time, bytes of output) to the test's output. Tagged {@code long}: run only
 * with {@code mvn -B verify -Plong-tests}; the inputs are generated into a temporary folder,
 * streamed, and deleted after.
 */
@Tag("long")
class FullSizeInputTest {

    private static final String HEAP = "-Xmx1g";
    private static final long TIMEOUT_SECONDS = 600;
    private static final int MEGABYTE = 1 << 20;
    /** Standard error of any of these runs is at most this long (50 diagnostics with their echoes, and a summary). */
    private static final long STDERR_BOUND = 64 * 1024;
    /** Flags letting a 50 MB file, string and key be read: the reader itself is then what is tested. */
    private static final List<String> ROOMY = List.of("--max-file-bytes", Integer.toString(64 * MEGABYTE),
            "--max-string-length", Integer.toString(64 * MEGABYTE));

    @TempDir
    Path dir;

    /** One run of the command line: its exit code, time, and what it wrote. */
    private record Run(int exitCode, long millis, String err, long errBytes, long outBytes) {}

    private Run run(String name, List<String> arguments) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(arguments);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + ": no end within " + TIMEOUT_SECONDS + " s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long errBytes = Files.size(err);
        long outBytes = Files.size(out);
        String errText = new String(readAtMost(err, STDERR_BOUND * 2), StandardCharsets.UTF_8);
        Files.delete(out);
        Files.delete(err);
        System.out.printf("FIGURE %-40s exit %d, %6d ms, stderr %7d bytes, stdout %7d bytes%n", name,
                process.exitValue(), millis, errBytes, outBytes);
        assertThat(errText).as(name).doesNotContain("OutOfMemoryError").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(errBytes).as("bytes of stderr, " + name).isLessThan(STDERR_BOUND);
        return new Run(process.exitValue(), millis, errText, errBytes, outBytes);
    }

    private static byte[] readAtMost(Path file, long bytes) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes((int) bytes);
        }
    }

    /** {@code validate file} with the {@link #ROOMY} flags. */
    private static List<String> validateRoomy(Path file) {
        List<String> all = new ArrayList<>(List.of("validate"));
        all.addAll(ROOMY);
        all.add(file.toString());
        return all;
    }

    /** A sync file: a server whose third line is {@code prefix}, {@code length} times {@code filler}, then {@code suffix}. */
    private Path syncFile(String name, String prefix, char filler, int length, String suffix) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("[[server]]\nname = \"s\"\n" + prefix);
            char[] chunk = new char[64 * 1024];
            java.util.Arrays.fill(chunk, filler);
            for (int left = length; left > 0; left -= chunk.length) {
                writer.write(chunk, 0, Math.min(left, chunk.length));
            }
            writer.write(suffix);
        }
        return file;
    }

    @Test
    void aFiftyMegabyteUnterminatedStringIsOneLocatedError() throws Exception {
        Path file = syncFile("unterminated.toml", "config.region = \"", 'k', 50 * MEGABYTE, "\n");
        Run refused = run("50 MB unterminated string, defaults", List.of("validate", file.toString()));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("larger than 16777216; not read").contains("[KS110]");
        Run read = run("50 MB unterminated string, read", validateRoomy(file));
        assertThat(read.exitCode()).isEqualTo(1);
        assertThat(read.err()).contains(file + ":3:").contains("[KS103]").contains("checked no further");
        Files.delete(file);
    }

    @Test
    void aFiftyMegabyteBareKeyLoadsAboutAsFastAsAFiftyMegabyteValue() throws Exception {
        Path key = syncFile("bare-key.toml", "config.", 'k', 50 * MEGABYTE, " = 1\n");
        Run limited = run("50 MB bare key, defaults but file size", List.of("validate", "--max-file-bytes",
                Integer.toString(64 * MEGABYTE), key.toString()));
        assertThat(limited.exitCode()).isEqualTo(1);
        assertThat(limited.err()).contains(key + ":3:8").contains("a key of 52428800 characters").contains("[KS110]");
        Run keyRead = run("50 MB bare key, read", validateRoomy(key));
        assertThat(keyRead.err()).contains("unknown field").contains("[KS201]");
        Files.delete(key);
        Path value = syncFile("value.toml", "config.region = \"", 'v', 50 * MEGABYTE, "\"\n");
        Run valueRead = run("50 MB value, read", validateRoomy(value));
        assertThat(valueRead.exitCode()).isEqualTo(0);
        Files.delete(value);
        System.out.printf("FIGURE 50 MB bare key / 50 MB value: %.2f%n", (double) keyRead.millis() / valueRead.millis());
    }

    @Test
    void aFiftyMegabyteQuotedKeyIsBounded() throws Exception {
        Path key = syncFile("quoted-key.toml", "config.\"", 'k', 50 * MEGABYTE, "\" = 1\n");
        Run limited = run("50 MB quoted key, defaults but file size", List.of("validate", "--max-file-bytes",
                Integer.toString(64 * MEGABYTE), key.toString()));
        assertThat(limited.exitCode()).isEqualTo(1);
        assertThat(limited.err()).contains(key + ":3:8").contains("a key of more than 2097152 characters");
        Run read = run("50 MB quoted key, read", validateRoomy(key));
        assertThat(read.err()).contains("unknown field").contains("[KS201]");
        Files.delete(key);
    }

    @Test
    void aGigabyteOfNulBytesIsNeverReadWhole() throws Exception {
        Path nul = dir.resolve("nul.toml");
        try (RandomAccessFile file = new RandomAccessFile(nul.toFile(), "rw")) {
            file.setLength(1L << 30); // a sparse file: a gigabyte of NUL bytes, no disk used
        }
        Run asSync = run("1 GB of NUL bytes as a sync file", List.of("validate", nul.toString()));
        assertThat(asSync.exitCode()).isEqualTo(1);
        assertThat(asSync.err()).contains("larger than 16777216; not read");
        Path sync = Files.writeString(dir.resolve("ok.toml"), "[[server]]\nname = \"s\"\n");
        Path snapshot = Files.move(nul, dir.resolve("nul.json"));
        // exactly the snapshot limit (1 GiB): streamed, and the first byte is the error
        Run asSnapshot = run("1 GB of NUL bytes as a snapshot", List.of("plan", "--state", snapshot.toString(),
                sync.toString()));
        assertThat(asSnapshot.exitCode()).isEqualTo(1);
        assertThat(asSnapshot.err()).contains(snapshot + ":1:").contains("[KS301]");
        Files.delete(snapshot);
    }

    @Test
    void oneLineArraysWithAnErrorPerElementGiveBoundedOutput() throws Exception {
        for (int elements : new int[] {16_000, 1_000_000}) {
            Path file = dir.resolve("links-" + elements + ".toml");
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write("[[server]]\nname = \"s\"\nconfig.links = [");
                for (int i = 0; i < elements; i++) {
                    writer.write(i == 0 ? "0" : ", " + i);
                }
                writer.write("]\n");
            }
            Path snapshot = Files.writeString(dir.resolve("empty.json"), "{}");
            Run text = run(elements + "-element one-line array", List.of("validate", file.toString()));
            assertThat(text.exitCode()).isEqualTo(1);
            Run raised = run(elements + "-element one-line array, limit raised", List.of("validate",
                    "--max-array-length", "2000000", file.toString()));
            assertThat(raised.err()).contains("… and " + (elements - 50) + " more [KS202] not shown");
            Run json = run(elements + "-element one-line array, json", List.of("plan", "--format", "json",
                    "--max-array-length", "2000000", "--state", snapshot.toString(), file.toString()));
            assertThat(json.exitCode()).isEqualTo(1);
            assertThat(json.outBytes()).as("bytes of the JSON document").isLessThan(64 * 1024);
            if (elements > 100_000) {
                assertThat(text.err()).contains(file + ":3:1").contains("an array of more than 100000 elements");
            } else {
                assertThat(text.err()).contains("… and " + (elements - 50) + " more [KS202] not shown");
            }
            Files.delete(file);
        }
    }

    @Test
    void aTwoHundredMegabyteOneLineSnapshotWithTwoWrongTypesGivesTwoErrors() throws Exception {
        Path snapshot = dir.resolve("big.json");
        String padding = "p".repeat(MEGABYTE);
        try (BufferedWriter writer = Files.newBufferedWriter(snapshot, StandardCharsets.UTF_8)) {
            writer.write("{\"servers\": [");
            for (int i = 0; i < 203; i++) {
                String address = i == 50 || i == 150 ? "5" : "\"http://s" + i + ":8120\"";
                writer.write((i == 0 ? "" : ", ") + "{\"_id\": {\"$oid\": \"id" + i + "\"}, \"name\": \"s" + i
                        + "\", \"description\": \"" + padding + "\", \"config\": {\"address\": " + address + "}}");
            }
            writer.write("]}");
        }
        Path sync = Files.writeString(dir.resolve("ok.toml"), "[[server]]\nname = \"s\"\n");
        Run run = run("203 MB one-line snapshot, two wrong types", List.of("plan", "--state", snapshot.toString(),
                sync.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(line -> line.contains("[KS302]"))).hasSize(2);
        Files.delete(snapshot);
    }
}
