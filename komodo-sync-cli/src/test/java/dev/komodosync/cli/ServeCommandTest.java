package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.serve.webhook.WebhookVerifier;
import dev.komodosync.source.GitRemote;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code komodo-sync serve} end to end, all on loopback: a bare git repository made here, the
 * emulator as the Core, the command started in-process.
 */
class ServeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec-serve-test-0123";
    private static final String TOKEN = "admin-serve-test-0123";
    private static final String SERVER = """
            [[server]]
            name = "edge-1"
            [server.config]
            address = "https://127.0.0.1:8120"
            """;

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private GitRemote remote;
    private ServeCommand command;
    private CompletableFuture<Integer> exit;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private URI url;
    private RecordingPlans executor;

    @BeforeEach
    void start() throws Exception {
        core = KomodoEmulator.builder().port(0).build().start();
        remote = GitRemote.create(folder.resolve("git"));
        remote.commit("main", "one server", Map.of("sync/servers.toml", SERVER));
    }

    private void serve(String... extra) throws Exception {
        serveWith("", extra);
    }

    private void serveWith(String config, String... extra) throws Exception {
        Path syncs = folder.resolve("syncs.toml");
        Files.writeString(syncs, """
                [[resource_sync]]
                name = "homelab"
                [resource_sync.config]
                repo = "acme/homelab"
                branch = "main"
                resource_path = ["sync"]
                webhook_secret = "%s"
                """.formatted(SECRET) + config + "\n");
        Files.writeString(folder.resolve("token"), TOKEN + "\n");
        Files.writeString(folder.resolve("api-secret"), core.adminSecret() + "\n");
        Path info = folder.resolve("info.json");
        List<String> args = new ArrayList<>(List.of("--sync-file", syncs.toString(), "--port", "0",
                "--url", core.url().toString(), "--api-key", core.adminKey(),
                "--api-secret-file", folder.resolve("api-secret").toString(),
                "--admin-token-file", folder.resolve("token").toString(), "--git-url", "homelab=" + remote.url(),
                "--git-cache", folder.resolve("cache").toString(), "--info-file", info.toString()));
        args.addAll(List.of(extra));
        Console console = new Console(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), false, false,
                Map.of());
        command = executor == null ? new ServeCommand(console) : new ServeCommand(console, executor);
        exit = CompletableFuture.supplyAsync(() -> new CommandLine(command).execute(args.toArray(String[]::new)));
        await(() -> Files.exists(info) || exit.isDone());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isNotDone();
        url = URI.create(JSON.readTree(info.toFile()).path("url").asText());
    }

    @AfterEach
    void stop() throws Exception {
        if (command != null) {
            // The secrets suite's rule for serve: no webhook secret, admin token or API secret in what
            // it answers (the sync's status, its metrics) or in its log.
            String answers = admin("GET", "/syncs/homelab", TOKEN).body() + admin("GET", "/syncs", TOKEN).body()
                    + admin("GET", "/metrics", TOKEN).body();
            command.requestStop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
            String log = err.toString(StandardCharsets.UTF_8);
            for (String secret : List.of(SECRET, TOKEN, core.adminSecret())) {
                assertThat(answers).as("serve's answers").doesNotContain(secret);
                assertThat(log).as("serve's log").doesNotContain(secret);
            }
        }
        remote.close();
        core.close();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }

    private HttpResponse<String> github(String action, String ref, String secret) throws Exception {
        String body = "{\"ref\":\"" + ref + "\"}";
        return http.send(HttpRequest.newBuilder(url.resolve("/listener/github/sync/homelab/" + action))
                .header("X-Hub-Signature-256", WebhookVerifier.githubSignature(Secret.of(secret),
                        body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> admin(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url.resolve(path)).method(method,
                HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode status() throws Exception {
        return JSON.readTree(admin("GET", "/syncs/homelab", TOKEN).body());
    }

    @Test
    void startsOnLoopbackAndMakesAPendingPlan() throws Exception {
        serve();

        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        await(() -> {
            try {
                return status().path("state").asText().equals("pending");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(status().path("plan").path("resources").toString()).contains("edge-1");
        assertThat(core.dump().resources(KomodoKinds.SERVER)).isEmpty();
    }

    @Test
    void aPollThatFindsANewCommitMakesANewPendingPlan() throws Exception {
        serve("--poll-interval", "200ms");
        await(() -> statusQuietly().path("pending_changes").asInt() == 1);

        RevCommit second = remote.commit("main", "two servers", Map.of("sync/more.toml",
                SERVER.replace("edge-1", "edge-2").replace("8120", "8121")));

        await(() -> statusQuietly().path("source").path("commit").asText().equals(second.getName()));
        assertThat(statusQuietly().path("pending_changes").asInt()).isEqualTo(2);
    }

    @Test
    void aSignedPushWithApplyOnPushAppliesThePlanAndCoreConverges() throws Exception {
        serve("--execute", "homelab");

        assertThat(github("sync", "refs/heads/main", SECRET).statusCode()).isEqualTo(200);

        await(() -> statusQuietly().has("last_execution"));
        JsonNode execution = statusQuietly().path("last_execution");
        assertThat(execution.path("error").isMissingNode() || execution.path("error").isNull())
                .as(execution.toString()).isTrue();
        assertThat(statusQuietly().path("apply_failures").asInt()).isZero();
        // Applied by the applier over Komodo's HTTP API: the emulator holds the declared server.
        assertThat(core.dump().resources(KomodoKinds.SERVER)).extracting(r -> r.name()).containsExactly("edge-1");
        // A push of the same commit again: the plan is empty, nothing more is applied.
        int requests = core.requests().size();
        assertThat(admin("POST", "/syncs/homelab/refresh?wait", TOKEN).statusCode()).isEqualTo(200);
        await(() -> statusQuietly().path("pending_changes").asInt() == 0);
        assertThat(core.requests().stream().skip(requests).map(r -> r.path()))
                .allSatisfy(path -> assertThat(path).doesNotStartWith("/write"));
    }

    @Test
    void pushesToAnotherBranchAndBadSignaturesDoNothing() throws Exception {
        serve("--execute", "homelab");

        assertThat(github("sync", "refs/heads/dev", SECRET).statusCode()).isEqualTo(200);
        assertThat(github("sync", "refs/heads/main", "wrong").statusCode()).isEqualTo(401);

        await(() -> err.toString(StandardCharsets.UTF_8).contains("event=ignored"));
        assertThat(statusQuietly().has("last_execution")).isFalse();
    }

    @Test
    void managementCallsNeedTheTokenAndMetricsAreText() throws Exception {
        serve();

        assertThat(admin("GET", "/syncs", null).statusCode()).isEqualTo(401);
        assertThat(admin("POST", "/syncs/homelab/execute", "nope").statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/healthz", null).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = admin("GET", "/metrics", TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE komodo_sync_syncs gauge\nkomodo_sync_syncs 1\n");
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("admin request refused").doesNotContain(TOKEN).doesNotContain(SECRET)
                .doesNotContain(core.adminSecret());
    }

    private JsonNode statusQuietly() {
        try {
            return status();
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    @Test
    void aManagedModeCommitLandsInTheBareRepository() throws Exception {
        core.clearRequests();
        serveWith("managed = true");
        dev.komodosync.client.KomodoClient client = dev.komodosync.client.KomodoClient.builder(core.url())
                .apiKey(core.adminKey()).apiSecret(Secret.of(core.adminSecret())).build();
        client.write("CreateServer", JSON.readTree("{\"name\":\"edge-7\",\"config\":{\"address\":\"https://127.0.0.1:8127\"}}"));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url.resolve("/syncs/homelab/commit"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"author_name\":\"Ops Bot\",\"author_email\":\"ops@example.com\",\"message\":\"sync from UI\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String commit = JSON.readTree(answer.body()).path("commit").asText();
        try (org.eclipse.jgit.api.Git bare = org.eclipse.jgit.api.Git.open(remote.bare().toFile());
                org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(bare.getRepository())) {
            org.eclipse.jgit.revwalk.RevCommit tip = walk.parseCommit(bare.getRepository().resolve("refs/heads/main"));
            assertThat(tip.getName()).isEqualTo(commit);
            assertThat(tip.getFullMessage()).isEqualTo("sync from UI");
            assertThat(tip.getAuthorIdent().getName()).isEqualTo("Ops Bot");
        }
    }

    @Test
    void signedPushesToTheBranchExecuteOneAfterTheOtherAndOtherBranchesNothing() throws Exception {
        executor = new RecordingPlans();
        executor.hold();
        serve("--execute", "homelab");

        assertThat(github("sync", "refs/heads/dev", SECRET).statusCode()).isEqualTo(200);
        assertThat(github("sync", "refs/heads/main", "wrong").statusCode()).isEqualTo(401);
        assertThat(github("sync", "refs/heads/main", SECRET).statusCode()).isEqualTo(200);
        assertThat(github("sync", "refs/heads/main", SECRET).statusCode()).isEqualTo(200);
        await(() -> executor.calls().size() == 1);
        assertThat(executor.calls()).hasSize(1);

        executor.release();
        await(() -> executor.calls().size() == 2 && statusQuietly().path("last_execution").path("done").asInt() == 1);
        assertThat(executor.mostAtOnce()).isEqualTo(1);
        assertThat(executor.calls()).allSatisfy(fingerprint -> assertThat(fingerprint).startsWith("sha256:"));
        assertThat(statusQuietly().path("last_execution").path("report").path("recorded").asBoolean()).isTrue();
    }

    @Test
    void refreshWithApplyOnPushOffGivesAPendingPlanOnly() throws Exception {
        executor = new RecordingPlans();
        serve();

        HttpResponse<String> refreshed = admin("POST", "/syncs/homelab/refresh?wait", TOKEN);
        assertThat(github("sync", "refs/heads/main", SECRET).statusCode()).isEqualTo(200);
        await(() -> err.toString(StandardCharsets.UTF_8).contains("apply on push is off"));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(refreshed.body()).path("state").asText()).isEqualTo("pending");
        assertThat(executor.calls()).isEmpty();
    }

    /** Records the fingerprints of the plans it is given; executes nothing; can hold calls until released. */
    private static final class RecordingPlans implements dev.komodosync.serve.PlanExecutor {
        private final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        private volatile java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(0);

        void hold() {
            gate = new java.util.concurrent.CountDownLatch(1);
        }

        void release() {
            gate.countDown();
        }

        List<String> calls() {
            return List.copyOf(calls);
        }

        int mostAtOnce() {
            return most.get();
        }

        @Override
        public dev.komodosync.serve.ExecutionOutcome execute(String sync, dev.komodosync.diff.plan.Plan plan,
                String fingerprint) throws InterruptedException {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            calls.add(fingerprint);
            try {
                gate.await(30, TimeUnit.SECONDS);
                return new dev.komodosync.serve.ExecutionOutcome(plan.resources().size(), 0, "{\"recorded\":true}");
            } finally {
                inside.decrementAndGet();
            }
        }
    }
}
