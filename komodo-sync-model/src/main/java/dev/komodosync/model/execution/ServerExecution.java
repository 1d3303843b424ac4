package dev.komodosync.model.execution;

import dev.komodosync.model.config.TerminationSignal;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.Optional;

/**
 * Executions on servers and their docker objects (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface ServerExecution extends Execution
        permits ServerExecution.StartContainer,
                ServerExecution.RestartContainer,
                ServerExecution.PauseContainer,
                ServerExecution.UnpauseContainer,
                ServerExecution.StopContainer,
                ServerExecution.DestroyContainer,
                ServerExecution.StartAllContainers,
                ServerExecution.RestartAllContainers,
                ServerExecution.PauseAllContainers,
                ServerExecution.UnpauseAllContainers,
                ServerExecution.StopAllContainers,
                ServerExecution.PruneContainers,
                ServerExecution.DeleteNetwork,
                ServerExecution.PruneNetworks,
                ServerExecution.DeleteImage,
                ServerExecution.PruneImages,
                ServerExecution.DeleteVolume,
                ServerExecution.PruneVolumes,
                ServerExecution.PruneDockerBuilders,
                ServerExecution.PruneBuildx,
                ServerExecution.PruneSystem {

    /**
     * Starts a container.
     */
    record StartContainer(
            @Required @Reference("server") String server,
            @Required String container) implements ServerExecution {}

    /**
     * Restarts a container.
     */
    record RestartContainer(
            @Required @Reference("server") String server,
            @Required String container) implements ServerExecution {}

    /**
     * Pauses a container.
     */
    record PauseContainer(
            @Required @Reference("server") String server,
            @Required String container) implements ServerExecution {}

    /**
     * Unpauses a container.
     */
    record UnpauseContainer(
            @Required @Reference("server") String server,
            @Required String container) implements ServerExecution {}

    /**
     * Stops a container.
     */
    record StopContainer(
            @Required @Reference("server") String server,
            @Required String container,
            Optional<TerminationSignal> signal,
            Optional<Integer> time) implements ServerExecution {}

    /**
     * Removes a container.
     */
    record DestroyContainer(
            @Required @Reference("server") String server,
            @Required String container,
            Optional<TerminationSignal> signal,
            Optional<Integer> time) implements ServerExecution {}

    /**
     * Starts every container on a server.
     */
    record StartAllContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Restarts every container on a server.
     */
    record RestartAllContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Pauses every container on a server.
     */
    record PauseAllContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Unpauses every container on a server.
     */
    record UnpauseAllContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Stops every container on a server.
     */
    record StopAllContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Prunes stopped containers.
     */
    record PruneContainers(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Deletes a docker network.
     */
    record DeleteNetwork(
            @Required @Reference("server") String server,
            @Required String name) implements ServerExecution {}

    /**
     * Prunes unused networks.
     */
    record PruneNetworks(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Deletes a docker image.
     */
    record DeleteImage(
            @Required @Reference("server") String server,
            @Required String name) implements ServerExecution {}

    /**
     * Prunes unused images.
     */
    record PruneImages(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Deletes a docker volume.
     */
    record DeleteVolume(
            @Required @Reference("server") String server,
            @Required String name) implements ServerExecution {}

    /**
     * Prunes unused volumes.
     */
    record PruneVolumes(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Prunes the docker builder cache.
     */
    record PruneDockerBuilders(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Prunes the buildx cache.
     */
    record PruneBuildx(@Required @Reference("server") String server) implements ServerExecution {}

    /**
     * Runs docker system prune.
     */
    record PruneSystem(@Required @Reference("server") String server) implements ServerExecution {}
}
