package dev.komodosync.apply.internal;

import dev.komodosync.apply.ApplyItem;
import dev.komodosync.apply.ApplyItem.Step;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.DeployOutcome;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.apply.KomodoApi;
import dev.komodosync.apply.KomodoApiException;
import dev.komodosync.diff.plan.DeployPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The deploy rounds (komodo-api §3.7): each stage of the plan is a round whose deploys all start
 * at once (at most {@code parallelism} when set — a documented departure) and all complete
 * before the next; a round with a failed deploy stops every later one. Komodo sleeps 1 s between
 * rounds; here the pause is zero unless configured, because each deploy is already followed to
 * completion before the round ends, so the next round never starts on an unfinished one.
 * A deploy whose resource change failed is skipped (its dependency failed).
 */
final class DeployRounds {

    private final DeployPlan deploys;
    private final KomodoApi api;
    private final ApplyOptions options;
    private final ApplyListener listener;
    private final List<ItemOutcome> outcomes;
    private final Set<String> failedResources;

    DeployRounds(DeployPlan deploys, KomodoApi api, ApplyOptions options, ApplyListener listener,
            List<ItemOutcome> outcomes, Set<String> failedResources) {
        this.deploys = deploys;
        this.api = api;
        this.options = options;
        this.listener = listener;
        this.outcomes = outcomes;
        this.failedResources = failedResources;
    }

    void run() {
        List<List<DeployPlan.Deploy>> stages = deploys.stages();
        String stopped = null;
        for (int round = 0; round < stages.size(); round++) {
            List<DeployPlan.Deploy> stage = stages.get(round);
            if (stopped == null && options.cancellation().isCancelled()) {
                stopped = "cancelled";
            }
            if (stopped != null) {
                for (DeployPlan.Deploy deploy : stage) {
                    skip(item(deploy), stopped);
                }
                continue;
            }
            if (round > 0 && !options.roundPause().isZero()) {
                pause();
            }
            listener.roundStarted(round + 1, stages.size(), stage.size());
            List<ItemOutcome> results = round(stage);
            results.forEach(outcomes::add);
            if (results.stream().anyMatch(o -> o.status() == ItemOutcome.Status.FAILED)) {
                stopped = "deploy round " + (round + 1) + " failed";
            }
        }
    }

    private List<ItemOutcome> round(List<DeployPlan.Deploy> stage) {
        int threads = options.parallelism() == 0 ? stage.size() : Math.min(options.parallelism(), stage.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "komodo-sync-deploy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ItemOutcome>> futures = new ArrayList<>();
            for (DeployPlan.Deploy deploy : stage) {
                futures.add(pool.submit(() -> deploy(deploy)));
            }
            List<ItemOutcome> results = new ArrayList<>();
            for (Future<ItemOutcome> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private ItemOutcome deploy(DeployPlan.Deploy deploy) {
        ApplyItem item = item(deploy);
        if (failedResources.contains(ApplyRun.resourceKey(deploy.kind().variantName(), deploy.name()))) {
            ItemOutcome outcome = ItemOutcome.skipped(item, "its resource change failed");
            listener.finished(outcome, Duration.ZERO);
            return outcome;
        }
        listener.started(item);
        long start = System.nanoTime();
        ItemOutcome outcome;
        try {
            DeployOutcome result = api.deploy(deploy.kind(), deploy.name());
            outcome = result.success() ? ItemOutcome.done(item) : ItemOutcome.failed(item, result.message());
        } catch (KomodoApiException e) {
            outcome = ItemOutcome.failed(item, e.getMessage());
        } catch (RuntimeException e) {
            outcome = ItemOutcome.failed(item, "deploy could not be followed: " + e.getClass().getSimpleName());
        }
        listener.finished(outcome, Duration.ofNanos(System.nanoTime() - start));
        return outcome;
    }

    private static ItemOutcome await(Future<ItemOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a deploy", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a deploy failed unexpectedly", e.getCause());
        }
    }

    private void pause() {
        try {
            Thread.sleep(options.roundPause().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            options.cancellation().cancel();
        }
    }

    private void skip(ApplyItem item, String why) {
        ItemOutcome outcome = ItemOutcome.skipped(item, why);
        outcomes.add(outcome);
        listener.finished(outcome, Duration.ZERO);
    }

    private static ApplyItem item(DeployPlan.Deploy deploy) {
        return new ApplyItem(Step.DEPLOYS, deploy.kind().key(), deploy.name(), "deploy");
    }
}
