package dev.komodosync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlVersion;

/**
 * The anchors of issue 7, measured on the same files as {@link SyncBenchmarks}: a parse of every
 * file of the corpus into a tree with jackson-dataformat-toml, and with tomlj 1.2.0 (TOML 1.1).
 * Both read the files from disk and apply Komodo's {@code """} rule first, as the loader does.
 * Jackson's TOML parser reads TOML 1.0 only and stops at the first error: it cannot read the
 * corpus's TOML 1.1 files, which it skips, so its figure is a little flattering.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParserBaselines {

    private static final TomlMapper JACKSON = new TomlMapper();

    /** How many resources the corpus declares (tomlj takes seconds a pass from 10k on). */
    @Param({"1000", "10000"})
    public int resources;

    private List<Path> files;
    private List<Path> jacksonReadable;

    /** Finds the corpus's files, and those jackson-dataformat-toml can read. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        files = Corpus.of(SyncBenchmarks.corpusRoot(), resources).tomlFiles();
        jacksonReadable = files.stream().filter(ParserBaselines::jacksonReads).toList();
    }

    private static boolean jacksonReads(Path file) {
        try {
            JACKSON.readTree(read(file));
            return true;
        } catch (IOException notToml10) {
            return false;
        }
    }

    /**
     * A file's text after Komodo's {@code """} rule (behaviour §1.5): backslashes between an
     * opening and a closing {@code """} are doubled.
     */
    static String read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] pieces = text.split("\"\"\"", -1);
        if (pieces.length == 1) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (int i = 0; i < pieces.length; i++) {
            out.append(i % 2 == 1 ? pieces[i].replace("\\", "\\\\") : pieces[i]);
            if (i < pieces.length - 1) {
                out.append("\"\"\"");
            }
        }
        return out.toString();
    }

    /** jackson-dataformat-toml: every file it can read, into a JsonNode tree. */
    @Benchmark
    public void jacksonTomlTree(Blackhole sink) throws IOException {
        for (Path file : jacksonReadable) {
            JsonNode tree = JACKSON.readTree(read(file));
            sink.consume(tree);
        }
    }

    /** tomlj 1.2.0, TOML 1.1: every file. */
    @Benchmark
    public void tomljParse(Blackhole sink) throws IOException {
        for (Path file : files) {
            TomlParseResult result = Toml.parse(read(file), TomlVersion.LATEST);
            sink.consume(result);
        }
    }
}
