package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What an apply did: every item of the plan with its outcome, in the order the items ran (the
 * deploys of one round in the plan's order), or why the apply was refused before it changed
 * anything. Holds no timing and no secret, so the same run gives the same report. Immutable.
 *
 * @param fingerprint the fingerprint of the plan applied
 * @param refusals why the whole apply was refused (a guard rail); empty when it ran
 * @param items the outcome of every item; empty when refused
 */
public record ApplyReport(String fingerprint, List<String> refusals, List<ItemOutcome> items) {

    /** Checks and copies the arguments. */
    public ApplyReport {
        requireNonNull(fingerprint, "fingerprint");
        refusals = List.copyOf(refusals);
        items = List.copyOf(items);
    }

    /** Whether the apply was refused before it changed anything. */
    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** Whether it ran and every item was done (exit 0). */
    public boolean succeeded() {
        return !refused() && items.stream().allMatch(o -> o.status() == ItemOutcome.Status.DONE);
    }

    /** The number of items with {@code status}. */
    public int count(ItemOutcome.Status status) {
        return (int) items.stream().filter(o -> o.status() == status).count();
    }
}
