package dev.komodosync.model.execution;

import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;
import java.util.Optional;

/**
 * Executions on resource syncs (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface SyncExecution extends Execution
        permits SyncExecution.RunSync,
                SyncExecution.CommitSync {

    /**
     * Runs a resource sync, optionally restricted to a type or to resources.
     */
    record RunSync(
            @Required @Reference("resource_sync") String sync,
            Optional<ResourceTargetVariant> resourceType,
            Optional<List<String>> resources) implements SyncExecution {

        /** Copies the collections. */
        public RunSync {
            resources = resources.map(List::copyOf);
        }
    }

    /**
     * Writes Komodo's state back to a sync's files.
     */
    record CommitSync(
            @Required @Reference("resource_sync") @Alias({"id", "name"}) String sync) implements SyncExecution {}
}
