package dev.komodosync.model.execution;

import dev.komodosync.model.config.NodeAvailability;
import dev.komodosync.model.config.NodeRole;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;
import java.util.Optional;

/**
 * Executions on swarms (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface SwarmExecution extends Execution
        permits SwarmExecution.RemoveSwarmNodes,
                SwarmExecution.UpdateSwarmNode,
                SwarmExecution.RemoveSwarmStacks,
                SwarmExecution.RemoveSwarmServices,
                SwarmExecution.CreateSwarmConfig,
                SwarmExecution.RotateSwarmConfig,
                SwarmExecution.RemoveSwarmConfigs,
                SwarmExecution.CreateSwarmSecret,
                SwarmExecution.RotateSwarmSecret,
                SwarmExecution.RemoveSwarmSecrets {

    /**
     * Removes nodes from a swarm.
     */
    record RemoveSwarmNodes(
            @Required @Reference("swarm") String swarm,
            @Required List<String> nodes,
            boolean force) implements SwarmExecution {

        /** Copies the collections. */
        public RemoveSwarmNodes {
            nodes = List.copyOf(nodes);
        }
    }

    /**
     * Updates a swarm node.
     */
    record UpdateSwarmNode(
            @Required @Reference("swarm") String swarm,
            @Required String node,
            Optional<NodeAvailability> availability,
            Optional<List<String>> labelAdd,
            Optional<List<String>> labelRm,
            Optional<NodeRole> role) implements SwarmExecution {

        /** Copies the collections. */
        public UpdateSwarmNode {
            labelAdd = labelAdd.map(List::copyOf);
            labelRm = labelRm.map(List::copyOf);
        }
    }

    /**
     * Removes stacks from a swarm.
     */
    record RemoveSwarmStacks(
            @Required @Reference("swarm") String swarm,
            @Required List<String> stacks,
            @Default("true") boolean detach) implements SwarmExecution {

        /** Copies the collections. */
        public RemoveSwarmStacks {
            stacks = List.copyOf(stacks);
        }
    }

    /**
     * Removes services from a swarm.
     */
    record RemoveSwarmServices(
            @Required @Reference("swarm") String swarm,
            @Required List<String> services) implements SwarmExecution {

        /** Copies the collections. */
        public RemoveSwarmServices {
            services = List.copyOf(services);
        }
    }

    /**
     * Creates a swarm config.
     */
    record CreateSwarmConfig(
            @Required @Reference("swarm") String swarm,
            @Required String name,
            @Required String data,
            List<String> labels,
            Optional<String> templateDriver) implements SwarmExecution {

        /** Copies the collections. */
        public CreateSwarmConfig {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Replaces the data of a swarm config.
     */
    record RotateSwarmConfig(
            @Required @Reference("swarm") String swarm,
            @Required String config,
            @Required String data) implements SwarmExecution {}

    /**
     * Removes swarm configs.
     */
    record RemoveSwarmConfigs(
            @Required @Reference("swarm") String swarm,
            @Required List<String> configs) implements SwarmExecution {

        /** Copies the collections. */
        public RemoveSwarmConfigs {
            configs = List.copyOf(configs);
        }
    }

    /**
     * Creates a swarm secret.
     */
    record CreateSwarmSecret(
            @Required @Reference("swarm") String swarm,
            @Required String name,
            @Required String data,
            Optional<String> driver,
            List<String> labels,
            Optional<String> templateDriver) implements SwarmExecution {

        /** Copies the collections. */
        public CreateSwarmSecret {
            labels = List.copyOf(labels);
        }
    }

    /**
     * Replaces the data of a swarm secret.
     */
    record RotateSwarmSecret(
            @Required @Reference("swarm") String swarm,
            @Required String secret,
            @Required String data) implements SwarmExecution {}

    /**
     * Removes swarm secrets.
     */
    record RemoveSwarmSecrets(
            @Required @Reference("swarm") String swarm,
            @Required List<String> secrets) implements SwarmExecution {

        /** Copies the collections. */
        public RemoveSwarmSecrets {
            secrets = List.copyOf(secrets);
        }
    }
}
