package dev.komodosync.diff.export.internal;

import dev.komodosync.diff.export.ExportOptions;
import dev.komodosync.diff.export.WriteBackOptions;
import dev.komodosync.diff.export.WriteBackResult;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.diff.plan.internal.StoredNames;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One write-back (Komodo's "managed mode", for any number of files): the plan from the files to
 * what exists, inverted into edits of the files — each changed field rewritten where it is
 * written, blocks of what no longer exists removed, what no file declares added in a file chosen
 * by a template — and then proved: the edited files, read again, must plan empty against the
 * snapshot, or nothing is written. Not API.
 */
public final class WriteBackRun {

    private final Path folder;
    /** What exists; without {@code includeSecrets}, with the secrets the files declare in place of the Core's. */
    private Snapshot snapshot;
    private final List<String> secretsLeftOut = new ArrayList<>();
    private final WriteBackOptions options;
    private final SyncOptions planOptions;
    private final StoredNames names;
    private final Map<String, FileEditor> editors = new TreeMap<>();
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private final Map<String, List<String>> summaries = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    /** A write-back of {@code snapshot} into the sync files under {@code folder}. */
    public WriteBackRun(Path folder, Snapshot snapshot, WriteBackOptions options) {
        this.folder = folder;
        this.snapshot = snapshot;
        this.options = options;
        ExportOptions export = options.export();
        this.planOptions = SyncOptions.builder().delete(true).includeResources(export.includeResources())
                .includeVariables(export.includeVariables()).includeUserGroups(export.includeUserGroups())
                .matchTags(export.matchTags()).build();
        this.names = new StoredNames(snapshot, ResourceKinds.discover());
    }

    /** Prepares the edits and proves them; writes nothing. */
    public WriteBackResult prepare() {
        LoadResult files = SyncLoader.create().load(folder);
        if (files.hasErrors()) {
            diagnostics.addAll(files.errors());
            return refuse("the sync files have errors; fix them first");
        }
        if (!options.export().includeSecrets()) {
            snapshot = DeclaredSecrets.keep(snapshot, files.declaration(), options.export().includeVariables(),
                    secretsLeftOut);
        }
        PlanResult planned = Planner.plan(files.declaration(), snapshot, planOptions);
        if (planned.plan().isEmpty()) {
            diagnostics.addAll(planned.diagnostics().stream().filter(Diagnostic::isError).toList());
            return refuse("the sync files do not plan against the snapshot; fix them first");
        }
        Plan plan = planned.plan().get();
        try {
            plan.resources().forEach(this::resource);
            dropDanglingAfter(files.declaration(), plan);
            plan.variables().forEach(change -> variable(change, files.declaration()));
            plan.userGroups().forEach(change -> userGroup(change, files.declaration()));
        } catch (FileEditor.CannotEdit reason) {
            return refuse(reason.getMessage());
        }
        List<WriteBackResult.FileUpdate> updates = updates();
        diagnostics.addAll(WriteBackProof.check(folder, updates, snapshot, planOptions));
        return new WriteBackResult(diagnostics.stream().anyMatch(Diagnostic::isError) ? List.of() : updates, diagnostics,
                secretsLeftOut);
    }

    private void resource(ResourceChange change) {
        if (change instanceof ResourceChange.Delete delete) {
            Resource<?> resource = names.resource(delete.existing());
            add(resource.kind().key(), resource.name(), TomlBlocks.resource(resource, false, List.of()), "added "
                    + resource.kind().key() + " " + resource.name());
            return;
        }
        DeclaredResource<?> declared = change instanceof ResourceChange.Create create ? create.declared()
                : ((ResourceChange.Update) change).declared();
        SourceLocation at = declared.sources().root().orElseThrow();
        FileEditor editor = editor(at.file());
        FileEditor.Block block = editor.block(at.line()).orElseThrow(() -> new FileEditor.CannotEdit(
                declared.kind().key() + " `" + declared.name() + "` (" + at + ") is not written as a [[" + declared.kind().key()
                        + "]] table, which a write-back can edit"));
        if (change instanceof ResourceChange.Create) {
            editor.removeBlock(block);
            summary(at.file(), "removed " + declared.kind().key() + " " + declared.name());
            return;
        }
        ResourceChange.Update update = (ResourceChange.Update) change;
        Resource<?> existing = names.resource(update.existing());
        Set<String> fields = new LinkedHashSet<>();
        update.changes().forEach(c -> fields.add(topField(c)));
        for (String field : fields) {
            meta(editor, block, field, existing);
        }
        // Each changed value is rewritten where it is written, when it is written; a top field with a
        // change that cannot be is rewritten whole, as before (a new key, a changed union variant).
        Set<String> wholeFields = new LinkedHashSet<>();
        Map<String, List<ChangedLeaf>> leaves = new LinkedHashMap<>();
        ValueType configType = ConfigTypes.of(existing.kind().configClass());
        for (FieldChange fieldChange : update.changes()) {
            String top = topField(fieldChange);
            if (!top.startsWith("config.")) {
                continue;
            }
            Optional<ChangedLeaf> leaf = ChangedLeaf.resolve(configType, existing.config(), fieldChange.path());
            if (leaf.isPresent()) {
                leaves.computeIfAbsent(top, t -> new ArrayList<>()).add(leaf.get());
            } else {
                wholeFields.add(top);
            }
        }
        leaves.forEach((top, inPlace) -> {
            if (!wholeFields.contains(top) && !inPlace.stream().allMatch(leaf -> editor.setLeaf(block, leaf))) {
                wholeFields.add(top);
            }
        });
        List<String> configFields = wholeFields.stream().map(f -> f.substring(7)).toList();
        if (!configFields.isEmpty()) {
            config(editor, block, existing, configFields);
        }
        summary(at.file(), "updated " + declared.kind().key() + " " + declared.name() + ": "
                + String.join(", ", update.changes().stream().map(FieldChange::path).toList()));
    }

    /**
     * {@code after} entries that name a resource whose block was removed and that no longer
     * exists are dropped (Komodo keeps them; here they would be errors).
     */
    private void dropDanglingAfter(Declaration declaration, Plan plan) {
        Set<String> removed = new LinkedHashSet<>();
        plan.resources().stream().filter(c -> c instanceof ResourceChange.Create).forEach(c -> removed.add(c.name()));
        if (removed.isEmpty()) {
            return;
        }
        Set<String> remaining = new LinkedHashSet<>();
        declaration.resources().stream().filter(r -> r.kind().deployable() && !removed.contains(r.name()))
                .forEach(r -> remaining.add(r.name()));
        snapshot.resources().stream().filter(r -> r.kind().deployable()).forEach(r -> remaining.add(r.name()));
        for (DeclaredResource<?> resource : declaration.resources()) {
            if (removed.contains(resource.name()) || resource.after().stream().noneMatch(removed::contains)) {
                continue;
            }
            List<String> kept = resource.after().stream().filter(n -> !removed.contains(n) || remaining.contains(n)).toList();
            if (kept.size() == resource.after().size()) {
                continue;
            }
            SourceLocation at = resource.sources().root().orElseThrow();
            FileEditor editor = editor(at.file());
            FileEditor.Block block = editor.block(at.line()).orElseThrow(() -> new FileEditor.CannotEdit(
                    resource.kind().key() + " `" + resource.name() + "` (" + at + ") is not written as a [[" + resource.kind().key()
                            + "]] table, which a write-back can edit"));
            editor.set(block, List.of(), List.of("after"), "after", new ValueType.ListType(new ValueType.StringType()),
                    kept, kept.isEmpty());
            summary(at.file(), "updated " + resource.kind().key() + " " + resource.name() + ": after (dropped "
                    + String.join(", ", resource.after().stream().filter(n -> !kept.contains(n)).toList()) + ")");
        }
    }

    /** {@code description}, {@code tags}, {@code config.<field>}: the statement a change rewrites. */
    private static String topField(FieldChange change) {
        String[] parts = change.path().split("\\.");
        return parts[0].equals("config") && parts.length > 1 ? "config." + parts[1] : parts[0];
    }

    private void meta(FileEditor editor, FileEditor.Block block, String field, Resource<?> existing) {
        switch (field) {
            case "description" -> editor.set(block, List.of(), List.of("description"), "description",
                    new ValueType.StringType(), existing.description(), existing.description().isEmpty());
            case "template" -> editor.set(block, List.of(), List.of("template"), "template",
                    new ValueType.BooleanType(), existing.template(), !existing.template());
            case "tags" -> editor.set(block, List.of(), List.of("tags"), "tags",
                    new ValueType.ListType(new ValueType.StringType()), existing.tags(), existing.tags().isEmpty());
            default -> { }
        }
    }

    private void config(FileEditor editor, FileEditor.Block block, Resource<?> existing, List<String> exportKeys) {
        ValueType type = ConfigTypes.of(existing.kind().configClass());
        if (editor.replaceValue(block, List.of("config"), TomlText.inline(type, existing.config()))) {
            return;
        }
        if (type instanceof UnionType union) {
            RecordType variant = union.variantOf(existing.config());
            editor.set(block, List.of("config"), List.of(union.tagKey()), union.tagKey(), new ValueType.StringType(),
                    variant.variantName(), false);
            editor.set(block, List.of("config"), List.of(union.contentKey()), union.contentKey(), variant,
                    existing.config(), false);
            return;
        }
        RecordType record = (RecordType) type;
        for (FieldSpec field : record.fields()) {
            if (!exportKeys.contains(field.exportKey())) {
                continue;
            }
            Object value = record.get(existing.config(), field);
            boolean isDefault = Objects.equals(value, record.defaultValue(field)) && !field.required();
            editor.set(block, List.of("config"), field.allKeys(), field.exportKey(), field.type(), value, isDefault);
        }
    }

    private void variable(VariableChange change, Declaration declaration) {
        boolean secrets = options.export().includeSecrets();
        if (change.action() == ChangeAction.DELETE) {
            add("variable", change.name(), TomlBlocks.variable(change.variable(), secrets), "added variable " + change.name());
            return;
        }
        DeclaredVariable declared = declaration.variables().stream().filter(v -> v.name().equals(change.name()))
                .findFirst().orElseThrow();
        SourceLocation at = declared.sources().root().orElseThrow();
        FileEditor editor = editor(at.file());
        FileEditor.Block block = editor.block(at.line()).orElseThrow(() -> new FileEditor.CannotEdit(
                "variable `" + change.name() + "` (" + at + ") is not written as a [[variable]] table"));
        if (change.action() == ChangeAction.CREATE) {
            editor.removeBlock(block);
            summary(at.file(), "removed variable " + change.name());
            return;
        }
        Variable existing = snapshot.variables().stream().filter(v -> v.name().equals(change.name())).findFirst().orElseThrow();
        RecordType type = RecordType.of(Variable.class);
        for (FieldChange field : change.changes()) {
            FieldSpec spec = type.field(field.path()).orElseThrow();
            Object value = type.get(existing, spec);
            boolean hide = spec.key().equals("value") && existing.secret() && !secrets;
            boolean isDefault = Objects.equals(value, type.defaultValue(spec));
            editor.set(block, List.of(), spec.allKeys(), spec.exportKey(), spec.key().equals("value")
                    ? new ValueType.SecretType() : spec.type(), value, hide || isDefault);
        }
        summary(at.file(), "updated variable " + change.name() + ": "
                + String.join(", ", change.changes().stream().map(FieldChange::path).toList()));
    }

    private void userGroup(UserGroupChange change, Declaration declaration) {
        Optional<Snapshot.ExistingUserGroup> stored = snapshot.userGroups().stream()
                .filter(g -> g.name().equals(change.name())).findFirst();
        if (change.action() == ChangeAction.DELETE) {
            add("user_group", change.name(), TomlBlocks.userGroup(names.userGroup(stored.orElseThrow())),
                    "added user group " + change.name());
            return;
        }
        DeclaredUserGroup declared = declaration.userGroups().stream().filter(g -> g.name().equals(change.name()))
                .findFirst().orElseThrow();
        SourceLocation at = declared.sources().root().orElseThrow();
        FileEditor editor = editor(at.file());
        FileEditor.Block block = editor.block(at.line()).orElseThrow(() -> new FileEditor.CannotEdit(
                "user group `" + change.name() + "` (" + at + ") is not written as a [[user_group]] table"));
        if (change.action() == ChangeAction.CREATE) {
            editor.removeBlock(block);
            summary(at.file(), "removed user group " + change.name());
            return;
        }
        UserGroup existing = names.userGroup(stored.orElseThrow());
        RecordType type = RecordType.of(UserGroup.class);
        Set<String> fields = new LinkedHashSet<>();
        change.changes().forEach(c -> fields.add(c.path().split("\\.")[0]));
        for (String name : fields) {
            FieldSpec spec = type.field(name).orElseThrow();
            Object value = type.get(existing, spec);
            editor.set(block, List.of(), spec.allKeys(), spec.exportKey(), spec.type(), value,
                    Objects.equals(value, type.defaultValue(spec)));
        }
        summary(at.file(), "updated user group " + change.name() + ": " + String.join(", ", fields));
    }

    /** Puts a new block in the file the template names. */
    private void add(String kind, String name, String block, String summary) {
        String relative = options.newFileTemplate().replace("{kind}", kind).replace("{name}", safe(name));
        Path file = folder.resolve(relative);
        String display = (folder.toString() + "/" + relative).replace('\\', '/');
        paths.putIfAbsent(display, file);
        editors.computeIfAbsent(display, d -> new FileEditor(read(file).orElse(""))).append(block);
        summary(display, summary);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private FileEditor editor(String file) {
        paths.putIfAbsent(file, Path.of(file));
        return editors.computeIfAbsent(file, f -> new FileEditor(read(Path.of(f)).orElseThrow(() ->
                new FileEditor.CannotEdit("cannot read " + f))));
    }

    private static Optional<String> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(String file, String line) {
        summaries.computeIfAbsent(file, f -> new ArrayList<>()).add(line);
    }

    private List<WriteBackResult.FileUpdate> updates() {
        List<WriteBackResult.FileUpdate> updates = new ArrayList<>();
        editors.forEach((name, editor) -> {
            if (editor.changed()) {
                Path path = paths.get(name);
                updates.add(new WriteBackResult.FileUpdate(path, name, read(path), editor.result(), summaries.get(name)));
            }
        });
        updates.sort(Comparator.comparing(WriteBackResult.FileUpdate::name));
        return updates;
    }

    private WriteBackResult refuse(String why) {
        diagnostics.add(Diagnostic.of(DiagnosticCode.WRITE_BACK_REFUSED, "write-back refused: " + why)
                .withHint("nothing was written"));
        return new WriteBackResult(List.of(), diagnostics);
    }
}
