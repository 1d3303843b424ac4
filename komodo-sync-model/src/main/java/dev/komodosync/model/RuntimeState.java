package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the deploy decision needs to know about running resources (behaviour §5.2): the state of
 * each deployable resource, the image a deployment runs, the latest version of each build, and
 * the deployed and remote files of stacks.
 *
 * @param targets per deployable kind (by plural key, e.g. {@code deployments}), per resource name
 * @param buildVersions the latest successfully built version of each build, by build name
 * @param stackFiles the deployed and remote compose files of each stack, by stack name
 */
public record RuntimeState(
        Map<String, Map<String, TargetState>> targets, Map<String, Version> buildVersions, Map<String, StackFiles> stackFiles) {

    private static final RuntimeState NONE = new RuntimeState(Map.of(), Map.of(), Map.of());

    /** Copies the maps. */
    public RuntimeState {
        targets = targets.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        buildVersions = Map.copyOf(buildVersions);
        stackFiles = Map.copyOf(stackFiles);
    }

    /** Nothing known: every target's state is {@code unknown}. */
    public static RuntimeState none() {
        return NONE;
    }

    /** The state of a deployable resource, if known. */
    public Optional<TargetState> state(ResourceKind<?> kind, String name) {
        return Optional.ofNullable(targets.getOrDefault(kind.pluralKey(), Map.of()).get(name));
    }

    /**
     * The state of a deployment or stack.
     *
     * @param state Komodo's state name in snake case ({@code running}, {@code exited},
     *     {@code not_deployed}, {@code down}, {@code unknown}, ...)
     * @param image the image a deployment's container runs, empty if none or unknown
     */
    public record TargetState(String state, String image) {
        /** Checks the arguments. */
        public TargetState {
            requireNonNull(state, "state");
            requireNonNull(image, "image");
        }
    }

    /**
     * A stack's compose files as deployed and as found in its source, when Komodo knows them.
     *
     * @param deployed the files the running stack was deployed with
     * @param remote the files in the stack's repository or on its host now
     */
    public record StackFiles(Optional<List<FileContents>> deployed, Optional<List<FileContents>> remote) {
        /** Copies the lists. */
        public StackFiles {
            deployed = deployed.map(List::copyOf);
            remote = remote.map(List::copyOf);
        }
    }

    /**
     * One file of a stack.
     *
     * @param path the file's path
     * @param contents its contents
     */
    public record FileContents(String path, String contents) {}
}
