package dev.komodosync.model.meta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ValueEquality} agrees with the records' own {@code equals} on every record of the model. */
class ValueEqualityTest {

    @Test
    void agreesWithEqualsOnEveryRecordAndEveryOneFieldChange() {
        int compared = 0;
        for (Class<?> type : BuiltInRecordsSource.modelRecords()) {
            RecordType record = RecordType.of(type);
            Object base;
            try {
                base = record.defaults();
            } catch (IllegalArgumentException noDefaults) {
                continue;
            }
            Object copy = record.create(new ArrayList<>(record.values(base)));
            assertThat(ValueEquality.equal(record, base, copy)).as(type.getName()).isTrue();
            for (int i = 0; i < record.fields().size(); i++) {
                Object changed = changed(record.fields().get(i).type(), record.get(base, i));
                if (changed == null) {
                    continue;
                }
                List<Object> values = new ArrayList<>(record.values(base));
                values.set(i, changed);
                Object other;
                try {
                    other = record.create(values);
                } catch (IllegalArgumentException refused) {
                    continue;
                }
                assertThat(ValueEquality.equal(record, base, other)).as("%s field %d", type.getName(), i)
                        .isEqualTo(base.equals(other)).isFalse();
                assertThat(ValueEquality.equal(record, other, base)).isFalse();
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void listsOptionalsMapsAndNullsCompareByContent() {
        ValueType strings = new ValueType.ListType(new ValueType.StringType());
        assertThat(ValueEquality.equal(strings, List.of("a", "b"), new ArrayList<>(List.of("a", "b")))).isTrue();
        assertThat(ValueEquality.equal(strings, List.of("a", "b"), List.of("b", "a"))).isFalse();
        assertThat(ValueEquality.equal(strings, List.of("a"), List.of("a", "a"))).isFalse();
        ValueType optional = new ValueType.OptionalType(new ValueType.StringType());
        assertThat(ValueEquality.equal(optional, Optional.empty(), Optional.empty())).isTrue();
        assertThat(ValueEquality.equal(optional, Optional.of("x"), Optional.empty())).isFalse();
        ValueType map = new ValueType.MapType(Optional.empty(), new ValueType.StringType());
        assertThat(ValueEquality.equal(map, Map.of("a", "1"), Map.of("a", "1"))).isTrue();
        assertThat(ValueEquality.equal(map, Map.of("a", "1"), Map.of("b", "1"))).isFalse();
        assertThat(ValueEquality.equal(map, Map.of("a", "1"), Map.of("a", "2"))).isFalse();
        assertThat(ValueEquality.equal(new ValueType.StringType(), null, null)).isTrue();
        assertThat(ValueEquality.equal(new ValueType.StringType(), "a", null)).isFalse();
    }

    /** A different value of {@code type} than {@code value}, or null where none is easily made. */
    private static Object changed(ValueType type, Object value) {
        if (type instanceof ValueType.StringType) {
            return value + "x";
        }
        if (type instanceof ValueType.BooleanType) {
            return !(Boolean) value;
        }
        if (type instanceof ValueType.ListType && value instanceof List<?> list && list.isEmpty()) {
            ValueType element = ((ValueType.ListType) type).element();
            return element instanceof ValueType.StringType ? List.of("x") : null;
        }
        if (type instanceof ValueType.OptionalType optional && value instanceof Optional<?> present) {
            return present.isPresent() ? Optional.empty()
                    : optional.value() instanceof ValueType.StringType ? Optional.of("x") : null;
        }
        return null;
    }
}
