package dev.komodosync.diff.snapshot.internal;

import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.RuntimeState.FileContents;
import dev.komodosync.model.RuntimeState.TargetState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the parts of a snapshot in whatever order the file gives them, and puts them together
 * at the end: the file may list {@code tags} after the resources that name them, and a stack's
 * files (in the resource) and its state (under {@code runtime}) meet in one
 * {@link TargetState}. Used once, by one read.
 */
final class SnapshotAssembler {

    /** The state of a target the snapshot says nothing about (formats.md §1). */
    private static final String UNKNOWN_STATE = "unknown";

    /**
     * A resource before its tag ids are resolved.
     *
     * @param id Komodo's id
     * @param resource the resource, still without tags
     * @param tagIds the tag ids, in order
     * @param deployedFiles a deployable resource's {@code info.deployed_contents}
     * @param remoteFiles a deployable resource's {@code info.remote_contents}
     */
    record PendingResource(
            String id,
            Resource<?> resource,
            List<String> tagIds,
            Optional<List<FileContents>> deployedFiles,
            Optional<List<FileContents>> remoteFiles) {}

    private record Target(String state, String image) {}

    private final ResourceKinds kinds;
    private String komodoVersion = "";
    private final List<Snapshot.Tag> tags = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();
    private final List<Snapshot.User> users = new ArrayList<>();
    private final List<Snapshot.ExistingUserGroup> userGroups = new ArrayList<>();
    private final List<Snapshot.StoredPermission> permissions = new ArrayList<>();
    private final Map<String, String> tagNames = new LinkedHashMap<>();
    private final Map<ResourceKind<?>, List<PendingResource>> resources = new LinkedHashMap<>();
    private final Map<String, Map<String, Target>> targets = new LinkedHashMap<>();
    private final Map<String, Version> buildVersions = new LinkedHashMap<>();
    /**
     * The resources with their tags resolved, as the last {@link #build()} made them; {@code null}
     * once a resource or tag came since. A second build gives the same instances, which a writer
     * that prepared their text ahead compares cheaply.
     */
    private List<ExistingResource<?>> resolved;

    SnapshotAssembler(ResourceKinds kinds) {
        this.kinds = kinds;
    }

    void komodoVersion(String version) {
        komodoVersion = version;
    }

    /** A tag; of two with one id, the first counts. */
    void tag(String id, String name) {
        if (tagNames.putIfAbsent(id, name) == null) {
            tags.add(new Snapshot.Tag(id, name));
            resolved = null;
        }
    }

    void resource(PendingResource resource) {
        resolved = null;
        List<PendingResource> ofKind = resources.get(resource.resource().kind());
        if (ofKind == null) {
            ofKind = new ArrayList<>();
            resources.put(resource.resource().kind(), ofKind);
        }
        ofKind.add(resource);
    }

    void variable(Variable variable) {
        variables.add(variable);
    }

    void user(Snapshot.User user) {
        users.add(user);
    }

    void userGroup(Snapshot.ExistingUserGroup group) {
        userGroups.add(group);
    }

    void permission(Snapshot.StoredPermission permission) {
        permissions.add(permission);
    }

    /** {@code runtime.<plural key>.<name>}. */
    void target(ResourceKind<?> kind, String name, String state, String image) {
        Map<String, Target> ofKind = targets.get(kind.pluralKey());
        if (ofKind == null) {
            ofKind = new LinkedHashMap<>();
            targets.put(kind.pluralKey(), ofKind);
        }
        ofKind.put(name, new Target(state, image));
    }

    /** {@code runtime.build_versions.<build>}. */
    void buildVersion(String build, Version version) {
        buildVersions.put(build, version);
    }

    /**
     * The snapshot of everything collected so far: resources by kind in the registry's order, each
     * kind in file order. May be called again after more is collected (a live read's resources are
     * written while its other calls run).
     */
    Snapshot build() {
        Snapshot.Builder snapshot = Snapshot.builder().komodoVersion(komodoVersion);
        // Loops, not lambdas: each lambda links a call site at start (docs/architecture.md, "Start-up path").
        for (Snapshot.Tag tag : tags) {
            snapshot.add(tag);
        }
        for (Variable variable : variables) {
            snapshot.add(variable);
        }
        for (Snapshot.User user : users) {
            snapshot.add(user);
        }
        for (Snapshot.ExistingUserGroup group : userGroups) {
            snapshot.add(group);
        }
        for (Snapshot.StoredPermission permission : permissions) {
            snapshot.add(permission);
        }
        Map<String, Map<String, TargetState>> states = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Target>> ofKind : targets.entrySet()) {
            Map<String, TargetState> byName = statesOf(states, ofKind.getKey());
            for (Map.Entry<String, Target> entry : ofKind.getValue().entrySet()) {
                Target target = entry.getValue();
                byName.put(entry.getKey(), new TargetState(target.state(), target.image(), Optional.empty(), Optional.empty()));
            }
        }
        if (resolved == null) {
            resolved = resolve();
        }
        for (ExistingResource<?> resource : resolved) {
            snapshot.add(resource);
        }
        for (ResourceKind<?> kind : kinds.all()) {
            for (PendingResource pending : resources.getOrDefault(kind, List.of())) {
                if (pending.deployedFiles().isPresent() || pending.remoteFiles().isPresent()) {
                    Map<String, TargetState> byName = statesOf(states, kind.pluralKey());
                    TargetState known = byName.getOrDefault(pending.resource().name(), TargetState.of(UNKNOWN_STATE));
                    byName.put(pending.resource().name(),
                            new TargetState(known.state(), known.image(), pending.deployedFiles(), pending.remoteFiles()));
                }
            }
        }
        return snapshot.runtime(new RuntimeState(states, buildVersions)).build();
    }

    /** The resources by kind in the registry's order, each kind in file order, their tag ids resolved to names. */
    private List<ExistingResource<?>> resolve() {
        List<ExistingResource<?>> existing = new ArrayList<>();
        for (ResourceKind<?> kind : kinds.all()) {
            for (PendingResource pending : resources.getOrDefault(kind, List.of())) {
                // Komodo drops tag ids that name no tag (a deleted tag) when it shows or exports a resource.
                List<String> tags = new ArrayList<>(pending.tagIds().size());
                for (String id : pending.tagIds()) {
                    String tag = tagNames.get(id);
                    if (tag != null) {
                        tags.add(tag);
                    }
                }
                existing.add(existing(pending.id(), pending.resource().withTags(tags)));
            }
        }
        return existing;
    }

    /** The states of {@code pluralKey} in {@code states}, an empty table put there on first use. */
    private static Map<String, TargetState> statesOf(Map<String, Map<String, TargetState>> states, String pluralKey) {
        Map<String, TargetState> byName = states.get(pluralKey);
        if (byName == null) {
            byName = new LinkedHashMap<>();
            states.put(pluralKey, byName);
        }
        return byName;
    }

    private static <C> ExistingResource<C> existing(String id, Resource<C> resource) {
        return new ExistingResource<>(id, resource);
    }
}
