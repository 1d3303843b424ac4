package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import example.DiagnosticsExample;
import example.EmbeddingExampleAccess;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's embedding and plug-in examples are the code that compiles here, and they work. */
class ReadmeTest {

    private static final Path README = Path.of(Cli.ROOT, "README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/example/EmbeddingExample.java");
    private static final Path DIAGNOSTICS_EXAMPLE = Path.of("src/test/java/example/DiagnosticsExample.java");

    @Test
    void readmeShowsTheCompiledExample() throws IOException {
        assertReadmeShows("embedding-example", EXAMPLE);
    }

    @Test
    void readmeShowsTheCompiledDiagnosticsExample() throws IOException {
        assertReadmeShows("diagnostics-example", DIAGNOSTICS_EXAMPLE);
    }

    @Test
    void theDiagnosticsExamplePrintsWhatTheCommandPrintsWithSecretsMasked(@TempDir Path work) throws IOException {
        Files.writeString(work.resolve("bad.toml"), """
                [[variable]]
                name = "TOKEN"
                value = "hunter2-secret-value"
                is_secret = true

                [[server]]
                name = "nas"
                config.address = ["hunter2-secret-value"]
                config.pasword = "hunter2-secret-value"
                """);
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        boolean valid = DiagnosticsExample.run(work, new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(valid).isFalse();
        assertThat(printed).contains("bad.toml:8:").contains(" 8 | config.address = [\"***\"]").contains("^").contains("  = hint: ")
                .doesNotContain("hunter2");
        assertThat(Cli.run("validate", work.toString()).err()).startsWith(printed);
    }

    private static void assertReadmeShows(String marker, Path example) throws IOException {
        String source = Files.readString(example);
        String body = between(source, "    // README:begin\n", "    // README:end\n").lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));
        Matcher block = Pattern.compile("<!-- " + marker + " -->\n```java\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(block.find()).as("README has the %s block", marker).isTrue();
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

    @Test
    void theSpiExampleCompilesAndPlansThroughPlugins(@TempDir Path work) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Matcher block = Pattern.compile("<!-- spi-example: (\\S+) -->\n```[a-z]*\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        while (block.find()) {
            files.put(block.group(1), block.group(2));
        }
        assertThat(files).containsKeys("com/example/dns/DnsRecordType.java", "com/example/dns/DnsRecordConfig.java",
                "com/example/dns/DnsRecordKindProvider.java",
                "META-INF/services/dev.komodosync.model.spi.ResourceKindProvider", "sync/dns.toml");
        Path sync = work.resolve("sync");
        Files.createDirectories(sync);
        Files.writeString(sync.resolve("dns.toml"), files.remove("sync/dns.toml"));
        Path plugins = work.resolve("plugins");
        PluginJarWriter.write(plugins.resolve("dns.jar"), files, work);

        Cli validate = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());
        Cli plan = Cli.run("--plugins", plugins.toString(), "plan", sync.toString(), "--state",
                Cli.example("homelab/snapshot.json"));

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(2);
        assertThat(plan.out()).contains("+ dns_record www");
        Files.writeString(sync.resolve("dns.toml"), Files.readString(sync.resolve("dns.toml")).replace("CNAME", "MX"));
        Cli wrongType = Cli.run("--plugins", plugins.toString(), "validate", sync.toString());
        assertThat(wrongType.exitCode()).isEqualTo(1);
        assertThat(wrongType.err()).as("the plug-in's enum is bound with its keys").contains("MX").contains("CNAME");
        assertThat(Files.readString(README)).contains("bin/komodo-sync --plugins plugins/ plan sync/ --state"
                + " examples/homelab/snapshot.json");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertThat(from).isNotNegative();
        assertThat(to).isGreaterThan(from);
        return text.substring(from + start.length(), to);
    }
}
