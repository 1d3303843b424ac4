package dev.komodosync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The yardstick of issue 19's cold targets: a process that only parses every {@code .toml} file
 * under a folder with jackson-dataformat-toml (after Komodo's {@code """} rule, as
 * {@link ParserBaselines} does) into trees, and prints how many it read and how many it could not.
 * {@code scripts/time-start.sh} times it cold beside {@code komodo-sync plan} on the same files.
 *
 * <pre>java -cp komodo-sync-bench/target/benchmarks.jar dev.komodosync.bench.JacksonTomlParse DIR</pre>
 */
public final class JacksonTomlParse {

    private JacksonTomlParse() {}

    /** Parses the files under {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JacksonTomlParse <folder>");
            System.exit(64);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(file -> file.toString().endsWith(".toml") && Files.isRegularFile(file)).sorted().toList();
        }
        TomlMapper mapper = new TomlMapper();
        int read = 0;
        int refused = 0;
        long nodes = 0;
        for (Path file : files) {
            try {
                JsonNode tree = mapper.readTree(ParserBaselines.read(file));
                nodes += tree.size();
                read++;
            } catch (IOException notToml10) {
                refused++;
            }
        }
        System.out.println(read + " files parsed, " + refused + " refused, " + nodes + " top-level keys");
    }
}
