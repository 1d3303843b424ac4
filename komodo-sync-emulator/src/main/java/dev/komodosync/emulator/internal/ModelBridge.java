package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.diff.snapshot.SnapshotWriter;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The emulator's only door to the rest of komodo-sync: the snapshot binding ({@link SnapshotReader})
 * and {@link SnapshotWriter} of komodo-sync-diff, and the model's kinds (defaults, name rules). Every
 * import of those modules is here, so that moving their classes touches one file.
 *
 * <p>A kind's default config is the model's {@code defaults()} written through
 * {@link SnapshotWriter} — the same path that writes every stored config — so the defaults Create
 * fills in are exactly the JSON a snapshot of the kind's defaults holds.
 */
final class ModelBridge {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final ResourceKinds KINDS = ResourceKinds.builtIn();
    private static final String PLACEHOLDER_ID = "000000000000000000000000";
    private static final Map<Kind, ObjectNode> DEFAULTS = new EnumMap<>(Kind.class);

    private ModelBridge() {}

    /** The complete default config of a kind, as Komodo JSON (a fresh copy). */
    static synchronized ObjectNode defaults(Kind kind) {
        return DEFAULTS.computeIfAbsent(kind, ModelBridge::writeDefaults).deepCopy();
    }

    private static ObjectNode writeDefaults(Kind kind) {
        Snapshot snapshot = Snapshot.builder().add(withDefaults(modelKind(kind))).build();
        JsonNode written = parse(SnapshotWriter.write(snapshot));
        return (ObjectNode) written.path(kind.pluralKey()).path(0).path("config");
    }

    private static <C> ExistingResource<C> withDefaults(ResourceKind<C> kind) {
        return new ExistingResource<>(PLACEHOLDER_ID, Resource.withDefaults(kind, "defaults"));
    }

    /** The name Core stores when asked to create {@code name} (komodo-api §3.3, the model's name rule). */
    static String normalise(Kind kind, String name) {
        return modelKind(kind).nameRule().apply(name);
    }

    private static ResourceKind<?> modelKind(Kind kind) {
        return KINDS.byTomlKey(kind.tomlKey())
                .orElseThrow(() -> new IllegalStateException("the model has no kind " + kind.tomlKey()));
    }

    /**
     * Checks a snapshot file's text with the snapshot binding and returns its JSON tree, which
     * keeps every field (also those the model does not carry).
     *
     * @throws IllegalArgumentException naming every error the binding found
     */
    static ObjectNode readSeed(String name, String json) {
        SnapshotResult result = SnapshotReader.withKinds(KINDS).read(name, json);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("the seed " + name + " is not a valid snapshot: "
                    + result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString)
                            .collect(Collectors.joining("; ")));
        }
        JsonNode tree = parse(json.startsWith("\uFEFF") ? json.substring(1) : json);
        return tree.isObject() ? (ObjectNode) tree : JSON.createObjectNode();
    }

    /** A snapshot as a snapshot file's JSON tree. */
    static ObjectNode toJson(Snapshot snapshot) {
        return (ObjectNode) parse(SnapshotWriter.write(snapshot));
    }

    /** The store's snapshot-shaped JSON bound as a {@link Snapshot}. */
    static Snapshot bind(ObjectNode document) {
        SnapshotResult result = SnapshotReader.withKinds(KINDS).read("emulator", document.toString());
        if (result.hasErrors()) {
            throw new IllegalStateException("the emulator's own state does not bind as a snapshot: "
                    + result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("; ")));
        }
        return result.snapshot();
    }

    /** A snapshot file's text (two-space indented, newline-terminated). */
    static String write(Snapshot snapshot) {
        return SnapshotWriter.write(snapshot);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
