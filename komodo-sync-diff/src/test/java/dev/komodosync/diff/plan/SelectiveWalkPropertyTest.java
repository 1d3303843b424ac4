package dev.komodosync.diff.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.FieldValue;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A selective walk ({@link ConfigWalker.Selection}) meets exactly the fields the full walk meets
 * and the selection wants, in the same order, with the same paths, values and owners: for every
 * resource of seeded generated worlds, under the selections the planner and the checks use and
 * under one that wants every field.
 */
class SelectiveWalkPropertyTest {

    private static final Map<String, Predicate<FieldSpec>> WANTED = Map.of(
            "interpolated", FieldSpec::interpolated,
            "references", field -> field.reference().isPresent() || field.pattern().isPresent(),
            "secrets", FieldSpec::secret,
            "every field", field -> true);
    private static final Map<String, ConfigWalker.Selection> SELECTIONS = Map.of(
            "interpolated", ConfigWalker.Selection.of(WANTED.get("interpolated")),
            "references", ConfigWalker.Selection.of(WANTED.get("references")),
            "secrets", ConfigWalker.Selection.of(WANTED.get("secrets")),
            "every field", ConfigWalker.Selection.of(WANTED.get("every field")));

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 3).boxed();
    }

    /** What a visitor sees of a field: its path, key, value and owner. */
    private record Met(String path, String key, Object value, Object owner) {
        static Met of(FieldValue field) {
            return new Met(field.path(), field.field().key(), field.value(), field.ownerValue());
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aSelectiveWalkMeetsWhatTheFullWalkMeetsAndTheSelectionWants(long seed) {
        WorldGenerator.World world = new WorldGenerator(seed).generate();
        List<Object[]> configs = new ArrayList<>();
        for (DeclaredResource<?> resource : world.declaration().resources()) {
            configs.add(new Object[] {ConfigTypes.of(resource.kind().configClass()), resource.resource().config()});
        }
        for (ExistingResource<?> resource : world.snapshot().resources()) {
            configs.add(new Object[] {ConfigTypes.of(resource.kind().configClass()), resource.resource().config()});
        }
        int met = 0;
        for (Object[] config : configs) {
            ValueType type = (ValueType) config[0];
            for (Map.Entry<String, ConfigWalker.Selection> selection : SELECTIONS.entrySet()) {
                Predicate<FieldSpec> wanted = WANTED.get(selection.getKey());
                List<Met> full = new ArrayList<>();
                ConfigWalker.walk(type, config[1], "config", field -> {
                    if (wanted.test(field.field())) {
                        full.add(Met.of(field));
                    }
                });
                List<Met> selective = new ArrayList<>();
                ConfigWalker.walk(type, config[1], "config", selection.getValue(), field -> selective.add(Met.of(field)));
                assertThat(selective).as("seed %s, %s", seed, selection.getKey()).isEqualTo(full);
                met += selective.size();
            }
        }
        assertThat(met).as("the world has fields to meet").isPositive();
    }

    /**
     * {@code reaches} and {@code reach} answer, for every field of every record of every kind's
     * config and for each selection, whether the selection wants the field or the field's type can
     * hold one it wants, worked out here anew.
     */
    @Test
    void eachSelectionReachesTheFieldsThatAreWantedOrCanHoldOneWanted() {
        Set<RecordType> records = new LinkedHashSet<>();
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            collect(ConfigTypes.of(kind.configClass()), records);
        }
        int reached = 0;
        for (Map.Entry<String, ConfigWalker.Selection> selection : SELECTIONS.entrySet()) {
            Predicate<FieldSpec> wanted = WANTED.get(selection.getKey());
            for (RecordType record : records) {
                for (int i = 0; i < record.fields().size(); i++) {
                    FieldSpec field = record.fields().get(i);
                    boolean expected = wanted.test(field) || holds(field.type(), wanted, new LinkedHashSet<>());
                    assertThat(selection.getValue().reaches(record, i))
                            .as("%s: %s.%s", selection.getKey(), record.javaType().getSimpleName(), field.key())
                            .isEqualTo(expected);
                    assertThat(selection.getValue().reach(record).at(i))
                            .as("%s: reach of %s.%s", selection.getKey(), record.javaType().getSimpleName(), field.key())
                            .isEqualTo(expected);
                    reached += expected ? 1 : 0;
                }
            }
        }
        assertThat(records).hasSizeGreaterThan(KomodoKinds.ALL.size());
        assertThat(reached).as("some fields are reached, and not all").isPositive()
                .isLessThan(SELECTIONS.size() * records.stream().mapToInt(r -> r.fields().size()).sum());
    }

    private static void collect(ValueType type, Set<RecordType> records) {
        if (type instanceof RecordType record) {
            if (records.add(record)) {
                record.fields().forEach(field -> collect(field.type(), records));
            }
        } else if (type instanceof UnionType union) {
            union.variants().forEach(variant -> collect(variant, records));
        } else if (type instanceof ValueType.ListType list) {
            collect(list.element(), records);
        } else if (type instanceof ValueType.OptionalType optional) {
            collect(optional.value(), records);
        } else if (type instanceof ValueType.MapType map) {
            collect(map.value(), records);
        }
    }

    /** Whether a value of {@code type} can hold a field {@code wanted} accepts, at any depth. */
    private static boolean holds(ValueType type, Predicate<FieldSpec> wanted, Set<ValueType> seen) {
        if (type instanceof ValueType.ListType list) {
            return holds(list.element(), wanted, seen);
        }
        if (type instanceof ValueType.OptionalType optional) {
            return holds(optional.value(), wanted, seen);
        }
        if (type instanceof ValueType.MapType map) {
            return holds(map.value(), wanted, seen);
        }
        if (!(type instanceof RecordType) && !(type instanceof UnionType)) {
            return false;
        }
        if (!seen.add(type)) {
            // A type within itself: what it holds is found where it was first met.
            return false;
        }
        boolean holds = type instanceof RecordType record
                ? record.fields().stream().anyMatch(field -> wanted.test(field) || holds(field.type(), wanted, seen))
                : ((UnionType) type).variants().stream().anyMatch(variant -> holds(variant, wanted, seen));
        seen.remove(type);
        return holds;
    }
}
