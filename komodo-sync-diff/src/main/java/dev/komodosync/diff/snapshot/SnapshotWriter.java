package dev.komodosync.diff.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.komodosync.diff.snapshot.internal.ByteBlocks;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Snapshot} as a snapshot file: Komodo's own API JSON (formats §1), which
 * {@link SnapshotReader} reads back into an equal snapshot. Resources carry {@code _id.$oid},
 * tag ids (tag names without an entry in the tag table get the id {@code tag:<name>} and one),
 * complete configs with canonical keys, and stored ids in reference fields as the snapshot holds
 * them. The file holds secret values as Komodo's API returns them: treat it like the Core itself.
 * The text is written as it is made, with no tree of it in memory.
 */
public final class SnapshotWriter {

    /**
     * Characters beyond the BMP as UTF-8, not as escaped surrogate pairs: as the text of a tree
     * writes them. A plain factory, not an {@code ObjectMapper}'s writer, whose set-up (date formats,
     * time zones, locale data) a cold {@code snapshot --url} paid; trees are written by {@link JsonText}.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Two spaces a level; copied for each generator, as it counts its nesting. */
    private static final DefaultPrettyPrinter PRINTER =
            new DefaultPrettyPrinter().withObjectIndenter(new Indentation()).withArrayIndenter(new Indentation());
    private static final ValueJson.Style API = ValueJson.Style.api();

    private SnapshotWriter() {}

