package dev.komodosync.model.config;

import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;

/**
 * A reference to one resource by type and name, as alerters and permissions write it
 * (behaviour §2.8). Komodo stores the resource's id in {@code id}; declarations give its name.
 *
 * @param type the resource's type; required
 * @param id the resource's name (declared) or id (stored); required
 */
public record ResourceTarget(@Required ResourceTargetVariant type, @Required @Reference(kindFromField = "type") String id) {}
