package dev.komodosync.model.execution;

import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;
import java.util.Optional;

/**
 * Executions on procedures (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface ProcedureExecution extends Execution
        permits ProcedureExecution.RunProcedure,
                ProcedureExecution.BatchRunProcedure,
                ProcedureExecution.CancelProcedure {

    /**
     * Runs another procedure (never the procedure itself).
     */
    record RunProcedure(@Required @Reference("procedure") String procedure) implements ProcedureExecution {}

    /**
     * Runs every procedure whose name matches.
     */
    record BatchRunProcedure(
            @Required @NamePattern(value = "procedure", split = true) String pattern,
            List<String> tags) implements ProcedureExecution {

        /** Copies the collections. */
        public BatchRunProcedure {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Cancels a running procedure.
     */
    record CancelProcedure(
            @Required @Reference("procedure") String procedure,
            Optional<String> updateId) implements ProcedureExecution {}
}