    /** The snapshot file's text, two-space indented, ending with a newline. */
    public static String write(Snapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            write(snapshot, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the snapshot file's text, as {@link #write(Snapshot)} makes it, to {@code out} in
     * UTF-8; {@code out} is flushed, not closed. Buffering is the caller's.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(Snapshot snapshot, OutputStream out) throws IOException {
        write(snapshot, PreparedResources.NONE, out);
    }

    /**
     * Writes the snapshot file's text, as {@link #write(Snapshot, OutputStream)} does, taking the
     * resources' text from {@code prepared} where it was made from the same resources (and tags
     * and files), and writing them anew where not. {@code out} is flushed, not closed.
     *
     * @throws IOException when {@code out} fails
     */
    public static void write(Snapshot snapshot, PreparedResources prepared, OutputStream out) throws IOException {
        requireNonNull(snapshot, "snapshot");
        requireNonNull(prepared, "prepared");
        requireNonNull(out, "out");
        try (JsonGenerator json = generator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            document(json, snapshot, prepared, out);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * The text of {@code snapshot}'s resources, written ahead of the rest: for a snapshot whose
     * resources, tags and resources' files are known before the rest of it (a live read, whose
     * other calls may still be running). {@link #write(Snapshot, PreparedResources, OutputStream)}
     * uses it for a snapshot with the same resources, tags and files.
     */
    public static PreparedResources prepare(Snapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        Map<String, String> tagIds = tagIds(snapshot);
        ByteBlocks text = new ByteBlocks();
        try (JsonGenerator json = generator(text)) {
            // In an object of their own, at the depth they have in the file: the same indentation.
            json.writeStartObject();
            resources(json, snapshot, tagIds);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        // "{" + the fields + "\n}", or "{ }" without a resource: the fields are what the file holds after its tags.
        long end = snapshot.resources().isEmpty() ? 1 : text.size() - 2;
        return new PreparedResources(snapshot.resources(), tagIds, files(snapshot), text, end);
    }

    /** A generator of UTF-8 to {@code out}, two-space indented. */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        return FACTORY.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(PRINTER.createInstance());
    }

    /** The resources' text written ahead by {@link #prepare(Snapshot)}, with what it was written from. */
    public static final class PreparedResources {

        /** Nothing prepared: the resources are written with the rest. */
        public static final PreparedResources NONE = new PreparedResources(null, Map.of(), List.of(), new ByteBlocks(), 0);

        private final List<ExistingResource<?>> resources;
        private final Map<String, String> tagIds;
        private final List<ResourceFiles> files;
        /** The text written, of which bytes 1 (after the "{") to {@code fieldsEnd} are the fields. */
        private final ByteBlocks text;
        private final long fieldsEnd;

        private PreparedResources(List<ExistingResource<?>> resources, Map<String, String> tagIds,
                List<ResourceFiles> files, ByteBlocks text, long fieldsEnd) {
            this.resources = resources;
            this.tagIds = tagIds;
            this.files = files;
            this.text = text;
            this.fieldsEnd = fieldsEnd;
        }

        /** Whether this is the text of {@code snapshot}'s resources: the same resources, tag ids and files. */
        boolean isOf(Snapshot snapshot) {
            return resources != null && !resources.isEmpty() && sameResources(snapshot.resources())
                    && tagIds.equals(tagIds(snapshot)) && sameFiles(files(snapshot));
        }

        /** Resource by resource, field by field: a record's generated {@code equals} links a call site when first used. */
        private boolean sameFiles(List<ResourceFiles> others) {
            if (others.size() != files.size()) {
                return false;
            }
            for (int i = 0; i < others.size(); i++) {
                if (!others.get(i).sameAs(files.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** Element by element, the same instance first: a record's {@code equals} links a call site when first used. */
        private boolean sameResources(List<ExistingResource<?>> others) {
            if (others.size() != resources.size()) {
                return false;
            }
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i) != resources.get(i) && !others.get(i).equals(resources.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * {@code new DefaultIndenter("  ", "\n")}'s text — a new line, two spaces a level — written as
     * ready UTF-8 bytes rather than characters encoded anew at each of a large snapshot's million
     * lines.
     */
    private static final class Indentation implements DefaultPrettyPrinter.Indenter {
        private static final SerializedString[] LEVELS = new SerializedString[16];

        static {
            for (int level = 0; level < LEVELS.length; level++) {
                LEVELS[level] = new SerializedString("\n" + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator json, int level) throws IOException {
            json.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString("\n" + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }

    /** What a resource's text holds of the runtime state: its files, where it has any. */
    private static final class ResourceFiles {
        private final Optional<List<RuntimeState.FileContents>> deployed;
        private final Optional<List<RuntimeState.FileContents>> remote;

        ResourceFiles(Optional<List<RuntimeState.FileContents>> deployed, Optional<List<RuntimeState.FileContents>> remote) {
            this.deployed = deployed;
            this.remote = remote;
        }

        /** The same files: compared by the lists' {@code equals}, which take an element's own instance as equal first. */
        boolean sameAs(ResourceFiles other) {
            return deployed.equals(other.deployed) && remote.equals(other.remote);
        }
    }

    private static List<ResourceFiles> files(Snapshot snapshot) {
        List<ResourceFiles> files = new ArrayList<>(snapshot.resources().size());
        for (ExistingResource<?> resource : snapshot.resources()) {
            Optional<RuntimeState.TargetState> state = snapshot.runtime().state(resource.kind(), resource.name());
            files.add(state.isEmpty() ? new ResourceFiles(Optional.empty(), Optional.empty())
                    : new ResourceFiles(state.get().deployedFiles(), state.get().remoteFiles()));
        }
        return files;
    }

    /** Tag ids by name: the tag table's first id of a name, else {@code tag:<name>} for a name a resource uses. */
    private static Map<String, String> tagIds(Snapshot snapshot) {
        Map<String, String> tagIds = new LinkedHashMap<>();
        snapshot.tags().forEach(tag -> tagIds.putIfAbsent(tag.name(), tag.id()));
        snapshot.resources().forEach(r -> r.resource().tags().forEach(name -> tagIds.putIfAbsent(name, "tag:" + name)));
        return tagIds;
    }

    private static void document(JsonGenerator json, Snapshot snapshot, PreparedResources prepared, OutputStream out)
            throws IOException {
        json.writeStartObject();
        if (!snapshot.komodoVersion().isEmpty()) {
            json.writeStringField("komodo_version", snapshot.komodoVersion());
        }
        Map<String, String> tagIds = tagIds(snapshot);
        json.writeArrayFieldStart("tags");
        for (Map.Entry<String, String> tag : tagIds.entrySet()) {
            json.writeStartObject();
            oid(json, tag.getValue());
            string(json, "name", tag.getKey());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (prepared.isOf(snapshot)) {
            // The fields that follow the tags, as the generator would write them: its state stays that
            // of the field before, so the next field starts with its separator as it would.
            json.flush();
            out.write(',');
            prepared.text.writeTo(out, 1, prepared.fieldsEnd);
        } else {
            resources(json, snapshot, tagIds);
        }
        json.writeArrayFieldStart("variables");
        for (Variable variable : snapshot.variables()) {
            ValueJsonWriter.write(json, RecordType.of(Variable.class), variable, API);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("users");
        for (Snapshot.User user : snapshot.users()) {
            json.writeStartObject();
            oid(json, user.id());
            string(json, "username", user.username());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("user_groups");
        for (Snapshot.ExistingUserGroup group : snapshot.userGroups()) {
            userGroup(json, group);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("permissions");
        for (Snapshot.StoredPermission permission : snapshot.permissions()) {
            permission(json, permission);
        }
        json.writeEndArray();
        json.writeFieldName("runtime");
        runtime(json, snapshot.runtime());
        json.writeEndObject();
    }

    /** A field per kind with resources, an array of its resources. */
    private static void resources(JsonGenerator json, Snapshot snapshot, Map<String, String> tagIds) throws IOException {
        Map<ResourceKind<?>, List<ExistingResource<?>>> byKind = new LinkedHashMap<>();
        snapshot.resources().forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<ResourceKind<?>, List<ExistingResource<?>>> kind : byKind.entrySet()) {
            json.writeArrayFieldStart(kind.getKey().pluralKey());
            for (ExistingResource<?> resource : kind.getValue()) {
                resource(json, resource, tagIds, snapshot.runtime());
            }
            json.writeEndArray();
        }
    }

    private static void resource(JsonGenerator json, ExistingResource<?> resource, Map<String, String> tagIds,
            RuntimeState runtime) throws IOException {
        json.writeStartObject();
        oid(json, resource.id());
        string(json, "name", resource.name());
        string(json, "description", resource.resource().description());
        json.writeBooleanField("template", resource.resource().template());
        json.writeArrayFieldStart("tags");
        for (String name : resource.resource().tags()) {
            string(json, tagIds.get(name));
        }
        json.writeEndArray();
        json.writeObjectFieldStart("info");
        Optional<RuntimeState.TargetState> state = runtime.state(resource.kind(), resource.name());
        if (state.isPresent()) {
            Optional<List<RuntimeState.FileContents>> deployed = state.get().deployedFiles();
            if (deployed.isPresent()) {
                json.writeFieldName("deployed_contents");
                files(json, deployed.get());
            }
            Optional<List<RuntimeState.FileContents>> remote = state.get().remoteFiles();
            if (remote.isPresent()) {
                json.writeFieldName("remote_contents");
                files(json, remote.get());
            }
        }
        json.writeEndObject();
        json.writeFieldName("config");
        ValueJsonWriter.write(json, ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), API);
        json.writeEndObject();
    }

    private static void files(JsonGenerator json, List<RuntimeState.FileContents> files) throws IOException {
        json.writeStartArray();
        for (RuntimeState.FileContents file : files) {
            json.writeStartObject();
            string(json, "path", file.path());
            string(json, "contents", file.contents());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void userGroup(JsonGenerator json, Snapshot.ExistingUserGroup group) throws IOException {
        json.writeStartObject();
        oid(json, group.id());
        string(json, "name", group.name());
        json.writeBooleanField("everyone", group.everyone());
        json.writeArrayFieldStart("users");
        for (String member : group.userIds()) {
            string(json, member);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("all");
        RecordType grantType = RecordType.of(PermissionGrant.class);
        for (Map.Entry<ResourceTargetVariant, PermissionGrant> grant : group.all().entrySet()) {
            json.writeFieldName(grant.getKey().key());
            ValueJsonWriter.write(json, grantType, grant.getValue(), API);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void permission(JsonGenerator json, Snapshot.StoredPermission permission) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("user_target");
        json.writeStringField("type", "UserGroup");
        string(json, "id", permission.userGroupId());
        json.writeEndObject();
        json.writeObjectFieldStart("resource_target");
        string(json, "type", permission.targetType().key());
        string(json, "id", permission.targetId());
        json.writeEndObject();
        string(json, "level", permission.level().key());
        json.writeArrayFieldStart("specific");
        for (SpecificPermission specific : permission.specific()) {
            string(json, specific.key());
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void runtime(JsonGenerator json, RuntimeState runtime) throws IOException {
        json.writeStartObject();
        for (String kind : runtime.targets().keySet().stream().sorted().toList()) {
            json.writeObjectFieldStart(kind);
            for (Map.Entry<String, RuntimeState.TargetState> entry : runtime.targets().get(kind).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                json.writeObjectFieldStart(entry.getKey());
                string(json, "state", entry.getValue().state());
                if (!entry.getValue().image().isEmpty()) {
                    string(json, "image", entry.getValue().image());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeObjectFieldStart("build_versions");
        for (Map.Entry<String, Version> entry : runtime.buildVersions().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            json.writeStringField(entry.getKey(), entry.getValue().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void oid(JsonGenerator json, String id) throws IOException {
        json.writeObjectFieldStart("_id");
        string(json, "$oid", id);
        json.writeEndObject();
    }

    /** A text field, {@code null} where the text is (as a tree's {@code put} writes it). */
    private static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        string(json, value);
    }

    private static void string(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }
}
