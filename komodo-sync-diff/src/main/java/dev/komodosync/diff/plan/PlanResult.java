package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of planning: the plan, unless a diagnostic is an error, and every diagnostic in
 * print order.
 *
 * @param plan the plan; empty when any diagnostic is an error
 * @param diagnostics the problems found, sorted by location
 */
public record PlanResult(Optional<Plan> plan, List<Diagnostic> diagnostics) {

    /** Checks and copies the arguments; a result with errors holds no plan. */
    public PlanResult {
        requireNonNull(plan, "plan");
        diagnostics = List.copyOf(diagnostics);
        if (plan.isPresent()) {
            for (Diagnostic diagnostic : diagnostics) {
                if (diagnostic.isError()) {
                    throw new IllegalArgumentException("a plan never holds errors");
                }
            }
        }
    }

    /** Whether any diagnostic is an error (and there is no plan). */
    public boolean hasErrors() {
        return plan.isEmpty();
    }
}
