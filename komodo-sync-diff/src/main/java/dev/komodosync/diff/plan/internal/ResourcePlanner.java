package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Creates, updates and deletes of resources (behaviour §4.1): declared configs, complete with
 * defaults, against existing configs with ids turned into names; only within the {@link Scope};
 * deletes only in delete mode. A create whose name a resource outside the scope has is left out
 * with a warning (KS414), where Komodo plans it and fails; updates Komodo would show or apply
 * otherwise say so (KS426, KS427).
 */
final class ResourcePlanner {

    private static final ValueType TEXT = new ValueType.StringType();
    private static final ValueType BOOLEAN = new ValueType.BooleanType();
    private static final ValueType TAGS = new ValueType.ListType(new ValueType.StringType());

    private final ResourceIndex index;
    private final Scope scope;
    private final boolean deletes;
    private final List<Diagnostic> diagnostics;
    private final ValueRewriter.Leaf declaredLeaf;
    private final ValueRewriter.Leaf storedLeaf;
    /** How many of the existing resources planned so far are in the scope, counted while planning deletes. */
    private long existingInScope;

    ResourcePlanner(ResourceIndex index, Scope scope, boolean deletes, List<Diagnostic> diagnostics) {
        this.index = index;
        this.scope = scope;
        this.deletes = deletes;
        this.diagnostics = diagnostics;
        this.declaredLeaf = ConfigNormaliser.declaredLeaf(index);
        this.storedLeaf = ConfigNormaliser.storedLeaf(index);
    }

    /** The changes of every kind, in apply order. */
    List<ResourceChange> plan(List<DeclaredResource<?>> declarations, Snapshot snapshot) {
        Map<ResourceKind<?>, List<DeclaredResource<?>>> byKind = byKind(declarations);
        List<ResourceChange> changes = new ArrayList<>();
        for (ResourceKind<?> kind : index.kinds()) {
            changes.addAll(plan(kind, byKind.getOrDefault(kind, List.of()), snapshot));
        }
        return changes;
    }

    /**
     * How many existing resources of the kinds planned so far are in the scope; counted only when
     * the planner deletes (a plan without deletes never asks).
     */
    long existingInScope() {
        return existingInScope;
    }

    /** {@code declarations} by kind, each in declaration order. */
    static Map<ResourceKind<?>, List<DeclaredResource<?>>> byKind(List<DeclaredResource<?>> declarations) {
        Map<ResourceKind<?>, List<DeclaredResource<?>>> byKind = new HashMap<>();
        for (DeclaredResource<?> resource : declarations) {
            List<DeclaredResource<?>> ofKind = byKind.get(resource.kind());
            if (ofKind == null) {
                ofKind = new ArrayList<>();
                byKind.put(resource.kind(), ofKind);
            }
            ofKind.add(resource);
        }
        return byKind;
    }

    /**
     * The changes of one kind, given its declarations in declaration order: creates, updates
     * and deletes, each by name, in the kind's order of them.
     */
    List<ResourceChange> plan(ResourceKind<?> kind, List<DeclaredResource<?>> ofKind, Snapshot snapshot) {
        Map<String, DeclaredResource<?>> declared = index.declaredOf(kind);
        Map<String, ExistingResource<?>> existing = index.existingOf(kind);
        boolean repeated = declared.size() != ofKind.size() || existing.size() != snapshot.resources(kind).size();
        if (repeated) {
            // A name given twice: the first in scope counts, which the index (the first of all) may not hold.
            declared = inScope(ofKind, DeclaredResource::name, DeclaredResource::resource);
            existing = this.<ExistingResource<?>>inScope(snapshot.resources(kind), ExistingResource::name,
                    ExistingResource::resource);
            if (deletes) {
                for (ExistingResource<?> resource : snapshot.resources(kind)) {
                    if (scope.includes(resource.resource())) {
                        existingInScope++;
                    }
                }
            }
        }
        List<ResourceChange> creates = new ArrayList<>();
        List<ResourceChange> updates = new ArrayList<>();
        List<ResourceChange> removals = new ArrayList<>();
        // Without repeated names, the existing table's positions that an in-scope declaration has
        // the name of: the deletes then need no lookup of each existing name among the declared.
        NameTable<ExistingResource<?>> existingTable = !repeated && existing instanceof NameTable<?>
                ? (NameTable<ExistingResource<?>>) existing : null;
        boolean[] named = existingTable == null || !deletes ? null : new boolean[existingTable.size()];
        // Each declared name's position among the existing, found from the two tables' own copies
        // of the names: at 100k, reading each name string again would be a read from memory. (A
        // kind without declarations has an empty map, not a table.)
        int[] partners = existingTable == null ? null
                : declared instanceof NameTable<?> declaredTable ? declaredTable.positionsIn(existingTable) : new int[0];
        List<DeclaredResource<?>> inOrder = declared instanceof NameTable<DeclaredResource<?>> table ? table.values()
                : new ArrayList<>(declared.values());
        for (int at = 0; at < inOrder.size(); at++) {
            DeclaredResource<?> resource = inOrder.get(at);
            if (!scope.includes(resource.resource())) {
                continue;
            }
            ExistingResource<?> current;
            if (existingTable != null) {
                int position = partners[at];
                current = position < 0 ? null : existingTable.valueAt(position);
                if (named != null && position >= 0) {
                    named[position] = true;
                }
            } else {
                current = existing.get(resource.name());
            }
            if (current != null && !scope.includes(current.resource())) {
                current = null;
            }
            if (current == null) {
                Optional<ExistingResource<?>> hidden = index.existing(kind, resource.name());
                if (hidden.isPresent()) {
                    // A departure: Komodo plans this create and fails at run time; it is left out here.
                    nameTaken(resource, hidden.get());
                } else {
                    creates.add(new ResourceChange.Create(resource));
                }
                continue;
            }
            List<FieldChange> fieldChanges = changes(resource, current);
            if (!fieldChanges.isEmpty()) {
                updates.add(new ResourceChange.Update(resource, current, fieldChanges));
                reportDepartures(resource, current, fieldChanges);
            }
        }
        if (named != null) {
            // Without repeated names these are all the kind's existing resources: counted here.
            List<ExistingResource<?>> all = existingTable.values();
            for (int position = 0; position < named.length; position++) {
                ExistingResource<?> resource = all.get(position);
                if (scope.includes(resource.resource())) {
                    existingInScope++;
                    if (!named[position]) {
                        removals.add(new ResourceChange.Delete(resource));
                    }
                }
            }
        } else if (deletes) {
            for (ExistingResource<?> resource : existing.values()) {
                DeclaredResource<?> wanted = declared.get(resource.name());
                if (scope.includes(resource.resource()) && (wanted == null || !scope.includes(wanted.resource()))) {
                    removals.add(new ResourceChange.Delete(resource));
                }
            }
        }
        List<ResourceChange> ordered = new ArrayList<>(creates.size() + updates.size() + removals.size());
        if (kind.deletesFirst()) {
            addByName(removals, ordered);
            addByName(updates, ordered);
            addByName(creates, ordered);
        } else {
            addByName(creates, ordered);
            addByName(updates, ordered);
            addByName(removals, ordered);
        }
        return ordered;
    }

