package dev.komodosync.diff.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.diff.snapshot.internal.ElementBinding;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;

/**
 * Builds a {@link dev.komodosync.model.Snapshot} from Komodo's API JSON one document at a time —
 * a resource, a tag, a variable, a user, a user group, a permission, a runtime entry — as
 * Komodo's read calls return them ({@code ListFullDeployments}, {@code ListTags}, ...). It binds
 * with the same code as {@link SnapshotReader} and gives the same diagnostics, but for the line
 * and column: each element is named by its place in a snapshot file, so a wrong type in the
 * fourth deployment reads {@code /deployments/3/config/network must be a string}.
 *
 * <pre>{@code
 * SnapshotBinder binder = SnapshotBinder.create();
 * JsonNode deployments = ...; // the answer of ListFullDeployments
 * for (int i = 0; i < deployments.size(); i++) {
 *     binder.resource(KomodoKinds.DEPLOYMENT, i, deployments.get(i));
 * }
 * SnapshotResult result = binder.result();
 * }</pre>
 *
 * <p>Elements may come in any order ({@code tags} after the resources that name them); the
 * snapshot is put together by {@link #result()}. {@code null} elements are skipped, as in a file.
 * Binding never throws for bad content. A binder is not thread-safe: give it elements from one
 * thread at a time.
 */
public final class SnapshotBinder {

    private final ElementBinding binding;

    private SnapshotBinder(ResourceKinds kinds) {
        this.binding = new ElementBinding(kinds);
    }

    /** A binder for the kinds every provider on the class path contributes ({@link ResourceKinds#discover()}). */
    public static SnapshotBinder create() {
        return new SnapshotBinder(ResourceKinds.discover());
    }

    /** A binder for exactly {@code kinds}. */
    public static SnapshotBinder withKinds(ResourceKinds kinds) {
        return new SnapshotBinder(requireNonNull(kinds, "kinds"));
    }

    /** The Komodo version ({@code GetVersion}); returns this binder. */
    public SnapshotBinder komodoVersion(String version) {
        binding.komodoVersion(requireNonNull(version, "version"));
        return this;
    }

    /** A {@code Tag}, element {@code index} of {@code ListTags}; returns this binder. */
    public SnapshotBinder tag(int index, JsonNode tag) {
        binding.tag(index, requireNonNull(tag, "tag"));
        return this;
    }

    /**
     * A {@code Resource<Config, Info>} of {@code kind}, element {@code index} of its
     * {@code ListFull*} answer; returns this binder.
     */
    public SnapshotBinder resource(ResourceKind<?> kind, int index, JsonNode resource) {
        binding.resource(requireNonNull(kind, "kind"), index, requireNonNull(resource, "resource"));
        return this;
    }

    /** A {@code Variable}, element {@code index} of {@code ListVariables}; returns this binder. */
    public SnapshotBinder variable(int index, JsonNode variable) {
        binding.variable(index, requireNonNull(variable, "variable"));
        return this;
    }

    /** A {@code User}, element {@code index} of {@code ListUsers}; returns this binder. */
    public SnapshotBinder user(int index, JsonNode user) {
        binding.user(index, requireNonNull(user, "user"));
        return this;
    }

    /** A {@code UserGroup}, element {@code index} of {@code ListUserGroups}; returns this binder. */
    public SnapshotBinder userGroup(int index, JsonNode userGroup) {
        binding.userGroup(index, requireNonNull(userGroup, "userGroup"));
        return this;
    }

    /**
     * A {@code Permission} of a user group ({@code ListUserTargetPermissions}), element
     * {@code index} of the snapshot's {@code permissions}; returns this binder.
     */
    public SnapshotBinder permission(int index, JsonNode permission) {
        binding.permission(index, requireNonNull(permission, "permission"));
        return this;
    }

    /**
     * The runtime state of the deployable resource {@code name} of {@code kind}:
     * {@code {"state": "running", "image": "..."}} (formats.md §1 {@code runtime}); returns this binder.
     * The state of a kind that does not deploy is ignored, as in a snapshot file.
     */
    public SnapshotBinder runtimeTarget(ResourceKind<?> kind, String name, JsonNode state) {
        binding.target(requireNonNull(kind, "kind"), requireNonNull(name, "name"), requireNonNull(state, "state"));
        return this;
    }

    /**
     * The latest version of the build {@code build}: {@code "1.4.3"} or
     * {@code {"major": 1, "minor": 4, "patch": 3}}; returns this binder.
     */
    public SnapshotBinder buildVersion(String build, JsonNode version) {
        binding.buildVersion(requireNonNull(build, "build"), requireNonNull(version, "version"));
        return this;
    }

    /**
     * The snapshot of everything given so far and every problem found, in print order. With
     * errors the snapshot holds what could be bound; a planner must not plan against it.
     */
    public SnapshotResult result() {
        return binding.result();
    }
}
