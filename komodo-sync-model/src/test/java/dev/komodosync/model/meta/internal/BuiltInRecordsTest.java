package dev.komodosync.model.meta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.meta.ScalarForm;
import dev.komodosync.model.meta.Union;
import dev.komodosync.model.meta.Variant;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated {@link BuiltInRecords} says what the annotations say, reads and builds records as
 * their own accessors and constructors do, and is regenerated when the model changes.
 */
class BuiltInRecordsTest {

    @Test
    void theCheckedInSourceIsWhatTheModelsAnnotationsGive() throws IOException {
        Path file = Path.of(BuiltInRecordsSource.RELATIVE_PATH);
        String expected = BuiltInRecordsSource.generate();
        if (Boolean.getBoolean("komodo.regenerate")) {
            Files.writeString(file, expected);
        }
        assertThat(Files.readString(file))
                .as("%s is out of date with the model's records; regenerate it with: mvn -B -pl komodo-sync-model test"
                        + " -Dtest=BuiltInRecordsTest -Dkomodo.regenerate=true", file)
                .isEqualTo(expected);
    }

    @Test
    void everyRecordOfTheModelIsDescribedAsReflectionReadsIt() {
        List<Class<?>> records = BuiltInRecordsSource.modelRecords();
        assertThat(records).contains(ServerConfig.class).hasSizeGreaterThan(100);
        for (Class<?> type : records) {
            BuiltInRecords.Description description = BuiltInRecords.describe(type);
            assertThat(description).as(type.getName()).isNotNull();
            assertThat(description.fields()).as(type.getName()).isEqualTo(TypeResolver.fields(type));
        }
    }

    @Test
    void classAndUnionFactsAreWhatTheAnnotationsSay() {
        for (Class<?> type : BuiltInRecordsSource.modelRecords()) {
            Variant variant = type.getAnnotation(Variant.class);
            ScalarForm scalar = type.getAnnotation(ScalarForm.class);
            assertThat(BuiltInRecords.classFacts(type)).as(type.getName()).isEqualTo(new BuiltInRecords.ClassFacts(
                    variant != null ? variant.value() : type.getSimpleName(), scalar != null ? scalar.value() : null));
        }
        List<Class<?>> unions = BuiltInRecordsSource.modelUnions();
        assertThat(unions).contains(AlerterEndpoint.class);
        for (Class<?> type : unions) {
            Union union = type.getAnnotation(Union.class);
            assertThat(BuiltInRecords.union(type)).as(type.getName()).isEqualTo(new BuiltInRecords.UnionFacts(
                    union.tag(), union.content(), union.defaultVariant(), UnionType.variantClasses(type)));
        }
        assertThat(BuiltInRecords.union(PluginConfig.class)).isNull();
        assertThat(BuiltInRecords.classFacts(PluginConfig.class)).isNull();
    }

    @Test
    void everyKindsConfigIsDescribedByTheGeneratedCode() {
        for (var kind : KomodoKinds.ALL) {
            ValueType type = ConfigTypes.of(kind.configClass());
            List<RecordType> records = type instanceof UnionType union ? union.variants() : List.of((RecordType) type);
            for (RecordType record : records) {
                assertThat(BuiltInRecords.describe(record.javaType())).as(record.javaType().getName()).isNotNull();
            }
        }
    }

    @Test
    void theGeneratedAccessReadsAndBuildsAsTheRecordsOwnMethodsDo() throws ReflectiveOperationException {
        int checked = 0;
        for (Class<?> type : BuiltInRecordsSource.modelRecords()) {
            RecordAccess generated = BuiltInRecords.describe(type).access();
            RecordAccess reflective = ReflectiveAccess.of(type);
            Object instance;
            try {
                instance = RecordType.of(type).defaults();
            } catch (IllegalArgumentException noDefaults) {
                // A record whose checks refuse its fields' zero values (SourceLocation: line 0), never a config.
                assertThat(type.getName()).doesNotContain(".config.");
                continue;
            }
            RecordComponent[] components = type.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = generated.get(instance, i);
                assertThat(values[i]).as("%s.%s", type.getName(), components[i].getName())
                        .isEqualTo(components[i].getAccessor().invoke(instance))
                        .isEqualTo(reflective.get(instance, i));
            }
            assertThat(generated.create(values)).isEqualTo(instance).isEqualTo(reflective.create(values.clone()));
            int fields = components.length;
            assertThatThrownBy(() -> generated.get(instance, fields)).isInstanceOf(IndexOutOfBoundsException.class);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAsByReflection() {
        RecordType server = RecordType.of(ServerConfig.class);
        List<Object> values = new ArrayList<>(server.values(server.defaults()));
        int address = server.indexOf(server.field("address").orElseThrow());
        values.set(address, 42);
        assertThatThrownBy(() -> server.create(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ServerConfig.class.getName());
    }

    /** A record outside the model, as a plug-in kind's config is. */
    record PluginConfig(String name, int replicas, List<String> tags) {}

    @Test
    void aRecordOutsideTheModelIsDescribedByReflection() {
        assertThat(BuiltInRecords.describe(PluginConfig.class)).isNull();
        RecordType type = RecordType.of(PluginConfig.class);
        assertThat(type.fields()).extracting(FieldSpec::key).containsExactly("name", "replicas", "tags");
        Object created = type.create(List.of("web", 3, List.of("a")));
        assertThat(created).isEqualTo(new PluginConfig("web", 3, List.of("a")));
        assertThat(type.get(created, 1)).isEqualTo(3);
    }
}
