package dev.komodosync.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A resource of some kind: its name, the metadata every kind has, and its typed config. The
 * common part of a {@link DeclaredResource} and an {@link ExistingResource}.
 *
 * @param kind the kind
 * @param name the name, by which declarations and existing resources are matched (exactly)
 * @param description free text
 * @param template whether the resource is a template
 * @param tags tag names, in order
 * @param config the config, complete: every field the declaration left out holds its default
 * @param <C> the config type
 */
public record Resource<C>(ResourceKind<C> kind, String name, String description, boolean template, List<String> tags, C config) {

    /** Checks and copies the arguments. */
    public Resource {
        requireNonNull(kind, "kind");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        tags = List.copyOf(tags);
        requireNonNull(config, "config");
        checkArgument(kind.configClass().isInstance(config),
                "config of %s is a %s, not a %s", kind, config.getClass().getName(), kind.configClass().getName());
    }

    /** A resource with no description, no tags, not a template, and the given config. */
    public static <C> Resource<C> of(ResourceKind<C> kind, String name, C config) {
        return new Resource<>(kind, name, "", false, List.of(), config);
    }

    /** A resource with no description, no tags, not a template, and the kind's default config. */
    public static <C> Resource<C> withDefaults(ResourceKind<C> kind, String name) {
        return of(kind, name, kind.defaults());
    }

    /** A copy with another description. */
    public Resource<C> withDescription(String value) {
        return new Resource<>(kind, name, value, template, tags, config);
    }

    /** A copy with {@code template} set. */
    public Resource<C> withTemplate(boolean value) {
        return new Resource<>(kind, name, description, value, tags, config);
    }

    /** A copy with other tags. */
    public Resource<C> withTags(List<String> value) {
        return new Resource<>(kind, name, description, template, value, config);
    }

    /** A copy with another config. */
    public Resource<C> withConfig(C value) {
        return new Resource<>(kind, name, description, template, tags, value);
    }
}
