package dev.komodosync.model;

import java.util.Locale;

/** How much a {@link Diagnostic} matters. */
public enum Severity {
    /** Blocks the plan. */
    ERROR,
    /** Does not block the plan, except in strict mode. */
    WARNING,
    /** Never blocks; worth knowing. */
    INFO;

    /** The lower-case name used in output: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
