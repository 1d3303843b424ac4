package dev.komodosync.model.execution;

import dev.komodosync.model.config.TerminationSignal;
import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;
import java.util.Optional;

/**
 * Executions on deployments (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface DeploymentExecution extends Execution
        permits DeploymentExecution.Deploy,
                DeploymentExecution.BatchDeploy,
                DeploymentExecution.PullDeployment,
                DeploymentExecution.StartDeployment,
                DeploymentExecution.RestartDeployment,
                DeploymentExecution.PauseDeployment,
                DeploymentExecution.UnpauseDeployment,
                DeploymentExecution.StopDeployment,
                DeploymentExecution.DestroyDeployment,
                DeploymentExecution.BatchDestroyDeployment {

    /**
     * Deploys a deployment.
     */
    record Deploy(
            @Required @Reference("deployment") String deployment,
            Optional<TerminationSignal> stopSignal,
            Optional<Integer> stopTime) implements DeploymentExecution {}

    /**
     * Deploys every deployment whose name matches.
     */
    record BatchDeploy(
            @Required @NamePattern(value = "deployment", split = true) String pattern,
            List<String> tags) implements DeploymentExecution {

        /** Copies the collections. */
        public BatchDeploy {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Pulls a deployment's image.
     */
    record PullDeployment(
            @Required @Reference("deployment") String deployment) implements DeploymentExecution {}

    /**
     * Starts a deployment.
     */
    record StartDeployment(
            @Required @Reference("deployment") String deployment) implements DeploymentExecution {}

    /**
     * Restarts a deployment.
     */
    record RestartDeployment(
            @Required @Reference("deployment") String deployment) implements DeploymentExecution {}

    /**
     * Pauses a deployment.
     */
    record PauseDeployment(
            @Required @Reference("deployment") String deployment) implements DeploymentExecution {}

    /**
     * Unpauses a deployment.
     */
    record UnpauseDeployment(
            @Required @Reference("deployment") String deployment) implements DeploymentExecution {}

    /**
     * Stops a deployment.
     */
    record StopDeployment(
            @Required @Reference("deployment") String deployment,
            Optional<TerminationSignal> signal,
            Optional<Integer> time) implements DeploymentExecution {}

    /**
     * Removes a deployment's container.
     */
    record DestroyDeployment(
            @Required @Reference("deployment") String deployment,
            Optional<TerminationSignal> signal,
            Optional<Integer> time) implements DeploymentExecution {}

    /**
     * Removes the containers of every matching deployment.
     */
    record BatchDestroyDeployment(
            @Required @NamePattern(value = "deployment", split = true) String pattern,
            List<String> tags) implements DeploymentExecution {

        /** Copies the collections. */
        public BatchDestroyDeployment {
            tags = List.copyOf(tags);
        }
    }
}
