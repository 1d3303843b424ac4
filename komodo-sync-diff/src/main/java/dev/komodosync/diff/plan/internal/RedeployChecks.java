package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueEquality;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a running target redeploys (behaviour §5.2), short of its parents: its remote compose files
 * changed, a redeploy-trigger field changed (compared by name, as written and as stored), or the
 * build it tracks has a newer version.
 */
final class RedeployChecks {

    private final Snapshot snapshot;
    private final ValueRewriter.Leaf declaredLeaf;
    private final ValueRewriter.Leaf storedLeaf;

    RedeployChecks(ResourceIndex index, Snapshot snapshot) {
        this.snapshot = snapshot;
        this.declaredLeaf = ConfigNormaliser.declaredLeaf(index);
        this.storedLeaf = ConfigNormaliser.storedLeaf(index);
    }

    /** Behaviour §5.2: a remote compose file that is new, or differs from the deployed one. */
    static Optional<String> changedFiles(RuntimeState.TargetState state) {
        if (state.deployedFiles().isEmpty() || state.remoteFiles().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> deployed = new HashMap<>();
        for (RuntimeState.FileContents file : state.deployedFiles().get()) {
            deployed.putIfAbsent(file.path(), file.contents());
        }
        for (RuntimeState.FileContents remote : state.remoteFiles().get()) {
            String before = deployed.get(remote.path());
            if (before == null) {
                return Optional.of("new file contents at " + remote.path());
            }
            if (!before.equals(remote.contents())) {
                return Optional.of("file contents for " + remote.path() + " have changed");
            }
        }
        return Optional.empty();
    }

    /** The redeploy-trigger fields (behaviour §5.2) whose declared value differs from the existing one. */
    List<String> changedTriggers(DeclaredResource<?> declared, ExistingResource<?> existing) {
        ValueType type = ConfigTypes.of(declared.kind().configClass());
        if (!(type instanceof RecordType record)) {
            return List.of();
        }
        Object want = declared.resource().config();
        Object have = existing.resource().config();
        List<String> changed = new ArrayList<>();
        List<FieldSpec> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            if (!field.redeployTrigger()) {
                continue;
            }
            // Values the same as written and stored, holding no reference, are the same by name too.
            // Compared through the model, not the records' generated equals (start-up cost, issue 19).
            if (!ConfigNormaliser.mayHoldReference(record, i)
                    && ValueEquality.equal(field.type(), record.get(want, i), record.get(have, i))) {
                continue;
            }
            if (!ValueEquality.equal(field.type(), ConfigNormaliser.field(record, want, field, declaredLeaf),
                    ConfigNormaliser.field(record, have, field, storedLeaf))) {
                changed.add(field.exportKey());
            }
        }
        return changed;
    }

    /**
     * The build-version check as Komodo documents it (behaviour §5.2, a departure from its
     * inverted code): a running target whose image is the latest version of a build redeploys
     * when the build's latest version is not the tag it runs. A pinned version never does.
     */
    Optional<String> newBuildVersion(ExistingResource<?> existing, RuntimeState.TargetState state) {
        Optional<DeploymentImage.Build> build = builtImage(existing);
        return build.isPresent() && build.get().version().isNone() ? newer(build.get(), state) : Optional.empty();
    }

    /**
     * The build-version check as Komodo v2.3.2's code makes it (behaviour §5.2, inverted): only a
     * target pinned to a version is compared, with the build's latest version. Planned only to
     * say where this plan departs from it.
     */
    Optional<String> komodoNewBuildVersion(ExistingResource<?> existing, RuntimeState.TargetState state) {
        Optional<DeploymentImage.Build> build = builtImage(existing);
        return build.isPresent() && !build.get().version().isNone() ? newer(build.get(), state) : Optional.empty();
    }

    /**
     * Whether Komodo v2.3.2's inverted check stops before the {@code after} cascade (behaviour
     * §5.2): a target pinned to a version of a build that was never built deploys not at all.
     */
    boolean komodoStopsBeforeCascade(ExistingResource<?> existing) {
        Optional<DeploymentImage.Build> build = builtImage(existing);
        if (build.isEmpty() || build.get().version().isNone()) {
            return false;
        }
        Optional<Version> latest = snapshot.runtime().buildVersion(build.get().buildId());
        return latest.isEmpty() || latest.get().isNone();
    }

    /** The build's latest version, when it was built and is not the tag the target runs. */
    private Optional<String> newer(DeploymentImage.Build build, RuntimeState.TargetState state) {
        Optional<Version> latest = snapshot.runtime().buildVersion(build.buildId());
        String running = state.image().isEmpty() ? "0.0.0" : state.image().substring(state.image().lastIndexOf(':') + 1);
        if (latest.isPresent() && !latest.get().isNone() && !latest.get().toString().equals(running)) {
            return Optional.of("build has new version: " + latest.get());
        }
        return Optional.empty();
    }

    /** The stored image of {@code existing} when it is a build's (by the build's name), if it is. */
    private Optional<DeploymentImage.Build> builtImage(ExistingResource<?> existing) {
        ValueType type = ConfigTypes.of(existing.kind().configClass());
        if (!(type instanceof RecordType record)) {
            return Optional.empty();
        }
        Object config = existing.resource().config();
        List<FieldSpec> fields = record.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            // Only a union field can hold an image: the others are not read.
            if (field.type() instanceof UnionType && record.get(config, i) instanceof DeploymentImage.Build
                    && ConfigNormaliser.field(record, config, field, storedLeaf) instanceof DeploymentImage.Build build
                    && !build.buildId().isEmpty()) {
                return Optional.of(build);
            }
        }
        return Optional.empty();
    }
}
