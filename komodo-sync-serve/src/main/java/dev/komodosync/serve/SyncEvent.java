package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something that happened to a sync, for a {@link SyncListener}: one line of the server's log.
 *
 * @param sync the sync's name
 * @param type what happened
 * @param trigger what started it
 * @param message a one-line description (never a secret)
 * @param at when
 */
public record SyncEvent(String sync, Type type, Trigger trigger, String message, Instant at) {

    /** Checks the arguments. */
    public SyncEvent {
        requireNonNull(sync, "sync");
        requireNonNull(type, "type");
        requireNonNull(trigger, "trigger");
        requireNonNull(message, "message");
        requireNonNull(at, "at");
    }

    /** The kinds of event. */
    public enum Type {
        /** A new plan was made. */
        PLANNED,
        /** The source was read and neither it nor the timer asked for a new plan. */
        UNCHANGED,
        /** Changes became pending and the sync has {@code pending_alert} on (Komodo's {@code ResourceSyncPendingUpdates}). */
        PENDING_CHANGES,
        /** Nothing is pending any more: the alert is resolved. */
        PENDING_RESOLVED,
        /** A refresh failed; the last good plan is kept. */
        REFRESH_FAILED,
        /** A plan was executed (some changes may have failed: see the message). */
        EXECUTED,
        /** An execution could not run, or changes failed. */
        EXECUTION_FAILED,
        /** A webhook was accepted but does nothing: webhooks disabled, another branch, no branch. */
        IGNORED,
        /** Managed mode: what exists was committed and pushed. */
        COMMITTED,
        /** Managed mode: the commit failed. */
        COMMIT_FAILED;

        /** The name in lower case with dashes, as the log shows it. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The log line: {@code sync=<name> event=<type> trigger=<trigger> <message>}. */
    public String line() {
        return "sync=" + sync + " event=" + type.key() + " trigger=" + trigger.key() + " " + message;
    }
}
