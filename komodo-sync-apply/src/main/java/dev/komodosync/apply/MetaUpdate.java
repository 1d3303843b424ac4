package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The members of {@code UpdateResourceMeta} (komodo-api §3.1): each present member is set, each
 * absent one left as it is; {@code tags} is the full new list of tag names.
 *
 * @param description the new description
 * @param template the new template flag
 * @param tags the new tag names, in order
 */
public record MetaUpdate(Optional<String> description, Optional<Boolean> template, Optional<List<String>> tags) {

    /** Checks and copies the arguments. */
    public MetaUpdate {
        requireNonNull(description, "description");
        requireNonNull(template, "template");
        tags = requireNonNull(tags, "tags").map(List::copyOf);
    }

    /** Every member set, as after a create. */
    public static MetaUpdate all(String description, boolean template, List<String> tags) {
        return new MetaUpdate(Optional.of(description), Optional.of(template), Optional.of(tags));
    }

    /** Whether no member is set. */
    public boolean isEmpty() {
        return description.isEmpty() && template.isEmpty() && tags.isEmpty();
    }
}
