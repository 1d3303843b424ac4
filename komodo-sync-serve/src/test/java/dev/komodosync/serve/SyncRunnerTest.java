package dev.komodosync.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.client.KomodoClient;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Secret;
import dev.komodosync.serve.webhook.WebhookAction;
import dev.komodosync.source.GitRemote;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner against a bare git repository made here and the emulator as Komodo Core. */
class SyncRunnerTest {

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private GitRemote remote;
    private SnapshotSource snapshots;
    private final RecordingExecutor executor = new RecordingExecutor();
    private final List<SyncEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        core = KomodoEmulator.builder().port(0).build().start();
        remote = GitRemote.create(folder.resolve("git"));
        snapshots = SnapshotSource.of(KomodoClient.builder(core.url()).apiKey(core.adminKey())
                .apiSecret(Secret.of(core.adminSecret())).build());
    }

    @AfterEach
    void stop() {
        remote.close();
        core.close();
    }

    private SyncRunner runner(SyncDefinition... syncs) {
        return SyncRunner.builder().syncs(List.of(syncs)).snapshots(snapshots).executor(executor)
                .listener(events::add).parallelism(2).pollInterval(Duration.ofHours(1)).build();
    }

    private SyncDefinition sync(String name, String extra) throws Exception {
        return Fixture.sync(name, extra, remote, folder.resolve("cache"));
    }

    private List<SyncEvent.Type> eventTypes(String sync) {
        return events.stream().filter(e -> e.sync().equals(sync)).map(SyncEvent::type).toList();
    }

    @Test
    void refreshKeepsThePendingPlanAndTheCommitWithoutExecuting() throws Exception {
        RevCommit commit = remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            SyncStatus status = runner.refresh("homelab", Trigger.MANUAL).join();

            assertThat(status.state()).isEqualTo(SyncState.PENDING);
            assertThat(status.pendingChanges()).isEqualTo(1);
            assertThat(status.origin().flatMap(o -> o.commit())).contains(commit.getName());
            assertThat(status.plan().orElseThrow().json()).contains("\"edge-1\"").contains(commit.getName());
            assertThat(status.plan().orElseThrow().fingerprint()).startsWith("sha256:");
            assertThat(executor.calls()).isEmpty();
        }
    }

    @Test
    void pollThatFindsANewCommitMakesANewPendingPlan() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            SyncStatus first = runner.poll("homelab").join();
            RevCommit second = remote.commit("main", "two servers", Fixture.files(Fixture.TWO_SERVERS));

            SyncStatus polled = runner.poll("homelab").join();

            assertThat(polled.origin().flatMap(o -> o.commit())).contains(second.getName());
            assertThat(polled.pendingChanges()).isEqualTo(2);
            assertThat(polled.plan().orElseThrow().fingerprint()).isNotEqualTo(first.plan().orElseThrow().fingerprint());
            assertThat(executor.calls()).isEmpty();
        }
    }

    @Test
    void pollOfAnUnchangedSourceKeepsThePlanItHas() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            SyncStatus first = runner.poll("homelab").join();
            SyncStatus again = runner.poll("homelab").join();

            assertThat(again.plan()).isEqualTo(first.plan());
            assertThat(eventTypes("homelab")).containsSubsequence(SyncEvent.Type.PLANNED, SyncEvent.Type.UNCHANGED);
        }
    }

    @Test
    void aFailedRefreshIsRecordedAndTheLastGoodPlanKept() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            PendingPlan good = runner.refresh("homelab", Trigger.MANUAL).join().plan().orElseThrow();
            remote.commit("main", "broken", Fixture.files(Fixture.BROKEN));

            SyncStatus failed = runner.refresh("homelab", Trigger.MANUAL).join();

            assertThat(failed.state()).isEqualTo(SyncState.FAILED);
            assertThat(failed.error()).hasValueSatisfying(error -> assertThat(error).contains("errors"));
            assertThat(failed.plan()).contains(good);
            assertThat(failed.refreshFailures()).isEqualTo(1);
            assertThat(eventTypes("homelab")).contains(SyncEvent.Type.REFRESH_FAILED);
        }
    }

    @Test
    void explicitExecuteRunsTheExecutorWithTheFreshPlansFingerprint() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            SyncStatus status = runner.execute("homelab", Trigger.MANUAL).join();

            assertThat(executor.calls()).extracting(RecordingExecutor.Call::sync).containsExactly("homelab");
            assertThat(executor.calls().get(0).fingerprint()).isEqualTo(status.plan().orElseThrow().fingerprint());
            assertThat(status.lastExecution()).hasValueSatisfying(record -> {
                assertThat(record.trigger()).isEqualTo(Trigger.MANUAL);
                assertThat(record.outcome().orElseThrow().done()).isEqualTo(1);
            });
            assertThat(eventTypes("homelab")).contains(SyncEvent.Type.EXECUTED);
        }
    }

    @Test
    void executionsOfOneSyncRunOneAfterTheOther() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        executor.hold();
        try (SyncRunner runner = runner(sync("homelab", "branch = \"main\""))) {
            CompletableFuture<SyncStatus> first = runner.execute("homelab", Trigger.WEBHOOK);
            CompletableFuture<SyncStatus> second = runner.execute("homelab", Trigger.WEBHOOK);
            assertThat(executor.awaitEntered(1)).isTrue();
            assertThat(second).isNotDone();
            assertThat(executor.calls()).hasSize(1);

            executor.release();
            CompletableFuture.allOf(first, second).join();

            assertThat(executor.calls()).hasSize(2);
            assertThat(executor.mostAtOnce()).isEqualTo(1);
        }
    }

    @Test
    void differentSyncsExecuteInParallel() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        executor.hold();
        try (SyncRunner runner = runner(sync("alpha", ""), sync("beta", ""))) {
            CompletableFuture<SyncStatus> alpha = runner.execute("alpha", Trigger.MANUAL);
            CompletableFuture<SyncStatus> beta = runner.execute("beta", Trigger.MANUAL);

            assertThat(executor.awaitEntered(2)).isTrue();
            assertThat(executor.mostAtOnce()).isEqualTo(2);
            executor.release();
            CompletableFuture.allOf(alpha, beta).join();
        }
    }

    @Test
    void pushWebhookExecutesOnlyOnTheSyncsBranchWithExecuteOn() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", "").withExecute(true))) {
            runner.webhook("homelab", WebhookAction.SYNC, Optional.of("feature")).join();
            assertThat(executor.calls()).isEmpty();
            assertThat(eventTypes("homelab")).containsExactly(SyncEvent.Type.IGNORED);

            runner.webhook("homelab", WebhookAction.SYNC, Optional.of("main")).join();
            assertThat(executor.calls()).hasSize(1);
        }
    }

    @Test
    void pushWebhookWithExecuteOffOnlyRefreshes() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", ""))) {
            SyncStatus status = runner.webhook("homelab", WebhookAction.SYNC, Optional.of("main")).join();

            assertThat(executor.calls()).isEmpty();
            assertThat(status.state()).isEqualTo(SyncState.PENDING);
            assertThat(status.lastExecution()).isEmpty();
        }
    }

    @Test
    void refreshWebhookNeverExecutes() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", "").withExecute(true))) {
            SyncStatus status = runner.webhook("homelab", WebhookAction.REFRESH, Optional.of("main")).join();

            assertThat(executor.calls()).isEmpty();
            assertThat(status.plan()).isPresent();
        }
    }

    @Test
    void webhooksDoNothingWhenDisabled() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("homelab", "webhook_enabled = false").withExecute(true))) {
            SyncStatus status = runner.webhook("homelab", WebhookAction.SYNC, Optional.of("main")).join();

            assertThat(executor.calls()).isEmpty();
            assertThat(status.plan()).isEmpty();
            assertThat(eventTypes("homelab")).containsExactly(SyncEvent.Type.IGNORED);
        }
    }

    @Test
    void pendingChangesAreNotifiedOncePerStretchAndOnlyWithPendingAlert() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = runner(sync("loud", ""), sync("quiet", "pending_alert = false"))) {
            runner.refresh("loud", Trigger.MANUAL).join();
            runner.refresh("loud", Trigger.MANUAL).join();
            runner.refresh("quiet", Trigger.MANUAL).join();

            assertThat(eventTypes("loud")).filteredOn(SyncEvent.Type.PENDING_CHANGES::equals).hasSize(1);
            assertThat(eventTypes("quiet")).doesNotContain(SyncEvent.Type.PENDING_CHANGES);
        }
    }

    @Test
    void withoutAnExecutorAnExecutionFailsAndSaysWhy() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = SyncRunner.builder().sync(sync("homelab", "")).snapshots(snapshots).build()) {
            SyncStatus status = runner.execute("homelab", Trigger.MANUAL).join();

            assertThat(status.lastExecution().orElseThrow().error()).hasValueSatisfying(
                    error -> assertThat(error).contains("execution is not available"));
            assertThat(status.applyFailures()).isEqualTo(1);
            assertThat(status.state()).isEqualTo(SyncState.PENDING);
        }
    }

    @Test
    void startRefreshesEverySyncThenPollsOnTheTimer() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        try (SyncRunner runner = SyncRunner.builder().sync(sync("homelab", "")).snapshots(snapshots)
                .listener(events::add).pollInterval(Duration.ofMillis(50)).build()) {
            runner.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (events.stream().noneMatch(e -> e.trigger() == Trigger.POLL) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(events).extracting(SyncEvent::trigger).contains(Trigger.STARTUP, Trigger.POLL);
            assertThat(events.get(0).type()).isEqualTo(SyncEvent.Type.PLANNED);
        }
    }

    @Test
    void closeFinishesTheRunningExecutionAndCancelsQueuedWork() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        executor.hold();
        SyncRunner runner = runner(sync("homelab", ""));
        CompletableFuture<SyncStatus> running = runner.execute("homelab", Trigger.MANUAL);
        CompletableFuture<SyncStatus> queued = runner.execute("homelab", Trigger.MANUAL);
        assertThat(executor.awaitEntered(1)).isTrue();

        Thread stopper = new Thread(runner::close);
        stopper.start();
        // close cancels the queued work first, then waits for the running execution
        assertThat(queued).failsWithin(Duration.ofSeconds(20));
        assertThat(running).isNotDone();
        executor.release();
        stopper.join();

        assertThat(running.join().lastExecution()).isPresent();
        assertThat(queued).isCompletedExceptionally();
        assertThat(executor.calls()).hasSize(1);
    }

    @Test
    void pollReplansAnUnchangedSourceOnceThePlanIsOlderThanTheReplanInterval() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
                new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-01-01T00:00:00Z"));
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return now.get();
            }
        };
        try (SyncRunner runner = SyncRunner.builder().sync(sync("homelab", "")).snapshots(snapshots).listener(events::add)
                .clock(clock).replanInterval(Duration.ofMinutes(10)).pollInterval(Duration.ofHours(1)).build()) {
            runner.poll("homelab").join();
            now.set(now.get().plus(Duration.ofMinutes(5)));
            runner.poll("homelab").join();
            now.set(now.get().plus(Duration.ofMinutes(6)));
            SyncStatus replanned = runner.poll("homelab").join();

            assertThat(eventTypes("homelab")).filteredOn(t -> t != SyncEvent.Type.PENDING_CHANGES).containsExactly(
                    SyncEvent.Type.PLANNED, SyncEvent.Type.UNCHANGED, SyncEvent.Type.PLANNED);
            assertThat(replanned.plan().orElseThrow().plannedAt()).isEqualTo(now.get());
        }
    }
}
