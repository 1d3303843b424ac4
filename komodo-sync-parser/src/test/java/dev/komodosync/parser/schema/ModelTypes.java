package dev.komodosync.parser.schema;

import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ResourceFields;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.LinkedHashSet;
import java.util.Set;

/** The records and unions a sync file can hold, as the binder reaches them from the kinds. */
final class ModelTypes {

    private final Set<Class<?>> types = new LinkedHashSet<>();

    private ModelTypes() {}

    /** Every record and union class reachable from {@code kinds}, {@code [[variable]]} and {@code [[user_group]]}. */
    static Set<Class<?>> reachable(ResourceKinds kinds) {
        ModelTypes walk = new ModelTypes();
        walk.visit(RecordType.of(ResourceFields.class));
        walk.visit(RecordType.of(Variable.class));
        walk.visit(RecordType.of(UserGroup.class));
        for (ResourceKind<?> kind : kinds.all()) {
            walk.visit(ValueType.of(kind.configClass()));
        }
        return walk.types;
    }

    private void visit(ValueType type) {
        if (type instanceof ValueType.OptionalType optional) {
            visit(optional.value());
        } else if (type instanceof ValueType.ListType list) {
            visit(list.element());
        } else if (type instanceof ValueType.MapType map) {
            visit(map.value());
        } else if (type instanceof RecordType record && types.add(record.javaType())) {
            for (FieldSpec field : record.fields()) {
                visit(field.type());
            }
        } else if (type instanceof UnionType union && types.add(union.javaType())) {
            union.variants().forEach(this::visit);
        }
    }
}
