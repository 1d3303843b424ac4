package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import example.EmbeddingExampleAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's embedding example is the code that compiles here, and it works. */
class ReadmeTest {

    private static final Path README = Path.of(Cli.ROOT, "README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/example/EmbeddingExample.java");

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        String source = Files.readString(EXAMPLE);
        String body = between(source, "    // README:begin\n", "    // README:end\n").lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Matcher block = Pattern.compile("<!-- embedding-example -->\n```java\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find()).as("README has the embedding example block").isTrue();
        assertThat(block.group(1)).contains(body);
        List<String> imports = source.lines().filter(line -> line.startsWith("import dev.komodosync.")).toList();
        assertThat(imports).isNotEmpty();
        assertThat(block.group(1).lines().filter(line -> line.startsWith("import ")).toList())
                .as("README shows the example's imports, so that readers find each class's package")
                .containsExactlyElementsOf(imports);
    }

    @Test
    void theExamplePlansTheHomelab() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EmbeddingExampleAccess.plan(Path.of(Cli.ROOT, "examples/homelab/sync"),
                Path.of(Cli.ROOT, "examples/homelab/snapshot.json"), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("- deployment heimdall").contains("~ variable TZ");
    }

    @Test
    void ciRunsTheApplyWalkThroughAsReadmeWritesIt() throws IOException {
        String readme = Files.readString(README);
        String ci = Files.readString(Path.of(Cli.ROOT, ".ci/run"));
        Matcher block = Pattern.compile("<!-- try-apply -->\n```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the try-apply block").isTrue();
        assertThat(block.group(1)).contains("apply examples/homelab/sync --url \"$url\"").contains("--auto-approve");
        assertThat(ci).contains("sed -n '/^<!-- try-apply -->$/,/^```$/p' README.md")
                .contains("\"Apply done: 15 done, 0 failed, 0 skipped.\"").contains("\"No changes.\"");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return text.substring(from + start.length(), to);
    }
}
