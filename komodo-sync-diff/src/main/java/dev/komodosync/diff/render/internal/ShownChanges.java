package dev.komodosync.diff.render.internal;

import dev.komodosync.diff.export.Exporter;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.diff.plan.internal.FieldChanges;
import dev.komodosync.diff.plan.internal.StoredNames;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the text and Markdown renderers show of a change: the members of its field changes
 * ({@link NestedDiff}), a value on one line with secrets masked, and the TOML of a created or
 * deleted resource. Not API.
 */
public final class ShownChanges {

    private ShownChanges() {}

    /** The members of an update's changes, with text paths as export spells the keys. */
    public static List<NestedDiff.Member> members(ResourceChange.Update update) {
        ValueType config = ConfigTypes.of(update.kind().configClass());
        List<NestedDiff.Member> members = new ArrayList<>();
        for (FieldChange change : update.changes()) {
            members.addAll(members(change, ExportSpelling.path(config, change.path())));
        }
        return members;
    }

    /** The members of variable or user-group changes, whose paths need no respelling. */
    public static List<NestedDiff.Member> members(List<FieldChange> changes) {
        List<NestedDiff.Member> members = new ArrayList<>();
        changes.forEach(change -> members.addAll(members(change, change.path())));
        return members;
    }

    /** The members of one change, shown under {@code textPath}. */
    public static List<NestedDiff.Member> members(FieldChange change, String textPath) {
        ValueType type = FieldChanges.type(change);
        if (NestedDiff.isStructured(type)) {
            return NestedDiff.diff(type, change.from(), change.to(), textPath, change.path());
        }
        boolean lines = change.from() instanceof String before && change.to() instanceof String after
                && (before.indexOf('\n') >= 0 || after.indexOf('\n') >= 0);
        return List.of(new NestedDiff.Member(lines ? NestedDiff.Kind.LINES : NestedDiff.Kind.CHANGED, textPath,
                change.path(), type, change.from(), change.to()));
    }

    /** A value as JSON on one line, secrets masked, cut to a readable width. */
    public static String value(ValueType type, Object value) {
        return ShownText.line(JsonText.compact(ValueJson.toJson(type, value, ValueJson.Secrets.MASK)));
    }

    /** The elements of a list of scalars as lines for a line diff: each as JSON, secrets masked. */
    public static List<String> elements(ValueType listType, Object list) {
        ValueType element = listType instanceof ValueType.ListType l ? l.element() : new ValueType.AnyType();
        List<String> lines = new ArrayList<>();
        for (Object item : (List<?>) list) {
            lines.add(value(element, item));
        }
        return lines;
    }

    /**
     * The elements a {@link NestedDiff.Kind#LIST} member adds and removes, by a line diff of the
     * lists' elements: each a {@code REMOVED} member with its index in the old list, or an
     * {@code ADDED} one with its index in the new list, in the diff's order; the element type theirs.
     */
    public static List<NestedDiff.Member> listElements(NestedDiff.Member member) {
        ValueType element = ((ValueType.ListType) member.type()).element();
        List<?> before = (List<?>) member.from();
        List<?> after = (List<?>) member.to();
        List<NestedDiff.Member> elements = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (LineDiff.Line line : LineDiff.diff(elements(member.type(), before), elements(member.type(), after))) {
            switch (line.kind()) {
                case SAME -> {
                    i++;
                    j++;
                }
                case REMOVED -> {
                    elements.add(new NestedDiff.Member(NestedDiff.Kind.REMOVED, member.textPath() + "[" + i + "]",
                            member.jsonPath() + "[" + i + "]", element, before.get(i), null));
                    i++;
                }
                case ADDED -> {
                    elements.add(new NestedDiff.Member(NestedDiff.Kind.ADDED, member.textPath() + "[" + j + "]",
                            member.jsonPath() + "[" + j + "]", element, null, after.get(j)));
                    j++;
                }
            }
        }
        return elements;
    }

    /** The TOML of a created resource, as export would write it; defaults marked unless {@code compact}. */
    public static List<String> created(ResourceChange.Create create) {
        return TomlShown.resource(create.declared().resource(), create.declared().deploy(), create.declared().after(), true);
    }

    /**
     * The TOML of a created or deleted variable, or of a created user group; empty for other
     * changes. A secret variable's value shows as {@code "***"}.
     */
    public static List<String> whole(VariableChange change) {
        if (change.action() == ChangeAction.UPDATE) {
            return List.of();
        }
        Variable variable = change.variable();
        Variable shown = variable.secret() && !variable.value().isEmpty()
                ? new Variable(variable.name(), Secret.of(Secret.MASK), variable.description(), true) : variable;
        return lines(Exporter.block(shown, true));
    }

    /** The TOML of a created user group; empty for other changes. */
    public static List<String> whole(UserGroupChange change) {
        if (change.action() != ChangeAction.CREATE || change.group().isEmpty()) {
            return List.of();
        }
        return lines(Exporter.block(change.group().get()));
    }

    private static List<String> lines(String text) {
        return List.of(text.substring(0, text.length() - (text.endsWith("\n") ? 1 : 0)).split("\n", -1));
    }

    /** The TOML of a deleted resource; references by name when {@code existing} is given. */
    public static List<String> deleted(ResourceChange.Delete delete, Optional<Snapshot> existing) {
        return TomlShown.resource(named(delete.existing(), existing), false, List.of(), false);
    }

    /** The existing resource with references by name, when {@code existing} is given; as stored otherwise. */
    public static <C> Resource<C> named(ExistingResource<C> resource, Optional<Snapshot> existing) {
        return existing.isEmpty() ? resource.resource()
                : new StoredNames(existing.get(), ResourceKinds.discover()).resource(resource);
    }
}
