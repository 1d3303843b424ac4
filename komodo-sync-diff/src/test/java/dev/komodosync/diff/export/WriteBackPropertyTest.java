package dev.komodosync.diff.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever drift a snapshot has from the homelab example — random fields of random
 * resources changed, resources gone, resources added — a write-back is accepted, the files it
 * writes plan empty against the snapshot, and every file it does not list is left alone.
 */
class WriteBackPropertyTest {

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300) / 10).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aWriteBackOfAnyDriftPlansEmpty(long seed) throws IOException {
        Path sync = dir.resolve("sync");
        copy(Path.of("../examples/homelab/sync"), sync);
        SnapshotResult original = SnapshotReader.create().read(Path.of("../examples/homelab/snapshot.json"));
        Snapshot drifted = drift(original.snapshot(), new Random(seed));
        SyncOptions everything = SyncOptions.builder().delete(true).includeVariables(true).includeUserGroups(true).build();
        // without secrets: the Core's secrets are never written, and they are all that still differs
        ExportOptions withoutSecrets = ExportOptions.builder().includeVariables(true).includeUserGroups(true).build();
        WriteBackResult first = WriteBack.prepare(sync, drifted, WriteBackOptions.of(withoutSecrets));
        assertThat(first.refused()).as(first.diagnostics().toString()).isFalse();
        first.write();
        LoadResult loaded = SyncLoader.create().load(sync);
        assertThat(loaded.errors()).isEmpty();
        Plan left = Planner.plan(loaded.declaration(), drifted, everything).plan().orElseThrow();
        assertThat(left.resources()).allSatisfy(change -> assertThat(((ResourceChange.Update) change).changes())
                .allSatisfy(field -> assertThat(first.secretsLeftOut()).anyMatch(what -> what.replace("[]", "")
                        .startsWith(change.kind().key() + " " + TomlText.basic(change.name()) + ": " + field.path()))));
        // with secrets: the exact round trip
        ExportOptions export = ExportOptions.builder().includeVariables(true).includeUserGroups(true).includeSecrets(true)
                .build();
        WriteBackResult result = WriteBack.prepare(sync, drifted, WriteBackOptions.of(export));
        assertThat(result.refused()).as(result.diagnostics().toString()).isFalse();
        result.write();
        LoadResult again = SyncLoader.create().load(sync);
        assertThat(again.errors()).isEmpty();
        Plan plan = Planner.plan(again.declaration(), drifted, everything).plan().orElseThrow();
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.variables()).isEmpty();
        assertThat(plan.userGroups()).isEmpty();
    }

    private static Snapshot drift(Snapshot snapshot, Random random) {
        WorldGenerator values = new WorldGenerator(random.nextLong());
        Snapshot.Builder builder = Snapshot.builder().komodoVersion(snapshot.komodoVersion()).runtime(snapshot.runtime());
        snapshot.tags().forEach(builder::add);
        for (ExistingResource<?> resource : snapshot.resources()) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                continue;
            }
            builder.add(roll <= 3 ? changed(resource, values, random) : resource);
        }
        builder.add(new ExistingResource<>("added-" + random.nextInt(1000),
                Resource.withDefaults(dev.komodosync.model.KomodoKinds.SERVER, "added-server")));
        snapshot.variables().forEach(builder::add);
        snapshot.users().forEach(builder::add);
        snapshot.userGroups().forEach(builder::add);
        snapshot.permissions().forEach(builder::add);
        return builder.build();
    }

    private static <C> ExistingResource<C> changed(ExistingResource<C> resource, WorldGenerator values, Random random) {
        if (!(ConfigTypes.of(resource.kind().configClass()) instanceof RecordType record)) {
            return resource;
        }
        List<Object> fields = new ArrayList<>(record.values(resource.resource().config()));
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            int index = random.nextInt(record.fields().size());
            FieldSpec field = record.fields().get(index);
            if (field.reference().isEmpty() && field.pattern().isEmpty()) {
                fields.set(index, values.value(field.type(), field));
            }
        }
        C config = resource.kind().configClass().cast(record.create(fields));
        return new ExistingResource<>(resource.id(), resource.resource().withConfig(config)
                .withDescription(random.nextBoolean() ? resource.resource().description() : "drifted"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
