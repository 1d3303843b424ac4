package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Komodo's {@code Update} documents: what an execution or a rename returns and {@code GetUpdate} shows. */
final class Updates {

    private Updates() {}

    /** A new update of {@code operation} on a resource, stored, {@code InProgress} with no logs. */
    static ObjectNode start(Store store, String operation, Kind kind, String resourceId, Caller caller) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        String id = Ids.next();
        update.set("_id", Ids.oid(id));
        update.put("operation", operation);
        update.put("start_ts", System.currentTimeMillis());
        update.put("success", true);
        update.put("operator", caller.id());
        ObjectNode target = update.putObject("target");
        target.put("type", kind.variant());
        target.put("id", resourceId);
        update.putArray("logs");
        update.putNull("end_ts");
        update.put("status", "InProgress");
        store.updates.put(id, update);
        return update;
    }

    /** Appends a log: {@code {stage, command, stdout, stderr, success, start_ts, end_ts}}. */
    static void log(ObjectNode update, String stage, String command, String stdout, String stderr, boolean success) {
        long now = System.currentTimeMillis();
        ObjectNode log = ((ArrayNode) update.get("logs")).addObject();
        log.put("stage", stage);
        log.put("command", command);
        log.put("stdout", stdout);
        log.put("stderr", stderr);
        log.put("success", success);
        log.put("start_ts", now);
        log.put("end_ts", now);
    }

    /** Completes an update: {@code Complete}, {@code end_ts}, {@code success} = every log succeeded. */
    static void finish(ObjectNode update) {
        boolean success = true;
        for (var log : update.path("logs")) {
            success &= log.path("success").asBoolean(false);
        }
        update.put("success", success);
        update.put("end_ts", System.currentTimeMillis());
        update.put("status", "Complete");
    }
}