    /** Adds {@code changes} to {@code ordered} by name ({@link NameOrder}). */
    private static void addByName(List<ResourceChange> changes, List<ResourceChange> ordered) {
        String[] names = new String[changes.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = changes.get(i).name();
        }
        for (int position : NameOrder.of(names)) {
            ordered.add(changes.get(position));
        }
    }

    /** {@code resources} in scope by name, the first in scope of each name, in order. */
    private <R> Map<String, R> inScope(List<? extends R> resources, Function<R, String> name, Function<R, Resource<?>> resource) {
        Map<String, R> byName = new LinkedHashMap<>();
        for (R each : resources) {
            if (scope.includes(resource.apply(each))) {
                byName.putIfAbsent(name.apply(each), each);
            }
        }
        return byName;
    }

    /** The changes from an existing resource to its declaration: metadata first, then config. */
    List<FieldChange> changes(DeclaredResource<?> declared, ExistingResource<?> existing) {
        List<FieldChange> changes = new ArrayList<>();
        var want = declared.resource();
        var have = existing.resource();
        String wantDescription = want.description().replace("\r\n", "\n");
        String haveDescription = have.description().replace("\r\n", "\n");
        if (!wantDescription.equals(haveDescription)) {
            changes.add(FieldChanges.of("description", TEXT, haveDescription, wantDescription));
        }
        if (want.template() != have.template()) {
            changes.add(FieldChanges.of("template", BOOLEAN, have.template(), want.template()));
        }
        if (!want.tags().equals(have.tags())) {
            changes.add(FieldChanges.of("tags", TAGS, have.tags(), want.tags()));
        }
        changes.addAll(ConfigDiff.diff(ConfigTypes.of(declared.kind().configClass()), want.config(), have.config(), "config",
                declaredLeaf, storedLeaf));
        return changes;
    }

    /** Where an update departs from what Komodo v2.3.2 would show or apply (behaviour §4.2, §4.5). */
    private void reportDepartures(DeclaredResource<?> resource, ExistingResource<?> current, List<FieldChange> changes) {
        String owner = resource.kind().key() + " `" + resource.name() + "`";
        if (changes.size() == 1 && changes.get(0).path().equals("template")) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW, owner + ": only template changes;"
                            + " Komodo's pending view does not show this change, though running the sync applies it")
                    .at(resource.sources().locate("template")));
        }
        Object want = resource.resource().config();
        Object have = current.resource().config();
        if (resource.kind().equals(KomodoKinds.BUILDER) && ConfigTypes.of(resource.kind().configClass()) instanceof UnionType union
                && !union.variantOf(want).equals(union.variantOf(have)) && want.equals(union.variantOf(want).defaults())) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.BUILDER_TYPE_CHANGE, owner + ": the type changes from "
                            + union.variantOf(have).variantName() + " to " + union.variantOf(want).variantName()
                            + " with default params; Komodo v2.3.2 finds no difference in such a change and never"
                            + " applies it")
                    .at(resource.sources().locate("config.type"))
                    .withHint("this plan updates config.type; for Komodo itself, declare at least one param that is not"
                            + " its default"));
        }
    }

    private void nameTaken(DeclaredResource<?> resource, ExistingResource<?> hidden) {
        String why = scope.why(hidden.resource()).orElse("out of scope");
        diagnostics.add(Diagnostic.of(DiagnosticCode.NAME_TAKEN, resource.kind().key() + " `" + resource.name()
                        + "` is not created: Komodo would try to create it and fail: a resource of that name exists"
                        + " outside this sync's scope (" + why + ")")
                .at(resource.sources().locate("name"))
                .withHint("give the existing resource the match tags, or rename the declaration"));
    }
}
