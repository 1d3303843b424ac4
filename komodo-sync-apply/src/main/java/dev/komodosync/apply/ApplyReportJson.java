package dev.komodosync.apply;

import dev.komodosync.apply.internal.ReportDocument;

/**
 * An {@link ApplyReport} as JSON (docs/apply-report-format.md, {@code format_version} 1):
 * {@code fingerprint}, {@code result} ({@code done}, {@code failed}, {@code refused}),
 * {@code summary}, {@code refusals} and {@code items} in the order they ran. Deterministic.
 */
public final class ApplyReportJson {

    private ApplyReportJson() {}

    /** The report as one pretty-printed JSON document ending in a newline. */
    public static String render(ApplyReport report) {
        return ReportDocument.render(report);
    }
}
