package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A resource as a sync file declares it: the resource, the declaration-only {@code deploy} and
 * {@code after} (behaviour §1.2), and where everything was written. The keys the file gave are
 * the paths of {@link SourceMap#paths()}; every other config field holds its default.
 *
 * @param resource the resource, its config complete with defaults
 * @param deploy whether the sync should make sure it runs with the latest config (deployable kinds)
 * @param after deployments and stacks, by name, to deploy first
 * @param sources where the declaration and its keys were written
 * @param <C> the config type
 */
public record DeclaredResource<C>(Resource<C> resource, boolean deploy, List<String> after, SourceMap sources) {

    /** Checks and copies the arguments. */
    public DeclaredResource {
        requireNonNull(resource, "resource");
        after = List.copyOf(after);
        requireNonNull(sources, "sources");
    }

    /** A declaration built in code: no deploy, no {@code after}, no locations. */
    public static <C> DeclaredResource<C> of(Resource<C> resource) {
        return new DeclaredResource<>(resource, false, List.of(), SourceMap.none());
    }

    /** The kind. */
    public ResourceKind<C> kind() {
        return resource.kind();
    }

    /** The name. */
    public String name() {
        return resource.name();
    }

    /** A copy with {@code deploy} and {@code after} set. */
    public DeclaredResource<C> withDeploy(boolean value, List<String> dependencies) {
        return new DeclaredResource<>(resource, value, dependencies, sources);
    }
}
