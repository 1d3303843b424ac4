package dev.komodosync.diff.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared helpers of the snapshot reader tests. */
public final class SnapshotFixtures {

    public static final SnapshotReader READER = SnapshotReader.create();

    private SnapshotFixtures() {}

    /** A test resource as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(SnapshotFixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a test resource. */
    public static String text(String name) {
        try {
            return Files.readString(resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON text as the file {@code state.json}. */
    public static SnapshotResult read(String json) {
        return READER.read("state.json", json);
    }

    /** Reads JSON text that must give no diagnostic, and returns the snapshot. */
    public static Snapshot snapshot(String json) {
        SnapshotResult result = read(json);
        assertThat(result.diagnostics()).as("diagnostics").isEmpty();
        return result.snapshot();
    }

    /** The only diagnostic of reading {@code json}. */
    public static Diagnostic onlyDiagnostic(String json) {
        SnapshotResult result = read(json);
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    /** The resource of {@code kind} named {@code name}. */
    public static <C> ExistingResource<C> named(Snapshot snapshot, ResourceKind<C> kind, String name) {
        return snapshot.resources(kind).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }
}
