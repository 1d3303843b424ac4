package dev.komodosync.serve.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.serve.ExecutionRecord;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.serve.SyncStatus;

/**
 * A sync's status as the admin API answers it. Keys in a fixed order; absent values left out.
 * The plan is the plan JSON (formats §2, secrets as {@code ***}); no secret is ever written.
 */
public final class StatusJson {

    private StatusJson() {}

    /** The summary {@code GET /syncs} lists: everything but the plan and the execution report. */
    public static ObjectNode summary(SyncDefinition sync, SyncStatus status) {
        ObjectNode node = Exchanges.JSON.createObjectNode();
        node.put("name", status.name());
        node.put("state", status.state().key());
        node.put("branch", sync.branch());
        node.put("webhook_enabled", sync.config().webhookEnabled());
        node.put("execute_on_push", sync.execute());
        node.put("managed", sync.config().managed());
        status.origin().ifPresent(origin -> {
            ObjectNode source = node.putObject("source");
            source.put("type", origin.type().key());
            source.put("location", origin.location());
            origin.branch().ifPresent(value -> source.put("branch", value));
            origin.commit().ifPresent(value -> source.put("commit", value));
            origin.message().ifPresent(value -> source.put("message", value));
        });
        node.put("pending_changes", status.pendingChanges());
        status.plan().ifPresent(plan -> {
            node.put("fingerprint", plan.fingerprint());
            node.put("planned_at", plan.plannedAt().toString());
        });
        status.lastSuccess().ifPresent(at -> node.put("last_success", at.toString()));
        status.error().ifPresent(error -> node.put("error", error));
        node.put("apply_failures", status.applyFailures());
        node.put("refresh_failures", status.refreshFailures());
        status.lastExecution().ifPresent(record -> node.set("last_execution", execution(record, false)));
        return node;
    }

    /** The whole status {@code GET /syncs/{name}} answers: the summary, the execution's report and the plan. */
    public static ObjectNode full(SyncDefinition sync, SyncStatus status) {
        ObjectNode node = summary(sync, status);
        status.lastExecution().ifPresent(record -> node.set("last_execution", execution(record, true)));
        status.plan().ifPresent(plan -> node.set("plan", parse(plan.json())));
        return node;
    }

    private static ObjectNode execution(ExecutionRecord record, boolean withReport) {
        ObjectNode node = Exchanges.JSON.createObjectNode();
        node.put("trigger", record.trigger().key());
        node.put("finished_at", record.finishedAt().toString());
        node.put("succeeded", record.succeeded());
        record.fingerprint().ifPresent(value -> node.put("fingerprint", value));
        record.outcome().ifPresent(outcome -> {
            node.put("done", outcome.done());
            node.put("failed", outcome.failed());
            if (withReport) {
                node.set("report", parse(outcome.json()));
            }
        });
        record.error().ifPresent(error -> node.put("error", error));
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return Exchanges.JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            return Exchanges.JSON.getNodeFactory().textNode(json);
        }
    }
}
