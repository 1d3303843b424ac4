package dev.komodosync.diff.render;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Snapshot;
import java.util.Optional;

/**
 * How {@link PlanText} and {@link PlanMarkdown} show a plan. Immutable; start from
 * {@link #defaults()} and change what differs:
 * {@code RenderOptions.defaults().withCompact(true).withColor(true)}.
 *
 * @param compact one line per resource change: creates and deletes without their attributes (the
 *     form of earlier releases); updates still list their changed values
 * @param color ANSI colours in text (Markdown has none)
 * @param existing what exists, so that deleted resources show their references by name, as
 *     {@code export} writes them; without it, references of a deleted resource show as stored (by id)
 */
public record RenderOptions(boolean compact, boolean color, Optional<Snapshot> existing) {

    /** Checks the arguments. */
    public RenderOptions {
        requireNonNull(existing, "existing");
    }

    /** Full creates and deletes, no colour, no snapshot. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, false, Optional.empty());
    }

    /** These options with {@code compact} set. */
    public RenderOptions withCompact(boolean value) {
        return new RenderOptions(value, color, existing);
    }

    /** These options with {@code color} set. */
    public RenderOptions withColor(boolean value) {
        return new RenderOptions(compact, value, existing);
    }

    /** These options naming references of deleted resources from {@code snapshot}. */
    public RenderOptions withExisting(Snapshot snapshot) {
        return new RenderOptions(compact, color, Optional.of(requireNonNull(snapshot, "snapshot")));
    }
}
