package dev.komodosync.model.execution;

import dev.komodosync.model.meta.NamePattern;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Executions on stacks (behaviour §8.3).
 *
 * <p>Each record is the {@code params} of the execution type named like it.
 */
public sealed interface StackExecution extends Execution
        permits StackExecution.DeployStack,
                StackExecution.BatchDeployStack,
                StackExecution.DeployStackIfChanged,
                StackExecution.BatchDeployStackIfChanged,
                StackExecution.PullStack,
                StackExecution.BatchPullStack,
                StackExecution.StartStack,
                StackExecution.RestartStack,
                StackExecution.PauseStack,
                StackExecution.UnpauseStack,
                StackExecution.StopStack,
                StackExecution.DestroyStack,
                StackExecution.BatchDestroyStack,
                StackExecution.RunStackService {

    /**
     * Deploys a stack.
     */
    record DeployStack(
            @Required @Reference("stack") String stack,
            List<String> services,
            Optional<Integer> stopTime) implements StackExecution {

        /** Copies the collections. */
        public DeployStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Deploys every stack whose name matches.
     */
    record BatchDeployStack(
            @Required @NamePattern(value = "stack", split = true) String pattern,
            List<String> tags) implements StackExecution {

        /** Copies the collections. */
        public BatchDeployStack {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Deploys a stack if its files or config changed.
     */
    record DeployStackIfChanged(
            @Required @Reference("stack") String stack,
            Optional<Integer> stopTime) implements StackExecution {}

    /**
     * Deploys every matching stack that changed.
     */
    record BatchDeployStackIfChanged(
            @Required @NamePattern(value = "stack", split = true) String pattern,
            List<String> tags) implements StackExecution {

        /** Copies the collections. */
        public BatchDeployStackIfChanged {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Pulls a stack's images.
     */
    record PullStack(
            @Required @Reference("stack") String stack,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public PullStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Pulls the images of every matching stack.
     */
    record BatchPullStack(
            @Required @NamePattern(value = "stack", split = true) String pattern,
            List<String> tags) implements StackExecution {

        /** Copies the collections. */
        public BatchPullStack {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Starts a stack.
     */
    record StartStack(
            @Required @Reference("stack") String stack,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public StartStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Restarts a stack.
     */
    record RestartStack(
            @Required @Reference("stack") String stack,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public RestartStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Pauses a stack.
     */
    record PauseStack(
            @Required @Reference("stack") String stack,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public PauseStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Unpauses a stack.
     */
    record UnpauseStack(
            @Required @Reference("stack") String stack,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public UnpauseStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Stops a stack.
     */
    record StopStack(
            @Required @Reference("stack") String stack,
            Optional<Integer> stopTime,
            List<String> services) implements StackExecution {

        /** Copies the collections. */
        public StopStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Takes a stack down.
     */
    record DestroyStack(
            @Required @Reference("stack") String stack,
            List<String> services,
            boolean removeOrphans,
            Optional<Integer> stopTime) implements StackExecution {

        /** Copies the collections. */
        public DestroyStack {
            services = List.copyOf(services);
        }
    }

    /**
     * Takes every matching stack down.
     */
    record BatchDestroyStack(
            @Required @NamePattern(value = "stack", split = true) String pattern,
            List<String> tags) implements StackExecution {

        /** Copies the collections. */
        public BatchDestroyStack {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Runs a one-off command in a service of a stack.
     */
    record RunStackService(
            @Required @Reference("stack") String stack,
            @Required String service,
            Optional<List<String>> command,
            Optional<Boolean> noTty,
            Optional<Boolean> noDeps,
            Optional<Boolean> detach,
            Optional<Boolean> servicePorts,
            Optional<Map<String, String>> env,
            Optional<String> workdir,
            Optional<String> user,
            Optional<String> entrypoint,
            Optional<Boolean> pull) implements StackExecution {

        /** Copies the collections. */
        public RunStackService {
            command = command.map(List::copyOf);
            env = env.map(Map::copyOf);
        }
    }
}
