package dev.komodosync.bench;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What exists, for a generated declaration: every declared resource as Komodo would store it
 * (ids in reference fields, running deployables), except that about {@value #CHANGED_PERCENT}% differ
 * (an edited description, or an environment line that triggers a redeploy), about
 * {@value #MISSING_PERCENT}% are missing (to create) and about {@value #EXTRA_PERCENT}% more exist that no file
 * declares (to delete).
 */
final class SnapshotMaker {

    static final int CHANGED_PERCENT = 5;
    /** The busy shape's share of differing resources, in percent. */
    static final int BUSY_CHANGED_PERCENT = 40;
    static final int MISSING_PERCENT = 2;
    static final int EXTRA_PERCENT = 2;
    /** The busy shape's share of builds that were built (have a latest version), in percent. */
    static final int BUSY_BUILT_PERCENT = 80;

    private final Random random;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final boolean busy;
    private final int changedPercent;

    private SnapshotMaker(long seed, Corpus.Shape shape) {
        this.random = new Random(seed);
        this.busy = shape == Corpus.Shape.BUSY;
        this.changedPercent = busy ? BUSY_CHANGED_PERCENT : CHANGED_PERCENT;
    }

    /** The snapshot for {@code declaration}, from {@code seed}. */
    static Snapshot make(Declaration declaration, long seed) {
        return make(declaration, seed, Corpus.Shape.PLAIN);
    }

    /** The snapshot of {@code shape} for {@code declaration}, from {@code seed}. */
    static Snapshot make(Declaration declaration, long seed, Corpus.Shape shape) {
        return new SnapshotMaker(seed, shape).snapshot(declaration);
    }

    private String id(String name) {
        return ids.computeIfAbsent(name, n -> String.format(Locale.ROOT, "%024x", 0x5eed0000L + ids.size()));
    }

    private Snapshot snapshot(Declaration declaration) {
        Set<String> referenced = new HashSet<>();
        for (DeclaredResource<?> resource : declaration.resources()) {
            id(resource.name());
            referenced.addAll(resource.after());
            references(ConfigTypes.of(resource.kind().configClass()), resource.resource().config(), name -> {
                referenced.add(name);
                return name;
            });
        }
        Snapshot.Builder snapshot = Snapshot.builder().komodoVersion("2.3.2");
        Set<String> tags = new TreeSet<>();
        Map<String, Map<String, RuntimeState.TargetState>> targets = new LinkedHashMap<>();
        List<ResourceKind<?>> missable = List.of(KomodoKinds.STACK, KomodoKinds.DEPLOYMENT, KomodoKinds.PROCEDURE,
                KomodoKinds.ACTION);
        for (DeclaredResource<?> declared : declaration.resources()) {
            int roll = random.nextInt(100);
            if (roll < MISSING_PERCENT && missable.contains(declared.kind()) && !referenced.contains(declared.name())) {
                continue;
            }
            Resource<?> resource = declared.resource();
            if (roll >= MISSING_PERCENT && roll < MISSING_PERCENT + changedPercent) {
                resource = changed(resource);
            }
            tags.addAll(resource.tags());
            snapshot.add(existing(resource));
            if (declared.kind().deployable()) {
                targets.computeIfAbsent(declared.kind().pluralKey(), k -> new LinkedHashMap<>())
                        .put(declared.name(), RuntimeState.TargetState.of("running"));
            }
        }
        int extra = Math.max(1, declaration.resources().size() * EXTRA_PERCENT / 100);
        String server = declaration.resources(KomodoKinds.SERVER).get(0).name();
        for (int i = 0; i < extra; i++) {
            String name = String.format(Locale.ROOT, "legacy-%05d", i);
            Resource<StackConfig> legacy = Resource.withDefaults(KomodoKinds.STACK, name).withDescription("decommissioned");
            legacy = legacy.withConfig((StackConfig) RecordType.of(StackConfig.class).with(legacy.config(), "server_id", server));
            snapshot.add(existing(legacy));
            targets.computeIfAbsent(KomodoKinds.STACK.pluralKey(), k -> new LinkedHashMap<>())
                    .put(name, RuntimeState.TargetState.of("running"));
        }
        tags.forEach(tag -> snapshot.add(new Snapshot.Tag(id("tag:" + tag), tag)));
        for (DeclaredVariable declared : declaration.variables()) {
            Variable variable = declared.variable();
            snapshot.add(declared.valueDeclared() ? variable
                    : new Variable(variable.name(), Secret.of("stored-" + variable.name().toLowerCase(Locale.ROOT)),
                            variable.description(), variable.secret()));
        }
        Map<String, Version> built = new LinkedHashMap<>();
        if (busy) {
            // Most builds were built since the deployments tracking them started: they redeploy,
            // and those pinned to a version are where this plan departs from Komodo's code (KS428).
            for (DeclaredResource<?> build : declaration.resources(KomodoKinds.BUILD)) {
                if (random.nextInt(100) < BUSY_BUILT_PERCENT) {
                    built.put(build.name(), new Version(1 + random.nextInt(3), random.nextInt(30), random.nextInt(90)));
                }
            }
        }
        snapshot.runtime(new RuntimeState(targets, built));
        return snapshot.build();
    }

    private <C> ExistingResource<C> existing(Resource<C> resource) {
        C stored = resource.kind().configClass().cast(references(ConfigTypes.of(resource.kind().configClass()), resource.config(), this::id));
        return new ExistingResource<>(id(resource.name()), resource.withConfig(stored));
    }

    /** A stored resource that differs: a redeploying environment change for deployables, else a description. */
    private <C> Resource<C> changed(Resource<C> resource) {
        RecordType type = RecordType.of(resource.config().getClass());
        if (resource.kind().deployable() && type.field("environment").isPresent()) {
            String environment = (String) type.get(resource.config(), type.field("environment").get());
            C edited = resource.kind().configClass().cast(type.with(resource.config(), "environment",
                    environment + "FEATURE_FLAG_" + random.nextInt(10) + " = true\n"));
            return resource.withConfig(edited);
        }
        return resource.withDescription(resource.description() + " (edited in the UI)");
    }

    /** {@code value} with every reference by name passed through {@code rename}. */
    static Object references(ValueType type, Object value, Function<String, String> rename) {
        if (type instanceof UnionType) {
            return references(RecordType.of(value.getClass()), value, rename);
        }
        if (type instanceof RecordType) {
            RecordType record = RecordType.of(value.getClass());
            List<Object> values = new ArrayList<>();
            for (FieldSpec field : record.fields()) {
                Object child = record.get(value, field);
                boolean byName = field.reference().isPresent() && !field.reference().get().kind().isEmpty();
                if (byName && child instanceof String name) {
                    values.add(name.isEmpty() ? name : rename.apply(name));
                } else if (byName && child instanceof List<?> list
                        && field.type() instanceof ValueType.ListType listType
                        && listType.element() instanceof ValueType.StringType) {
                    values.add(list.stream().map(n -> ((String) n).isEmpty() ? (String) n : rename.apply((String) n)).toList());
                } else {
                    values.add(references(field.type(), child, rename));
                }
            }
            return record.create(values);
        }
        if (type instanceof ValueType.ListType list) {
            return ((List<?>) value).stream().map(e -> references(list.element(), e, rename)).toList();
        }
        if (type instanceof ValueType.OptionalType optional) {
            return ((Optional<?>) value).map(v -> references(optional.value(), v, rename));
        }
        return value;
    }
}
