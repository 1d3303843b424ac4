package dev.komodosync.model.execution;

import dev.komodosync.model.config.SeverityLevel;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * Executions on alerters (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface AlerterExecution extends Execution
        permits AlerterExecution.TestAlerter,
                AlerterExecution.SendAlert {

    /**
     * Sends a test alert.
     */
    record TestAlerter(@Required @Reference("alerter") String alerter) implements AlerterExecution {}

    /**
     * Sends a custom alert through the given alerters, or all.
     */
    record SendAlert(
            @Default("OK") SeverityLevel level,
            @Required String message,
            String details,
            @Reference("alerter") List<String> alerters) implements AlerterExecution {

        /** Copies the collections. */
        public SendAlert {
            alerters = List.copyOf(alerters);
        }
    }
}
