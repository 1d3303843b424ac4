package dev.komodosync.apply;

import dev.komodosync.apply.internal.ReportDocument;

/**
 * An {@link ApplyReport} as Markdown, for pull-request comments and CI summaries: a heading with
 * the result, a table of items (status, action, kind, name, detail), then any refusals.
 * Deterministic.
 */
public final class ApplyReportMarkdown {

    private ApplyReportMarkdown() {}

    /** The report as Markdown, ending in a newline. */
    public static String render(ApplyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## Apply ").append(ReportDocument.result(report)).append("\n\n");
        if (report.refused()) {
            out.append("Nothing was changed:\n\n");
            report.refusals().forEach(r -> out.append("- ").append(escape(r)).append('\n'));
            return out.toString();
        }
        out.append(String.format("%d done, %d failed, %d skipped.%n%n", report.count(ItemOutcome.Status.DONE),
                report.count(ItemOutcome.Status.FAILED), report.count(ItemOutcome.Status.SKIPPED)));
        if (report.items().isEmpty()) {
            return out.toString();
        }
        out.append("| status | action | kind | name | detail |\n|---|---|---|---|---|\n");
        for (ItemOutcome outcome : report.items()) {
            out.append("| ").append(outcome.status().label())
                    .append(" | ").append(outcome.item().action())
                    .append(" | ").append(outcome.item().kind())
                    .append(" | ").append(escape(outcome.item().name()))
                    .append(" | ").append(escape(ApplyReportText.oneLine(outcome.detail())))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("`", "\\`");
    }
}
