package dev.komodosync.model.execution;

import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * Executions on builds (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface BuildExecution extends Execution
        permits BuildExecution.RunBuild,
                BuildExecution.BatchRunBuild,
                BuildExecution.CancelBuild {

    /**
     * Runs a build.
     */
    record RunBuild(@Required @Reference("build") String build) implements BuildExecution {}

    /**
     * Runs every build whose name matches.
     */
    record BatchRunBuild(
            @Required @NamePattern(value = "build", split = true) String pattern,
            List<String> tags) implements BuildExecution {

        /** Copies the collections. */
        public BatchRunBuild {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Cancels a running build.
     */
    record CancelBuild(@Required @Reference("build") String build) implements BuildExecution {}
}
