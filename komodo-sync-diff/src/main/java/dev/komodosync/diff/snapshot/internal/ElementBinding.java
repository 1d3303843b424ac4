package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.internal.RawPath;
import java.util.function.Consumer;

/**
 * Snapshot elements given one tree at a time — as Komodo's read calls return them — bound by the
 * same {@link SnapshotElements} and assembled by the same {@link SnapshotAssembler} as a snapshot
 * file's stream. Each element is named by its place in a snapshot file ({@code /deployments/3}),
 * so that its diagnostics read as a file's would, without a line and column. The engine behind
 * {@code SnapshotBinder}. Not API.
 */
public final class ElementBinding {

    private static final String RUNTIME = "runtime";
    private static final String BUILD_VERSIONS = "build_versions";

    private final SnapshotProblems problems = new SnapshotProblems();
    private final SnapshotAssembler assembler;
    private final SnapshotElements elements;

    /** A binding of elements of {@code kinds}. */
    public ElementBinding(ResourceKinds kinds) {
        this.assembler = new SnapshotAssembler(kinds);
        this.elements = new SnapshotElements(assembler);
    }

    /** {@code komodo_version}. */
    public void komodoVersion(String version) {
        assembler.komodoVersion(version);
    }

    /** Element {@code index} of {@code tags}. */
    public void tag(int index, JsonNode node) {
        element(RawPath.root().key("tags").index(index), node, elements::tag);
    }

    /** Element {@code index} of {@code kind}'s resources. */
    public void resource(ResourceKind<?> kind, int index, JsonNode node) {
        element(RawPath.root().key(kind.pluralKey()).index(index), node, e -> elements.resource(kind, e));
    }

    /** Element {@code index} of {@code variables}. */
    public void variable(int index, JsonNode node) {
        element(RawPath.root().key("variables").index(index), node, elements::variable);
    }

    /** Element {@code index} of {@code users}. */
    public void user(int index, JsonNode node) {
        element(RawPath.root().key("users").index(index), node, elements::user);
    }

    /** Element {@code index} of {@code user_groups}. */
    public void userGroup(int index, JsonNode node) {
        element(RawPath.root().key("user_groups").index(index), node, elements::userGroup);
    }

    /** Element {@code index} of {@code permissions}. */
    public void permission(int index, JsonNode node) {
        element(RawPath.root().key("permissions").index(index), node, elements::permission);
    }

    /** {@code runtime.<kind's plural key>.<name>}; ignored, as in a file, unless the kind deploys. */
    public void target(ResourceKind<?> kind, String name, JsonNode node) {
        if (kind.deployable() && !node.isNull()) {
            RawPath at = RawPath.root().key(RUNTIME).key(kind.pluralKey()).key(name);
            elements.target(kind, name, SnapshotElement.of(node, at, problems));
        }
    }

    /** {@code runtime.build_versions.<build>}. */
    public void buildVersion(String build, JsonNode node) {
        if (!node.isNull()) {
            RawPath at = RawPath.root().key(RUNTIME).key(BUILD_VERSIONS).key(build);
            elements.buildVersion(build, SnapshotElement.of(node, at, problems));
        }
    }

    /** The snapshot of everything given so far, and every problem found in it. */
    public SnapshotResult result() {
        return new SnapshotResult(assembler.build(), problems.sorted());
    }

    /** As a snapshot file's arrays: {@code null} is skipped, anything but an object reported. */
    private void element(RawPath at, JsonNode node, Consumer<SnapshotElement> handler) {
        if (node.isNull()) {
            return;
        }
        SnapshotElement element = SnapshotElement.of(node, at, problems);
        if (element.requireObject()) {
            handler.accept(element);
        }
    }
}
