package dev.komodosync.bench;

import dev.komodosync.apply.Applier;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.client.HttpKomodoApi;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.SnapshotFetcher;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.emulator.RecordedRequest;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Secret;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Applies the generated corpus's declarations to an empty emulator on loopback over HTTP and
 * prints the requests made, the time taken and the requests per second, against the floor Komodo's
 * sequence sets (komodo-api §3: two calls a create, meta and/or config calls per update, one a
 * delete, one {@code Deploy} and at least one {@code GetUpdate} a deploy). Not JMH: an apply is a
 * one-shot over a network; run it a few times. {@code ApplyBenchmark <corpus root> [size] [runs]}.
 */
public final class ApplyBenchmark {

    private ApplyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "komodo-sync-bench/target/corpus");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Declaration declaration = SyncLoader.create().load(Corpus.of(root, size).syncFolder()).declaration();
        SyncOptions options = SyncOptions.builder().includeVariables(true).build();
        for (int run = 1; run <= runs; run++) {
            try (KomodoEmulator core = KomodoEmulator.builder().port(0).deployDuration(Duration.ofMillis(1)).build().start()) {
                KomodoClient client = KomodoClient.builder(core.url()).apiKey(core.adminKey())
                        .apiSecret(Secret.of(core.adminSecret())).build();
                PlanResult planned = Planner.plan(declaration,
                        SnapshotFetcher.builder(client).build().fetch().result().snapshot(), options);
                Plan plan = planned.plan().orElseThrow(() -> new IllegalStateException("the corpus does not plan"));
                core.clearRequests();
                long start = System.nanoTime();
                ApplyReport report = Applier.apply(plan, HttpKomodoApi.of(client), ApplyOptions.defaults(),
                        ApplyListener.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                List<RecordedRequest> requests = core.requests();
                long polls = requests.stream().filter(r -> "GetUpdate".equals(r.type())).count();
                System.out.printf("run %d: %d resources (%d creates), %d variables, %d deploys in %d rounds;"
                                + " %d requests (%d GetUpdate polls), floor %d; %.2f s, %.0f requests/s;"
                                + " %d done, %d failed, %d skipped%n",
                        run, plan.resources().size(),
                        plan.resources().stream().filter(ResourceChange.Create.class::isInstance).count(),
                        plan.variables().size(), plan.deploys().count(), plan.deploys().stages().size(),
                        requests.size(), polls, floor(plan), seconds, requests.size() / seconds,
                        report.count(ItemOutcome.Status.DONE), report.count(ItemOutcome.Status.FAILED),
                        report.count(ItemOutcome.Status.SKIPPED));
            }
        }
    }

    /** The calls Komodo's sequence needs for {@code plan}, with one poll a deploy. */
    static long floor(Plan plan) {
        long calls = 0;
        for (ResourceChange change : plan.resources()) {
            if (change instanceof ResourceChange.Create) {
                calls += 2;
            } else if (change instanceof ResourceChange.Update update) {
                boolean meta = update.changes().stream().anyMatch(c -> !c.path().startsWith("config."));
                boolean config = update.changes().stream().anyMatch(c -> c.path().startsWith("config."));
                calls += (meta ? 1 : 0) + (config ? 1 : 0);
            } else {
                calls += 1;
            }
        }
        calls += plan.variables().size();
        return calls + 2L * plan.deploys().count();
    }
}
