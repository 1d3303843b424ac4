package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What became of one item.
 *
 * @param item the item
 * @param status done, failed or skipped
 * @param detail for a failure Komodo's error text; for a skip, why; empty when done
 */
public record ItemOutcome(ApplyItem item, Status status, String detail) {

    /** Checks the arguments. */
    public ItemOutcome {
        requireNonNull(item, "item");
        requireNonNull(status, "status");
        requireNonNull(detail, "detail");
    }

    /** Done. */
    public static ItemOutcome done(ApplyItem item) {
        return new ItemOutcome(item, Status.DONE, "");
    }

    /** Failed, with Komodo's error text. */
    public static ItemOutcome failed(ApplyItem item, String error) {
        return new ItemOutcome(item, Status.FAILED, error);
    }

    /** Not attempted, with why. */
    public static ItemOutcome skipped(ApplyItem item, String why) {
        return new ItemOutcome(item, Status.SKIPPED, why);
    }

    /** The outcomes. */
    public enum Status {
        /** Every call succeeded. */
        DONE,
        /** A call failed. */
        FAILED,
        /** Not attempted: a dependency failed, a stage stopped, the run was cancelled, the item is protected. */
        SKIPPED;

        /** {@code done}, {@code failed}, {@code skipped}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
