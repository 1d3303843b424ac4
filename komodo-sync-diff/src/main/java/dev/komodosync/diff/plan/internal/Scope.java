package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Resource;
import java.util.List;
import java.util.Optional;

/**
 * Which resources a plan may create, update, delete or deploy (behaviour §2.11, §3.5, §3.8):
 * those that carry every match tag, fall within a restricted run, and are managed by syncs at
 * all. Applied to declared and existing resources alike (a departure: Komodo filters only the
 * existing side of a restricted run).
 */
final class Scope {

    private final SyncOptions options;

    Scope(SyncOptions options) {
        this.options = options;
    }

    /** Whether {@code resource} is in scope. */
    boolean includes(Resource<?> resource) {
        // As why(resource).isEmpty(), without making the reason: asked for every resource.
        return coveredByRestriction(resource.kind().key(), resource.name())
                && (options.matchTags().isEmpty() || resource.tags().containsAll(options.matchTags()))
                && managed(resource);
    }

    private static <C> boolean managed(Resource<C> resource) {
        return resource.kind().isManagedBySyncs(resource.config());
    }

    /** Why {@code resource} is out of scope, if it is. */
    <C> Optional<String> why(Resource<C> resource) {
        if (!coveredByRestriction(resource.kind().key(), resource.name())) {
            return Optional.of("outside the restricted run");
        }
        List<String> missing = options.matchTags().isEmpty() ? List.of()
                : options.matchTags().stream().filter(t -> !resource.tags().contains(t)).toList();
        if (!missing.isEmpty()) {
            return Optional.of("lacks match tag" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!resource.kind().isManagedBySyncs(resource.config())) {
            return Optional.of("not managed by syncs (no file source, or file contents in Komodo)");
        }
        return Optional.empty();
    }

    /** Whether a restricted run covers {@code name} of {@code kind}; every resource when unrestricted. */
    boolean coveredByRestriction(String kind, String name) {
        return !options.restricted() || options.only().stream().anyMatch(r -> r.covers(kind, name));
    }

    /** Whether {@code tags} include every match tag. */
    boolean matchesTags(List<String> tags) {
        return tags.containsAll(options.matchTags());
    }
}
