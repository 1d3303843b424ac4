package dev.komodosync.model.config;

import dev.komodosync.model.execution.Execution;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;

/**
 * One execution of a procedure stage (behaviour §8.1).
 *
 * @param execution what to run; required
 * @param enabled whether it runs
 */
public record EnabledExecution(@Required Execution execution, @Default("true") boolean enabled) {}
