package dev.komodosync.apply.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ItemOutcome;

/** The apply report's JSON document (docs/apply-report-format.md). */
public final class ReportDocument {

    /** The version of the document's shape. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportDocument() {}

    /** {@code done}, {@code failed} or {@code refused}. */
    public static String result(ApplyReport report) {
        return report.refused() ? "refused" : report.succeeded() ? "done" : "failed";
    }

    /** The document, pretty-printed, ending in a newline. */
    public static String render(ApplyReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("fingerprint", report.fingerprint());
        root.put("result", result(report));
        ObjectNode summary = root.putObject("summary");
        for (ItemOutcome.Status status : ItemOutcome.Status.values()) {
            summary.put(status.label(), report.count(status));
        }
        ArrayNode refusals = root.putArray("refusals");
        report.refusals().forEach(refusals::add);
        ArrayNode items = root.putArray("items");
        for (ItemOutcome outcome : report.items()) {
            ObjectNode item = items.addObject();
            item.put("step", outcome.item().step().label());
            item.put("kind", outcome.item().kind());
            item.put("name", outcome.item().name());
            item.put("action", outcome.item().action());
            item.put("status", outcome.status().label());
            if (!outcome.detail().isEmpty()) {
                item.put("detail", outcome.detail());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an apply report could not be written as JSON", e);
        }
    }
}
