package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * A stage of a procedure (behaviour §8.1): its executions run concurrently, stages in order.
 *
 * @param name the stage's name; required
 * @param enabled whether the stage runs
 * @param executions what the stage runs
 */
public record ProcedureStage(
        @Required String name,
        @Default("true") boolean enabled,
        @Alias("execution") List<EnabledExecution> executions) {

    /** Copies the list. */
    public ProcedureStage {
        executions = List.copyOf(executions);
    }
}
