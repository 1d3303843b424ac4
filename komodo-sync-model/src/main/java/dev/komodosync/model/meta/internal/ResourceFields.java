package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * The fields every {@code [[kind]]} table has beside its {@code config} (behaviour §1.2), as
 * the parser binds them. {@link #CONFIG_KEY} holds the kind's config.
 *
 * @param name the name; required
 * @param description free text
 * @param template whether the resource is a template
 * @param tags tag names
 * @param deploy whether the sync deploys it (deployable kinds)
 * @param after deployments and stacks to deploy first
 */
public record ResourceFields(
        @Required String name, String description, boolean template, List<String> tags, boolean deploy, List<String> after) {

    /** The key of the kind's config table. */
    public static final String CONFIG_KEY = "config";

    /** Copies the lists. */
    public ResourceFields {
        tags = List.copyOf(tags);
        after = List.copyOf(after);
    }
}
