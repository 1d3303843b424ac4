package dev.komodosync.diff.plan;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Seeded random Komodo worlds for property tests: resources of every kind with random configs
 * (driven by the model's metadata, references pointing at other resources of the right kind),
 * tags, variables (some secret), users, user groups with permissions, runtime states; and the
 * declaration that declares all of it exactly as it is.
 */
public final class WorldGenerator {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 -_.:/=#\"'\\\n\té🐳[]{}";

    private final Random random;
    private final Map<ResourceKind<?>, List<String>> names = new LinkedHashMap<>();

    /** A world and the declaration of it. */
    public record World(Snapshot snapshot, Declaration declaration) {}

    public WorldGenerator(long seed) {
        this.random = new Random(seed);
    }

    public World generate() {
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            List<String> kindNames = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                kindNames.add(kind.key().replace('_', '-') + "-" + i);
            }
            names.put(kind, kindNames);
        }
        Snapshot.Builder snapshot = Snapshot.builder();
        Declaration.Builder declaration = Declaration.builder();
        List<String> tagNames = List.of("prod", "dev", "media");
        tagNames.forEach(t -> snapshot.add(new Snapshot.Tag("tag-" + t, t)));
        Map<String, Map<String, RuntimeState.TargetState>> targets = new LinkedHashMap<>();
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            for (String name : names.get(kind)) {
                add(kind, name, tagNames, snapshot, declaration, targets);
            }
        }
        snapshot.runtime(new RuntimeState(targets, Map.of()));
        for (int i = 0; i < random.nextInt(4); i++) {
            Variable variable = new Variable("VAR_" + i, Secret.of(text()), text(), random.nextBoolean());
            snapshot.add(variable);
            declaration.add(variable);
        }
        List<String> users = List.of("alice", "bob", "carol");
        users.forEach(u -> snapshot.add(new Snapshot.User("user-" + u, u)));
        for (int i = 0; i < random.nextInt(3); i++) {
            userGroup("group-" + i, users, snapshot, declaration);
        }
        return new World(snapshot.build(), declaration.build());
    }

    private <C> void add(ResourceKind<C> kind, String name, List<String> tagNames, Snapshot.Builder snapshot,
            Declaration.Builder declaration, Map<String, Map<String, RuntimeState.TargetState>> targets) {
        C config = kind.configClass().cast(value(ConfigTypes.of(kind.configClass()), null));
        List<String> tags = tagNames.stream().filter(t -> random.nextInt(3) == 0).toList();
        Resource<C> declared = new Resource<>(kind, name, text(), random.nextBoolean(), tags, config);
        C stored = kind.configClass().cast(references(ConfigTypes.of(kind.configClass()), config, n -> "id-" + n));
        snapshot.add(new ExistingResource<>("id-" + name, declared.withConfig(stored)));
        boolean deploy = kind.deployable() && random.nextBoolean();
        declaration.add(DeclaredResource.of(declared).withDeploy(deploy, List.of()));
        if (kind.deployable()) {
            targets.computeIfAbsent(kind.pluralKey(), k -> new LinkedHashMap<>())
                    .put(name, RuntimeState.TargetState.of("running"));
        }
    }

    private void userGroup(String name, List<String> users, Snapshot.Builder snapshot, Declaration.Builder declaration) {
        boolean everyone = random.nextInt(4) == 0;
        List<String> members = users.stream().filter(u -> random.nextBoolean()).toList();
        Map<ResourceTargetVariant, PermissionGrant> all = new LinkedHashMap<>();
        for (ResourceTargetVariant type : ResourceTargetVariant.values()) {
            if (type != ResourceTargetVariant.SYSTEM && random.nextInt(4) == 0) {
                all.put(type, new PermissionGrant(pick(PermissionLevel.values()),
                        random.nextBoolean() ? List.of() : List.of(pick(SpecificPermission.values()))));
            }
        }
        List<dev.komodosync.model.Permission> permissions = new ArrayList<>();
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            for (String target : names.get(kind)) {
                if (random.nextInt(5) == 0) {
                    PermissionLevel level = PermissionLevel.values()[1 + random.nextInt(3)];
                    List<SpecificPermission> specific = random.nextBoolean() ? List.of() : List.of(pick(SpecificPermission.values()));
                    ResourceTargetVariant type = variant(kind);
                    permissions.add(new dev.komodosync.model.Permission(
                            new dev.komodosync.model.PermissionTarget(type, target), level, specific));
                    snapshot.add(new Snapshot.StoredPermission(name + "-id", type, "id-" + target, level, specific));
                }
            }
        }
        snapshot.add(new Snapshot.ExistingUserGroup(name + "-id", name, everyone,
                members.stream().map(u -> "user-" + u).toList(), all));
        declaration.add(new UserGroup(name, everyone, members, all, permissions));
    }

    private static ResourceTargetVariant variant(ResourceKind<?> kind) {
        for (ResourceTargetVariant variant : ResourceTargetVariant.values()) {
            if (variant.key().equals(kind.variantName())) {
                return variant;
            }
        }
        throw new IllegalStateException(kind.toString());
    }

    /** A random value of {@code type}; a reference field gets the name of a resource of its kind, or nothing. */
    public Object value(ValueType type, FieldSpec field) {
        if (field != null && field.reference().isPresent() && !field.reference().get().kind().isEmpty()
                && (type instanceof ValueType.StringType)) {
            return referenceName(field.reference().get().kind());
        }
        if (type instanceof RecordType record) {
            List<Object> values = new ArrayList<>();
            Object targetType = null;
            for (FieldSpec child : record.fields()) {
                Object value;
                if (child.reference().isPresent() && !child.reference().get().kindFromField().isEmpty()
                        && targetType instanceof ResourceTargetVariant variant) {
                    value = variant == ResourceTargetVariant.SYSTEM ? "" : referenceName(kindKey(variant));
                } else {
                    value = value(child.type(), child);
                }
                if (child.key().equals("type")) {
                    targetType = value;
                }
                values.add(value);
            }
            return record.create(values);
        }
        if (type instanceof UnionType union) {
            List<RecordType> variants = union.variants();
            return value(variants.get(random.nextInt(variants.size())), field);
        }
        if (type instanceof ValueType.ListType list) {
            List<Object> elements = new ArrayList<>();
            int size = random.nextInt(3);
            for (int i = 0; i < size; i++) {
                elements.add(field != null && field.reference().isPresent() && list.element() instanceof ValueType.StringType
                        ? referenceName(field.reference().get().kind()) : value(list.element(), null));
            }
            return List.copyOf(elements);
        }
        if (type instanceof ValueType.OptionalType optional) {
            return random.nextBoolean() ? Optional.empty() : Optional.of(value(optional.value(), field));
        }
        if (type instanceof ValueType.MapType map) {
            Map<Object, Object> entries = new LinkedHashMap<>();
            if (map.keys().isEmpty()) {
                for (int i = 0; i < random.nextInt(3); i++) {
                    entries.put("k" + i, value(map.value(), null));
                }
            }
            return java.util.Collections.unmodifiableMap(entries);
        }
        if (type instanceof ValueType.AnyType) {
            return text();
        }
        if (type instanceof ValueType.StringType && field != null && field.pattern().isPresent()) {
            return List.of("*", "app-*", "\\^db-.*$\\", "web").get(random.nextInt(4));
        }
        if (type instanceof ValueType.StringType) {
            return stored(field, field != null && field.keyValueForm().isPresent() ? keyValueText() : text());
        }
        if (type instanceof ValueType.SecretType) {
            return Secret.of(stored(field, field != null && field.keyValueForm().isPresent() ? keyValueText() : text()));
        }
        if (type instanceof ValueType.BooleanType) {
            return random.nextBoolean();
        }
        if (type instanceof ValueType.IntegerType integer) {
            long bound = Math.min(1000, integer.max());
            return integer.box(Math.max(integer.min(), random.nextInt((int) bound + 1)));
        }
        if (type instanceof ValueType.FloatType decimal) {
            return decimal.box(random.nextInt(1000) / 10.0);
        }
        if (type instanceof ValueType.VersionType) {
            return new Version(random.nextInt(3), random.nextInt(3), random.nextInt(3));
        }
        if (type instanceof ValueType.EnumType enumType) {
            List<KomodoEnum> constants = enumType.constants();
            return constants.get(random.nextInt(constants.size()));
        }
        throw new IllegalStateException("cannot generate " + type);
    }

    /** {@code value} with every reference by name passed through {@code rename}. */
    public static Object references(ValueType type, Object value, Function<String, String> rename) {
        if (type instanceof UnionType) {
            return references(RecordType.of(value.getClass()), value, rename);
        }
        if (type instanceof RecordType) {
            RecordType record = RecordType.of(value.getClass());
            List<Object> values = new ArrayList<>();
            for (FieldSpec field : record.fields()) {
                Object child = record.get(value, field);
                if (field.reference().isPresent() && child instanceof String name) {
                    values.add(name.isEmpty() ? name : rename.apply(name));
                } else if (field.reference().isPresent() && child instanceof List<?> list
                        && field.type() instanceof ValueType.ListType listType && listType.element() instanceof ValueType.StringType) {
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

    /** Text as Komodo stores it: key/value text ends with a newline, file text is trimmed (behaviour §10.4). */
    private static String stored(FieldSpec field, String text) {
        if (field == null) {
            return text;
        }
        return switch (field.textFormat()) {
            case KEY_VALUE -> text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
            case FILE, COMMAND -> {
                String trimmed = dev.komodosync.parser.internal.RustText.trimEnd(text);
                yield trimmed.isEmpty() ? "" : trimmed + "\n";
            }
            case PLAIN -> text;
        };
    }

    private String referenceName(String kindKey) {
        List<String> candidates = names.entrySet().stream().filter(e -> e.getKey().key().equals(kindKey))
                .flatMap(e -> e.getValue().stream()).toList();
        return candidates.isEmpty() || random.nextInt(4) == 0 ? "" : candidates.get(random.nextInt(candidates.size()));
    }

    private static String kindKey(ResourceTargetVariant variant) {
        return KomodoKinds.ALL.stream().filter(k -> k.variantName().equals(variant.key())).findFirst()
                .map(ResourceKind::key).orElseThrow();
    }

    private String text() {
        int length = random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int index = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(index);
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(ALPHABET.charAt(index + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Key/value lines as Komodo accepts them (it rejects malformed ones on write). */
    private String keyValueText() {
        StringBuilder text = new StringBuilder();
        int lines = random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            text.append("KEY_").append(i).append(" = ").append(text().replace("\n", " ").replace(" #", " ")).append('\n');
        }
        return text.toString();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
