package dev.komodosync.diff.plan;

import java.util.Locale;

/** What a change does. */
public enum ChangeAction {
    /** Creates what does not exist. */
    CREATE,
    /** Updates what exists. */
    UPDATE,
    /** Deletes what is no longer declared. */
    DELETE;

    /** {@code create}, {@code update}, {@code delete}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
