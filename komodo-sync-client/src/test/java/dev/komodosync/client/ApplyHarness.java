package dev.komodosync.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.Applier;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.time.Duration;

/** Plans against a live emulator and applies over HTTP, for the apply tests. */
final class ApplyHarness {

    /** Variables and user groups included, deletes on: every kind of change. */
    static final SyncOptions EVERYTHING = SyncOptions.builder()
            .includeVariables(true).includeUserGroups(true).delete(true).build();

    private ApplyHarness() {}

    static Declaration homelab() {
        LoadResult loaded = SyncLoader.create().load(Path.of("../examples/homelab/sync"));
        assertThat(loaded.errors()).isEmpty();
        return loaded.declaration();
    }

    static KomodoEmulator homelabCore() {
        return KomodoEmulator.builder().seed(Path.of("../examples/homelab/snapshot.json")).port(0)
                .deployDuration(Duration.ofMillis(5)).build().start();
    }

    /** What Core holds now, read over HTTP. */
    static Snapshot fetch(KomodoEmulator core) throws KomodoException {
        FetchedSnapshot fetched = SnapshotFetcher.builder(SnapshotFetcherTest.admin(core)).build().fetch();
        assertThat(fetched.result().diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return fetched.result().snapshot();
    }

    static Plan plan(Declaration declaration, Snapshot snapshot, SyncOptions options) {
        PlanResult result = Planner.plan(declaration, snapshot, options);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return result.plan().orElseThrow();
    }

    static HttpKomodoApi api(KomodoEmulator core) {
        return HttpKomodoApi.builder(SnapshotFetcherTest.admin(core)).pollInterval(Duration.ofMillis(2)).build();
    }

    static ApplyReport apply(KomodoEmulator core, Plan plan, ApplyOptions options) {
        return Applier.apply(plan, api(core), options, ApplyListener.NONE);
    }
}
