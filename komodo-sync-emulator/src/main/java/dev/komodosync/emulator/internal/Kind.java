package dev.komodosync.emulator.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Komodo's eleven resource kinds as its API names them: the variant ({@code Deployment}), the
 * snapshot key ({@code deployments}), the request field of {@code Get<Kind>} ({@code deployment})
 * and the sync TOML key, by which the model knows the kind's defaults and name rule.
 */
enum Kind {
    SERVER("Server", "servers", "server", "server"),
    SWARM("Swarm", "swarms", "swarm", "swarm"),
    DEPLOYMENT("Deployment", "deployments", "deployment", "deployment"),
    STACK("Stack", "stacks", "stack", "stack"),
    BUILD("Build", "builds", "build", "build"),
    REPO("Repo", "repos", "repo", "repo"),
    PROCEDURE("Procedure", "procedures", "procedure", "procedure"),
    ACTION("Action", "actions", "action", "action"),
    BUILDER("Builder", "builders", "builder", "builder"),
    ALERTER("Alerter", "alerters", "alerter", "alerter"),
    RESOURCE_SYNC("ResourceSync", "resource_syncs", "sync", "resource_sync");

    private final String variant;
    private final String pluralKey;
    private final String field;
    private final String tomlKey;

    Kind(String variant, String pluralKey, String field, String tomlKey) {
        this.variant = variant;
        this.pluralKey = pluralKey;
        this.field = field;
        this.tomlKey = tomlKey;
    }

    /** {@code Deployment}: request names, {@code ResourceTarget.type}, messages. */
    String variant() {
        return variant;
    }

    /** {@code deployments}: the snapshot file's key. */
    String pluralKey() {
        return pluralKey;
    }

    /** {@code deployment}: the field naming the resource in {@code Get<Kind>} and executions. */
    String field() {
        return field;
    }

    /** {@code deployment}: the sync TOML key, by which the model knows the kind. */
    String tomlKey() {
        return tomlKey;
    }

    /** Whether it deploys (its state comes from the runtime). */
    boolean deployable() {
        return this == DEPLOYMENT || this == STACK;
    }

    /** Names and their plural forms: {@code ListFullResourceSyncs}. */
    String plural() {
        return variant + "s";
    }

    static Optional<Kind> byVariant(String variant) {
        return Arrays.stream(values()).filter(k -> k.variant.equals(variant)).findFirst();
    }
}
