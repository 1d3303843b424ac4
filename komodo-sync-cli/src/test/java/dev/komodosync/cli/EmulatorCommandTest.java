package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code komodo-sync emulator}: serves until stopped, writes its info file and its dump on exit. */
class EmulatorCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void helpSaysItIsAnEmulatorNotAKomodoCore() {
        Cli cli = Cli.run("emulator", "--help");
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("emulator for tests and demos, NOT a Komodo Core").contains("--dump-on-exit");
    }

    @Test
    void servesWritesItsInfoFileAndDumpsOnExit() throws Exception {
        Path info = folder.resolve("info.json");
        Path dump = folder.resolve("dump.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmulatorCommand command = new EmulatorCommand(
                new Console(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false, false, Map.of()), Map.of());
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(
                "--port", "0", "--state", Cli.example("seed/snapshot.json"), "--info-file", info.toString(),
                "--dump-on-exit", dump.toString()));
        try {
            JsonNode details = awaitInfo(info);
            assertThat(details.path("url").asText()).startsWith("http://127.0.0.1:");
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(details.path("url").asText() + "/write/CreateVariable"))
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", details.path("key").asText())
                    .header("X-Api-Secret", details.path("secret").asText())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"FROM_TEST\",\"value\":\"1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(200);
        } finally {
            command.requestStop();
        }
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT a Komodo Core").contains("API secret: S_");
        JsonNode snapshot = JSON.readTree(dump.toFile());
        assertThat(snapshot.path("variables").toString()).contains("FROM_TEST");
        assertThat(snapshot.path("deployments").size()).isPositive();
    }

    @Test
    void takesItsCredentialsFromTheEnvironmentAndDoesNotPrintTheSecret() throws Exception {
        Path info = folder.resolve("info.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmulatorCommand command = new EmulatorCommand(new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err, false, false, Map.of()), Map.of("KOMODO_API_KEY", "K_env_K", "KOMODO_API_SECRET", "S_env_S"));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(
                "--port", "0", "--info-file", info.toString()));
        try {
            assertThat(awaitInfo(info).path("key").asText()).isEqualTo("K_env_K");
        } finally {
            command.requestStop();
        }
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("K_env_K").doesNotContain("S_env_S");
    }

    @Test
    void anUnreadableSeedIsAnError() {
        Cli cli = Cli.run("emulator", "--port", "0", "--state", folder.resolve("missing.json").toString());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("missing.json");
    }

    private static JsonNode awaitInfo(Path info) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(info)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no info file");
            }
            Thread.sleep(20);
        }
        return JSON.readTree(info.toFile());
    }
}
