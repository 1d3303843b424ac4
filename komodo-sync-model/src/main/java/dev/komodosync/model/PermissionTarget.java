package dev.komodosync.model;

import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Required;

/**
 * The resources a user-group permission applies to (behaviour §7.3): a type and one name
 * pattern (a name, a wildcard, or a {@code \regex\}), not split at commas.
 *
 * @param type the resources' type
 * @param id the name pattern
 */
public record PermissionTarget(@Required ResourceTargetVariant type, @Required @NamePattern(kindFromField = "type") String id) {}
