package dev.komodosync.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.client.KomodoClient;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Secret;
import dev.komodosync.serve.Fixture;
import dev.komodosync.serve.RecordingExecutor;
import dev.komodosync.serve.SnapshotSource;
import dev.komodosync.serve.SyncEvent;
import dev.komodosync.serve.SyncRunner;
import dev.komodosync.serve.webhook.WebhookVerifier;
import dev.komodosync.source.GitRemote;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP server on loopback, over a runner of a bare git repository and the emulator. */
class SyncServerTest {

    private static final String SECRET = "whsec-0123456789";
    private static final String TOKEN = "admin-token-0123456789";
    private static final String PUSH_MAIN = "{\"ref\":\"refs/heads/main\",\"after\":\"abc\"}";

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private GitRemote remote;
    private SyncRunner runner;
    private SyncServer server;
    private final RecordingExecutor executor = new RecordingExecutor();
    private final List<SyncEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        core = KomodoEmulator.builder().port(0).build().start();
        remote = GitRemote.create(folder.resolve("git"));
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        runner = SyncRunner.builder()
                .sync(Fixture.sync("homelab", "webhook_secret = \"" + SECRET + "\"", remote, folder.resolve("cache"))
                        .withExecute(true))
                .sync(Fixture.sync("manual", "", remote, folder.resolve("cache")))
                .snapshots(SnapshotSource.of(KomodoClient.builder(core.url()).apiKey(core.adminKey())
                        .apiSecret(Secret.of(core.adminSecret())).build()))
                .executor(executor).listener(events::add).pollInterval(Duration.ofHours(1)).build();
        server = SyncServer.builder(runner).port(0).adminToken(Secret.of(TOKEN)).webhookSecret(Secret.of("global-secret"))
                .maxBody(4096).failureLimit(8, Duration.ofHours(1)).log(log::add).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        runner.close();
        remote.close();
        core.close();
    }

    private HttpResponse<String> push(String path, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> github(String sync, String action, String body, String secret) throws Exception {
        return push("/listener/github/sync/" + sync + "/" + action, body,
                WebhookVerifier.githubSignature(Secret.of(secret), body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> admin(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url().resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }

    @Test
    void signedPushToTheBranchIsAnsweredAtOnceThenExecuted() throws Exception {
        HttpResponse<String> answer = github("homelab", "sync", PUSH_MAIN, SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
        await(() -> executor.calls().size() == 1);
        assertThat(executor.calls().get(0).sync()).isEqualTo("homelab");
    }

    @Test
    void pushToAnotherBranchDoesNothing() throws Exception {
        HttpResponse<String> answer = github("homelab", "sync", "{\"ref\":\"refs/heads/dev\"}", SECRET);

        assertThat(answer.statusCode()).isEqualTo(200);
        await(() -> events.stream().anyMatch(e -> e.type() == SyncEvent.Type.IGNORED));
        assertThat(executor.calls()).isEmpty();
        assertThat(runner.status("homelab").orElseThrow().plan()).isEmpty();
    }

    @Test
    void badSignatureIs401AndDoesNothing() throws Exception {
        HttpResponse<String> answer = github("homelab", "sync", PUSH_MAIN, "not-the-secret");
        HttpResponse<String> unsigned = push("/listener/github/sync/homelab/sync", PUSH_MAIN, null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("Signature does not equal expected");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.body()).contains("No github signature in headers");
        assertThat(runner.refresh("manual", dev.komodosync.serve.Trigger.MANUAL).join().plan()).isPresent();
        assertThat(events).noneMatch(e -> e.sync().equals("homelab"));
        assertThat(executor.calls()).isEmpty();
    }

    @Test
    void aSyncWithoutItsOwnSecretUsesTheGlobalOne() throws Exception {
        assertThat(github("manual", "refresh", PUSH_MAIN, SECRET).statusCode()).isEqualTo(401);
        assertThat(github("manual", "refresh", PUSH_MAIN, "global-secret").statusCode()).isEqualTo(200);
        await(() -> runner.status("manual").orElseThrow().plan().isPresent());
    }

    @Test
    void gitlabTokenAuthenticates() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/listener/gitlab/sync/homelab/refresh"))
                .POST(HttpRequest.BodyPublishers.ofString(PUSH_MAIN)).header("X-Gitlab-Token", SECRET).build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        await(() -> runner.status("homelab").orElseThrow().plan().isPresent());
        assertThat(executor.calls()).isEmpty();
    }

    @Test
    void unknownSyncIs400() throws Exception {
        HttpResponse<String> answer = github("nope", "sync", PUSH_MAIN, SECRET);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Did not find any ResourceSync matching nope");
    }

    @Test
    void bodyOverTheLimitIs413() throws Exception {
        String big = "{\"ref\":\"refs/heads/main\",\"pad\":\"" + "x".repeat(5000) + "\"}";

        assertThat(github("homelab", "sync", big, SECRET).statusCode()).isEqualTo(413);
        assertThat(executor.calls()).isEmpty();
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedEvenWithTheRightSignature() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertThat(github("homelab", "sync", PUSH_MAIN, "wrong").statusCode()).isEqualTo(401);
        }
        assertThat(github("homelab", "sync", PUSH_MAIN, SECRET).statusCode()).isEqualTo(429);
    }

    @Test
    void twoPushesInQuickSuccessionApplyOneAfterTheOther() throws Exception {
        executor.hold();
        assertThat(github("homelab", "sync", PUSH_MAIN, SECRET).statusCode()).isEqualTo(200);
        assertThat(github("homelab", "sync", PUSH_MAIN, SECRET).statusCode()).isEqualTo(200);
        assertThat(executor.awaitEntered(1)).isTrue();
        assertThat(executor.calls()).hasSize(1);

        executor.release();
        await(() -> executor.calls().size() == 2 && events.stream()
                .filter(e -> e.type() == SyncEvent.Type.EXECUTED).count() == 2);
        assertThat(executor.mostAtOnce()).isEqualTo(1);
    }

    @Test
    void managementCallsWithoutTheTokenAre401() throws Exception {
        for (String[] call : List.of(new String[] {"GET", "/syncs"}, new String[] {"GET", "/syncs/homelab"},
                new String[] {"POST", "/syncs/homelab/refresh"}, new String[] {"POST", "/syncs/homelab/execute"},
                new String[] {"POST", "/syncs/homelab/commit"}, new String[] {"GET", "/metrics"})) {
            assertThat(admin(call[0], call[1], null).statusCode()).as(call[1]).isEqualTo(401);
        }
        assertThat(admin("GET", "/syncs", "wrong-token").statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/syncs", TOKEN).statusCode()).isEqualTo(200);
        assertThat(executor.calls()).isEmpty();
    }

    @Test
    void healthzNeedsNoToken() throws Exception {
        HttpResponse<String> answer = admin("GET", "/healthz", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("ok\n");
    }

    @Test
    void refreshWithExecuteOffGivesAPendingPlanOnly() throws Exception {
        HttpResponse<String> answer = admin("POST", "/syncs/manual/refresh?wait", TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"state\" : \"pending\"").contains("\"pending_changes\" : 1")
                .contains("\"fingerprint\" : \"sha256:").contains("\"edge-1\"");
        assertThat(executor.calls()).isEmpty();
    }

    @Test
    void postExecuteExecutesEvenWithApplyOnPushOff() throws Exception {
        assertThat(admin("POST", "/syncs/manual/execute", TOKEN).statusCode()).isEqualTo(202);
        await(() -> executor.calls().size() == 1);

        HttpResponse<String> status = admin("GET", "/syncs/manual", TOKEN);
        await(() -> runner.status("manual").orElseThrow().lastExecution().isPresent());
        status = admin("GET", "/syncs/manual", TOKEN);
        assertThat(status.body()).contains("\"last_execution\"").contains("\"recorded\" : true");
    }

    @Test
    void syncListIsStableAndHoldsNoSecret() throws Exception {
        runner.refresh("homelab", dev.komodosync.serve.Trigger.MANUAL).join();
        HttpResponse<String> list = admin("GET", "/syncs", TOKEN);
        HttpResponse<String> one = admin("GET", "/syncs/homelab", TOKEN);

        assertThat(list.body()).isEqualTo(admin("GET", "/syncs", TOKEN).body());
        assertThat(list.body().indexOf("\"homelab\"")).isLessThan(list.body().indexOf("\"manual\""));
        assertThat(one.body()).contains("\"plan\"").contains("\"source\"");
        for (String text : List.of(list.body(), one.body(), String.join("\n", log))) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain("global-secret")
                    .doesNotContain(core.adminSecret());
        }
    }

    @Test
    void metricsParseAsPrometheusText() throws Exception {
        runner.refresh("homelab", dev.komodosync.serve.Trigger.MANUAL).join();
        github("homelab", "sync", PUSH_MAIN, "wrong");
        HttpResponse<String> answer = admin("GET", "/metrics", TOKEN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        PrometheusText.Parsed parsed = PrometheusText.parse(answer.body());
        assertThat(parsed.samples()).containsEntry("komodo_sync_syncs", 2.0)
                .containsEntry("komodo_sync_pending_changes{sync=\"homelab\"}", 1.0)
                .containsEntry("komodo_sync_pending_changes{sync=\"manual\"}", 0.0)
                .containsEntry("komodo_sync_apply_failures_total{sync=\"homelab\"}", 0.0)
                .containsEntry("komodo_sync_webhooks_total{result=\"rejected\"}", 1.0)
                .containsKey("komodo_sync_last_success_timestamp_seconds{sync=\"homelab\"}");
        assertThat(parsed.types()).containsEntry("komodo_sync_apply_failures_total", "counter");
    }

    @Test
    void unknownRoutesAre404() throws Exception {
        assertThat(admin("GET", "/nothing", null).statusCode()).isEqualTo(404);
        assertThat(admin("GET", "/syncs/nope", TOKEN).statusCode()).isEqualTo(404);
        assertThat(admin("POST", "/syncs/homelab/destroy", TOKEN).statusCode()).isEqualTo(404);
        assertThat(Pattern.matches("http://127\\.0\\.0\\.1:\\d+", server.url().toString())).isTrue();
    }

    @Test
    void commitWithoutACommitterIs501() throws Exception {
        assertThat(admin("POST", "/syncs/homelab/commit", TOKEN).statusCode()).isEqualTo(501);
        assertThat(URI.create(server.url() + "/").getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void commitOfASyncThatIsNotManagedIs409WithTheReason() throws Exception {
        dev.komodosync.serve.SyncCommitter refusing = (sync, request) -> {
            throw new IllegalStateException("resource sync '" + sync.name() + "' is not managed");
        };
        try (SyncServer committing = SyncServer.builder(runner).port(0).adminToken(Secret.of(TOKEN)).committer(refusing)
                .log(log::add).build().start()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(committing.url().resolve("/syncs/manual/commit"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"message\":\"from the UI\"}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(answer.body()).contains("is not managed");
            assertThat(log).anyMatch(line -> line.contains("event=commit-failed"));
        }
    }

    @Test
    void commitRequestGivesTheAuthorAndMessageToTheCommitter() throws Exception {
        List<dev.komodosync.serve.CommitRequest> requests = new CopyOnWriteArrayList<>();
        dev.komodosync.serve.SyncCommitter recording = (sync, request) -> {
            requests.add(request);
            return new dev.komodosync.serve.CommitOutcome(java.util.Optional.of("abc123"), List.of("sync/servers.toml"));
        };
        try (SyncServer committing = SyncServer.builder(runner).port(0).adminToken(Secret.of(TOKEN)).committer(recording)
                .log(log::add).build().start()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(committing.url().resolve("/syncs/manual/commit"))
                    .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"author_name\":\"Ops\",\"author_email\":\"ops@example.com\",\"message\":\"m\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"commit\" : \"abc123\"").contains("sync/servers.toml");
            assertThat(requests).containsExactly(new dev.komodosync.serve.CommitRequest("Ops", "ops@example.com", "m"));
        }
    }
}
