package dev.komodosync.serve;

/** What started a refresh or an execution; shown in events and the status. */
public enum Trigger {
    /** The runner's poll of the source (or its re-plan timer). */
    POLL,
    /** A person or a program, through the admin API or the library. */
    MANUAL,
    /** A push webhook. */
    WEBHOOK,
    /** The first refresh when the runner starts. */
    STARTUP;

    /** The name in lower case, as events and JSON show it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
