package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import dev.komodosync.source.SyncSource;

/**
 * One Resource Sync the runner runs: its name, its configuration as declared, where its files
 * come from, and whether a push webhook may execute it.
 *
 * <pre>{@code
 * SyncDefinition sync = SyncDefinition.of(declared, settings).withExecute(true);
 * }</pre>
 *
 * @param name the sync's name (webhooks may name it, or its id, which here is the name)
 * @param config the sync's configuration: webhook, branch, planning options, pending alert, managed mode
 * @param source where its files come from (normally {@link SyncSource#of(String, ResourceSyncConfig, SourceSettings)})
 * @param execute whether a {@code /sync} push webhook to the sync's branch executes the plan (apply on
 *     push); off, it only refreshes. An explicit execute ({@code POST /syncs/{name}/execute}) executes
 *     either way.
 */
public record SyncDefinition(String name, ResourceSyncConfig config, SyncSource source, boolean execute) {

    /** Checks the arguments. */
    public SyncDefinition {
        requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a sync needs a name");
        }
        requireNonNull(config, "config");
        requireNonNull(source, "source");
    }

    /** The declared sync {@code declared}, reading the source it declares; {@code execute} off. */
    public static SyncDefinition of(DeclaredResource<ResourceSyncConfig> declared, SourceSettings settings)
            throws SourceException {
        return new SyncDefinition(declared.name(), declared.resource().config(),
                SyncSource.of(declared.resource(), settings), false);
    }

    /** This sync with {@code value} as its {@link #execute()}. */
    public SyncDefinition withExecute(boolean value) {
        return new SyncDefinition(name, config, source, value);
    }

    /** This sync reading {@code value}. */
    public SyncDefinition withSource(SyncSource value) {
        return new SyncDefinition(name, config, value, execute);
    }

    /**
     * The branch a push must name (komodo-api §4.3): the branch the git source reads (the linked
     * repo's, when {@code linked_repo} is set), else the sync's {@code branch}.
     */
    public String branch() {
        return source instanceof GitSource git ? git.branch() : config.branch();
    }

    /**
     * The planning options Komodo runs the sync with (behaviour §3): {@code delete} (forced by
     * {@code managed}), {@code include_*}, {@code match_tags}, and the sync itself as the one not to
     * delete.
     */
    public SyncOptions planOptions() {
        return SyncOptions.builder()
                .delete(config.delete())
                .managed(config.managed())
                .includeResources(config.includeResources())
                .includeVariables(config.includeVariables())
                .includeUserGroups(config.includeUserGroups())
                .matchTags(config.matchTags())
                .selfSync(name)
                .build();
    }
}
