package dev.komodosync.apply;

import dev.komodosync.apply.internal.ReportDocument;

/**
 * An {@link ApplyReport} as text for a terminal: one line per item ({@code done  create deployment
 * 'api'}, a failure followed by Komodo's error), then a summary line. Deterministic.
 */
public final class ApplyReportText {

    private ApplyReportText() {}

    /** The report as text, ending in a newline. */
    public static String render(ApplyReport report) {
        StringBuilder out = new StringBuilder();
        if (report.refused()) {
            out.append("Apply refused; nothing was changed:\n");
            report.refusals().forEach(r -> out.append("  - ").append(r).append('\n'));
            return out.toString();
        }
        for (ItemOutcome outcome : report.items()) {
            out.append(String.format("%-8s %s", outcome.status().label(), outcome.item().describe()));
            if (!outcome.detail().isEmpty()) {
                out.append(outcome.status() == ItemOutcome.Status.FAILED ? ": " : " (").append(oneLine(outcome.detail()))
                        .append(outcome.status() == ItemOutcome.Status.FAILED ? "" : ")");
            }
            out.append('\n');
        }
        out.append(String.format("Apply %s: %d done, %d failed, %d skipped.%n", ReportDocument.result(report),
                report.count(ItemOutcome.Status.DONE), report.count(ItemOutcome.Status.FAILED),
                report.count(ItemOutcome.Status.SKIPPED)));
        return out.toString();
    }

    static String oneLine(String text) {
        return text.strip().replace("\r\n", " | ").replace('\n', ' ');
    }
}
