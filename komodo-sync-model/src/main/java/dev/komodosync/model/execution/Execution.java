package dev.komodosync.model.execution;

import dev.komodosync.model.meta.Union;

/**
 * One of Komodo's 82 executions, as a procedure stage runs them (behaviour §8.3): written
 * {@code execution = { type = "Deploy", params = { deployment = "api" } }}, with {@code params}
 * required even when empty.
 *
 * <p>The variants are records grouped by the resource kind they act on ({@link StackExecution},
 * {@link DeploymentExecution}, …); each record is named like its execution type and holds its
 * params. Target fields are references by name ({@code @Reference}); {@code Batch*} patterns are
 * name patterns ({@code @NamePattern}).
 */
@Union(defaultVariant = "None")
public sealed interface Execution
        permits Execution.None,
                StackExecution,
                DeploymentExecution,
                BuildExecution,
                RepoExecution,
                ProcedureExecution,
                ActionExecution,
                SyncExecution,
                AlerterExecution,
                ServerExecution,
                SwarmExecution,
                MaintenanceExecution,
                Execution.Sleep {

    /** The execution that does nothing. */
    record None() implements Execution {}

    /**
     * Waits.
     *
     * @param durationMs how long, in milliseconds
     */
    record Sleep(long durationMs) implements Execution {}
}
