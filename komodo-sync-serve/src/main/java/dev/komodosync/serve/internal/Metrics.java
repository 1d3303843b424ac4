package dev.komodosync.serve.internal;

import dev.komodosync.serve.SyncState;
import dev.komodosync.serve.SyncStatus;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The server's metrics in Prometheus' text exposition format (version 0.0.4), syncs in name order. */
public final class Metrics {

    /** The content type of the format. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private Metrics() {}

    /** The metrics of {@code syncs}, and of the webhooks accepted and rejected so far. */
    public static String render(List<SyncStatus> syncs, long webhooksAccepted, long webhooksRejected) {
        StringBuilder out = new StringBuilder();
        header(out, "komodo_sync_syncs", "gauge", "Resource Syncs this server runs.");
        out.append("komodo_sync_syncs ").append(syncs.size()).append('\n');
        perSync(out, syncs, "komodo_sync_pending_changes", "gauge",
                "Changes the sync's last good plan would make (0: in sync).", s -> (double) s.pendingChanges());
        perSync(out, syncs, "komodo_sync_failed", "gauge", "1 when the sync's last refresh failed.",
                s -> s.state() == SyncState.FAILED ? 1.0 : 0.0);
        header(out, "komodo_sync_last_success_timestamp_seconds", "gauge",
                "When a refresh of the sync last succeeded, in seconds since the epoch.");
        for (SyncStatus sync : syncs) {
            sync.lastSuccess().ifPresent(at -> sample(out, "komodo_sync_last_success_timestamp_seconds", sync.name(),
                    at.toEpochMilli() / 1000.0));
        }
        perSync(out, syncs, "komodo_sync_apply_failures_total", "counter",
                "Executions of the sync that failed or had failed changes.", s -> (double) s.applyFailures());
        perSync(out, syncs, "komodo_sync_refresh_failures_total", "counter", "Refreshes of the sync that failed.",
                s -> (double) s.refreshFailures());
        header(out, "komodo_sync_webhooks_total", "counter", "Webhooks received, by whether they authenticated.");
        out.append("komodo_sync_webhooks_total{result=\"accepted\"} ").append(webhooksAccepted).append('\n');
        out.append("komodo_sync_webhooks_total{result=\"rejected\"} ").append(webhooksRejected).append('\n');
        return out.toString();
    }

    private static void perSync(StringBuilder out, List<SyncStatus> syncs, String name, String type, String help,
            Function<SyncStatus, Double> value) {
        header(out, name, type, help);
        syncs.forEach(sync -> sample(out, name, sync.name(), value.apply(sync)));
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, String sync, double value) {
        out.append(name).append("{sync=\"").append(escape(sync)).append("\"} ").append(format(value)).append('\n');
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** A label value: backslash, double quote and line feed escaped. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
