package dev.komodosync.model.execution;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Executions on actions (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface ActionExecution extends Execution
        permits ActionExecution.RunAction,
                ActionExecution.BatchRunAction,
                ActionExecution.CancelAction {

    /**
     * Runs an action, optionally with arguments.
     */
    record RunAction(
            @Required @Reference("action") String action,
            Optional<Map<String, Object>> args) implements ActionExecution {

        /** Copies the collections; the arguments keep their order (plans print them in it). */
        public RunAction {
            if (args.isPresent()) {
                args = Optional.of(inOrder(args.get()));
            }
        }

        // Not Map.copyOf: its iteration order changes from one JVM to the next, and so would the plan.
        private static Map<String, Object> inOrder(Map<String, Object> args) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : args.entrySet()) {
                copy.put(requireNonNull(entry.getKey(), "argument name"), requireNonNull(entry.getValue(), "argument value"));
            }
            return Collections.unmodifiableMap(copy);
        }
    }

    /**
     * Runs every action whose name matches.
     */
    record BatchRunAction(
            @Required @NamePattern(value = "action", split = true) String pattern,
            List<String> tags) implements ActionExecution {

        /** Copies the collections. */
        public BatchRunAction {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Cancels a running action.
     */
    record CancelAction(
            @Required @Reference("action") String action,
            Optional<String> updateId) implements ActionExecution {}
}
