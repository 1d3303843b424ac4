package dev.komodosync.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.apply.DeployOutcome;
import dev.komodosync.apply.KomodoApiException;
import java.time.Duration;
import java.util.List;

/**
 * Follows a started execution's {@code Update} with {@code GetUpdate} until it completes, and
 * judges it (komodo-api §3.7): failed when a {@code Task Error} / {@code Spawn Error} log failed —
 * or, strictly, when any log failed.
 */
final class DeployFollower {

    /** The first poll comes soon (most deploys are quick), each next one twice as late, up to the poll interval. */
    private static final Duration FIRST_POLL = Duration.ofMillis(50);

    private final KomodoClient client;
    private final Duration pollInterval;
    private final Duration timeout;
    private final boolean anyFailedLog;

    DeployFollower(KomodoClient client, Duration pollInterval, Duration timeout, boolean anyFailedLog) {
        this.client = client;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
        this.anyFailedLog = anyFailedLog;
    }

    DeployOutcome follow(JsonNode started) throws KomodoApiException {
        String id = started.path("_id").path("$oid").asText("");
        if (id.isEmpty()) {
            throw new KomodoApiException("Core answered the execution without an Update id");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode update = started;
        long wait = Math.min(FIRST_POLL.toNanos(), pollInterval.toNanos());
        while (!"Complete".equals(update.path("status").asText())) {
            if (System.nanoTime() - deadline > 0) {
                return DeployOutcome.failed("did not complete within " + timeout.toSeconds() + " s (Update " + id + ")");
            }
            pause(wait);
            wait = Math.min(wait * 2, pollInterval.toNanos());
            ObjectNode params = client.params();
            params.put("id", id);
            update = HttpKomodoApi.call(() -> client.read("GetUpdate", params), List.of());
        }
        for (JsonNode log : update.path("logs")) {
            if (log.path("success").asBoolean(true)) {
                continue;
            }
            String stage = log.path("stage").asText("");
            if (anyFailedLog || stage.equals("Task Error") || stage.equals("Spawn Error")) {
                String stderr = log.path("stderr").asText("").strip();
                return DeployOutcome.failed(stage + (stderr.isEmpty() ? "" : ": " + stderr));
            }
        }
        return DeployOutcome.deployed();
    }

    private static void pause(long nanos) throws KomodoApiException {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KomodoApiException("interrupted while waiting for a deploy");
        }
    }
}
