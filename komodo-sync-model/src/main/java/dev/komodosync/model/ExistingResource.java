package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

/**
 * A resource as Komodo stores it: its id, and the resource with tag <em>names</em> (ids resolved
 * through the snapshot's tag table, unknown ids dropped, as Komodo does) and its stored config,
 * which holds <em>ids</em> in reference fields (behaviour §4.3).
 *
 * @param id Komodo's id
 * @param resource the resource
 * @param <C> the config type
 */
public record ExistingResource<C>(String id, Resource<C> resource) {

    /** Checks the arguments. */
    public ExistingResource {
        requireNonNull(id, "id");
        requireNonNull(resource, "resource");
    }

    /** The kind. */
    public ResourceKind<C> kind() {
        return resource.kind();
    }

    /** The name. */
    public String name() {
        return resource.name();
    }
}
