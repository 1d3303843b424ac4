package dev.komodosync.model;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the deploy decision needs to know about running resources (behaviour §5.2): the state of
 * each deployable resource (with the image a deployment runs, and the deployed and remote files
 * of a stack), and the latest version of each build.
 *
 * @param targets per deployable kind (by plural key, e.g. {@code deployments}), per resource name
 * @param buildVersions the latest successfully built version of each build, by build name
 */
public record RuntimeState(Map<String, Map<String, TargetState>> targets, Map<String, Version> buildVersions) {

    private static final RuntimeState NONE = new RuntimeState(Map.of(), Map.of());

    /** Copies the maps. */
    public RuntimeState {
        Map<String, Map<String, TargetState>> copies = new HashMap<>();
        for (Map.Entry<String, Map<String, TargetState>> entry : targets.entrySet()) {
            copies.put(entry.getKey(), Map.copyOf(entry.getValue()));
        }
        targets = Map.copyOf(copies);
        buildVersions = Map.copyOf(buildVersions);
    }

    /** Nothing known: every target's state is {@code unknown}. */
    public static RuntimeState none() {
        return NONE;
    }

    /** The state of a deployable resource, if known. */
    public Optional<TargetState> state(ResourceKind<?> kind, String name) {
        return Optional.ofNullable(targets.getOrDefault(kind.pluralKey(), Map.of()).get(name));
    }

    /** The latest built version of a build, if it was ever built. */
    public Optional<Version> buildVersion(String build) {
        return Optional.ofNullable(buildVersions.get(build));
    }

    /**
     * The runtime state of a deployment or stack.
     *
     * @param state Komodo's state name in snake case ({@code running}, {@code exited},
     *     {@code not_deployed}, {@code down}, {@code unknown}, ...)
     * @param image the image a deployment's container runs, empty if none or unknown
     * @param deployedFiles the files a stack was deployed with, when Komodo knows them
     * @param remoteFiles the files in a stack's repository or on its host now, when Komodo knows them
     */
    public record TargetState(
            String state, String image, Optional<List<FileContents>> deployedFiles, Optional<List<FileContents>> remoteFiles) {

        /** Checks and copies the arguments. */
        public TargetState {
            requireNonNull(state, "state");
            requireNonNull(image, "image");
            deployedFiles = deployedFiles.isPresent() ? Optional.of(List.copyOf(deployedFiles.get())) : deployedFiles;
            remoteFiles = remoteFiles.isPresent() ? Optional.of(List.copyOf(remoteFiles.get())) : remoteFiles;
        }

        /** A state with no image and no files. */
        public static TargetState of(String state) {
            return new TargetState(state, "", Optional.empty(), Optional.empty());
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
