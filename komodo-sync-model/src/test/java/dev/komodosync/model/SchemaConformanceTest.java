package dev.komodosync.model;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.model.config.ActionConfig;
import dev.komodosync.model.config.AdditionalEnvFile;
import dev.komodosync.model.config.AlertDataVariant;
import dev.komodosync.model.config.AlerterConfig;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.EnabledExecution;
import dev.komodosync.model.config.FileFormat;
import dev.komodosync.model.config.GitProvider;
import dev.komodosync.model.config.ImageRegistry;
import dev.komodosync.model.config.ImageRegistryConfig;
import dev.komodosync.model.config.MaintenanceScheduleType;
import dev.komodosync.model.config.MaintenanceWindow;
import dev.komodosync.model.config.NodeAvailability;
import dev.komodosync.model.config.NodeRole;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.ProcedureStage;
import dev.komodosync.model.config.ProviderAccount;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.config.ResourceTarget;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.RestartMode;
import dev.komodosync.model.config.ScheduleFormat;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.config.SeverityLevel;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.StackFileDependency;
import dev.komodosync.model.config.StackFileRequires;
import dev.komodosync.model.config.SwarmConfig;
import dev.komodosync.model.config.SystemCommand;
import dev.komodosync.model.config.TerminationSignal;
import dev.komodosync.model.execution.Execution;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ResourceFields;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The model against Komodo's own field list: {@code schema-facts.json}, extracted from
 * {@code komodo-resources.schema.json} by {@code tools/extract-schema-facts.py}, plus the few
 * v2.3.2 fields only the behaviour reference has ({@code reference_only}). Every definition and
 * kind of the schema is checked; a field the model lacks, names differently, types differently,
 * or has beyond the schema fails the test.
 */
class SchemaConformanceTest {

    private static final JsonNode FACTS = readFacts();

    /** Schema definition → the model type it corresponds to. Execution params are found through the union. */
    private static final Map<String, Class<?>> MAPPED = Map.ofEntries(
            entry("PartialServerConfig", ServerConfig.class),
            entry("PartialSwarmConfig", SwarmConfig.class),
            entry("PartialDeploymentConfig", DeploymentConfig.class),
            entry("PartialStackConfig", StackConfig.class),
            entry("PartialBuildConfig", BuildConfig.class),
            entry("PartialRepoConfig", RepoConfig.class),
            entry("PartialBuilderConfig", BuilderConfig.class),
            entry("PartialUrlBuilderConfig", BuilderConfig.Url.class),
            entry("PartialServerBuilderConfig", BuilderConfig.Server.class),
            entry("PartialAwsBuilderConfig", BuilderConfig.Aws.class),
            entry("PartialAlerterConfig", AlerterConfig.class),
            entry("PartialProcedureConfig", ProcedureConfig.class),
            entry("PartialActionConfig", ActionConfig.class),
            entry("PartialResourceSyncConfig", ResourceSyncConfig.class),
            entry("AlerterEndpoint", AlerterEndpoint.class),
            entry("CustomAlerterEndpoint", AlerterEndpoint.Custom.class),
            entry("SlackAlerterEndpoint", AlerterEndpoint.Slack.class),
            entry("DiscordAlerterEndpoint", AlerterEndpoint.Discord.class),
            entry("NtfyAlerterEndpoint", AlerterEndpoint.Ntfy.class),
            entry("PushoverAlerterEndpoint", AlerterEndpoint.Pushover.class),
            entry("DeploymentImage", DeploymentImage.class),
            entry("MaintenanceWindow", MaintenanceWindow.class),
            entry("SystemCommand", SystemCommand.class),
            entry("ProviderAccount", ProviderAccount.class),
            entry("GitProvider", GitProvider.class),
            entry("ImageRegistry", ImageRegistry.class),
            entry("ImageRegistryConfig", ImageRegistryConfig.class),
            entry("AdditionalEnvFile", AdditionalEnvFile.class),
            entry("StackFileDependency", StackFileDependency.class),
            entry("ResourceTarget", ResourceTarget.class),
            entry("ProcedureStage", ProcedureStage.class),
            entry("EnabledExecution", EnabledExecution.class),
            entry("Execution", Execution.class),
            entry("NoData", Execution.None.class),
            entry("UserGroupToml", UserGroup.class),
            entry("PermissionToml", Permission.class),
            entry("PermissionLevelAndSpecifics", PermissionGrant.class),
            entry("Variable", Variable.class),
            entry("Version", Version.class),
            entry("RestartMode", RestartMode.class),
            entry("TerminationSignal", TerminationSignal.class),
            entry("ScheduleFormat", ScheduleFormat.class),
            entry("FileFormat", FileFormat.class),
            entry("MaintenanceScheduleType", MaintenanceScheduleType.class),
            entry("StackFileRequires", StackFileRequires.class),
            entry("AlertDataVariant", AlertDataVariant.class),
            entry("ResourceTargetVariant", ResourceTargetVariant.class),
            entry("PermissionLevel", PermissionLevel.class),
            entry("SpecificPermission", SpecificPermission.class),
            entry("SeverityLevel", SeverityLevel.class),
            entry("NodeSpecAvailabilityEnum", NodeAvailability.class),
            entry("NodeSpecRoleEnum", NodeRole.class));

    /**
     * Definitions whose {@code required} list the model deliberately does not copy: Komodo reads
     * them with custom deserialisers that default every field (behaviour §9.1, §2.3).
     */
    private static final Set<String> CUSTOM_DESERIALISED = Set.of("PermissionLevelAndSpecifics", "Version");

    @Test
    void everySchemaDefinitionMapsToAModelType() {
        List<String> unmapped = names(FACTS.get("types")).stream().filter(d -> modelType(d).isEmpty()).toList();
        assertThat(unmapped).as("schema definitions without a model type").isEmpty();
        assertThat(FACTS.get("types").size()).isEqualTo(144);
    }

    @Test
    void everySchemaKindIsAKindOrADeclarationOfTheModel() {
        ResourceKinds kinds = ResourceKinds.builtIn();
        for (String key : names(FACTS.get("kinds"))) {
            JsonNode kind = FACTS.get("kinds").get(key);
            if (kind.get("config").isNull()) {
                assertThat(modelType(kind.get("item").asText())).as(key).isPresent();
                continue;
            }
            ResourceKind<?> modelKind = kinds.byTomlKey(key).orElseThrow(() -> new AssertionError("no kind " + key));
            assertThat(modelKind.configClass()).as(key).isEqualTo(MAPPED.get(kind.get("config").asText()));
            assertThat(modelType(kind.get("item").asText())).as(key).contains(ResourceFields.class);
        }
        assertThat(kinds.all()).hasSize(FACTS.get("kinds").size() - 2);
    }

    @Test
    void executionVariantsAreExactlyTheSchemas() {
        List<String> schema = names(FACTS.get("executions"));
        List<String> model = UnionType.of(Execution.class).variants().stream().map(RecordType::variantName).sorted().toList();
        assertThat(model).containsExactlyElementsOf(schema).hasSize(82);
    }

    @Test
    void referenceOnlyFieldsAreModelled() {
        assertThat(FACTS.get("reference_only")).isNotEmpty();
        for (JsonNode row : FACTS.get("reference_only")) {
            RecordType type = RecordType.of(modelType(row.get("type").asText()).orElseThrow());
            FieldSpec field = type.field(row.get("property").asText())
                    .orElseThrow(() -> new AssertionError(row.get("type") + " lacks " + row.get("property")));
            assertThat(compatibility(field.type(), row, "")).as(row.toString()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDefinitionMatchesItsModelType() {
        return names(FACTS.get("types")).stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> assertThat(problems(name)).as(name).isEmpty()));
    }

    private static List<String> problems(String definition) {
        JsonNode schema = FACTS.get("types").get(definition);
        Class<?> model = modelType(definition).orElseThrow();
        String shape = schema.get("shape").asText();
        List<String> problems = new ArrayList<>();
        switch (shape) {
            case "enum" -> {
                List<String> keys = ((ValueType.EnumType) ValueType.of(model)).constants().stream().map(KomodoEnum::key).toList();
                if (!keys.equals(strings(schema.get("values")))) {
                    problems.add("enum values " + keys + " ≠ " + schema.get("values"));
                }
            }
            case "union" -> problems.addAll(unionProblems(definition, schema, model));
            case "object" -> problems.addAll(objectProblems(definition, schema, model));
            default -> problems.add("unexpected shape " + shape);
        }
        return problems;
    }

    private static List<String> unionProblems(String definition, JsonNode schema, Class<?> model) {
        List<String> problems = new ArrayList<>();
        Set<String> schemaVariants = new TreeSet<>(names(schema.get("variants")));
        if (schema.get("content").asText().equals("id")) {
            // ResourceTarget: {type, id}, modelled as a record of the variant enum and a string.
            RecordType type = RecordType.of(model);
            Set<String> variants = type.field("type").map(f -> ((ValueType.EnumType) f.type()).constants().stream()
                    .map(KomodoEnum::key).collect(Collectors.toCollection(TreeSet::new))).orElse(new TreeSet<>());
            if (!variants.equals(schemaVariants)) {
                problems.add("target types " + variants + " ≠ " + schemaVariants);
            }
            if (type.field("id").map(f -> !(f.type() instanceof ValueType.StringType)).orElse(true)) {
                problems.add("no string field `id`");
            }
            return problems;
        }
        UnionType union = UnionType.of(model);
        if (!union.tagKey().equals(schema.get("tag").asText()) || !union.contentKey().equals(schema.get("content").asText())) {
            problems.add("tag/content keys " + union.tagKey() + "/" + union.contentKey());
        }
        Set<String> modelVariants = union.variants().stream().map(RecordType::variantName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!modelVariants.equals(schemaVariants)) {
            problems.add("variants " + modelVariants + " ≠ " + schemaVariants);
        }
        for (String variant : schemaVariants) {
            JsonNode params = schema.get("variants").get(variant);
            Optional<RecordType> modelVariant = union.variant(variant);
            if (modelVariant.isEmpty()) {
                continue;
            }
            if (params.isTextual()) {
                Class<?> mapped = modelType(params.asText()).orElse(null);
                if (mapped != modelVariant.get().javaType()) {
                    problems.add("variant " + variant + " params " + params.asText() + " map to " + mapped);
                }
            } else {
                problems.addAll(objectProblems(definition + "." + variant, params, modelVariant.get().javaType()));
            }
        }
        return problems;
    }

    private static List<String> objectProblems(String definition, JsonNode schema, Class<?> model) {
        List<String> problems = new ArrayList<>();
        RecordType type = RecordType.of(model);
        Map<String, JsonNode> properties = new HashMap<>();
        schema.get("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
        for (JsonNode row : FACTS.get("reference_only")) {
            if (row.get("type").asText().equals(definition)) {
                properties.put(row.get("property").asText(), row);
            }
        }
        boolean partial = definition.startsWith("Partial");
        boolean resourceItem = model == ResourceFields.class;
        Set<String> matched = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> property : new java.util.TreeMap<>(properties).entrySet()) {
            String key = property.getKey();
            if (resourceItem && key.equals(ResourceFields.CONFIG_KEY)) {
                continue;
            }
            Optional<FieldSpec> field = type.field(key);
            if (field.isEmpty()) {
                problems.add("lacks field `" + key + "`");
                continue;
            }
            matched.add(field.get().javaName());
            problems.addAll(compatibility(field.get().type(), property.getValue(), key + ": "));
            if (!partial && !resourceItem && property.getValue().has("default")
                    && !defaultMatches(type.defaultValue(field.get()), property.getValue().get("default"))) {
                problems.add(key + ": default " + type.defaultValue(field.get()) + " ≠ " + property.getValue().get("default"));
            }
            if (!partial && !CUSTOM_DESERIALISED.contains(definition)) {
                boolean schemaRequired = strings(schema.get("required")).contains(key);
                if (schemaRequired != field.get().required()) {
                    problems.add(key + ": required " + field.get().required() + " ≠ schema " + schemaRequired);
                }
                boolean nullable = strings(property.getValue().get("types")).contains("null");
                boolean optional = field.get().type() instanceof ValueType.OptionalType;
                if (nullable != optional) {
                    problems.add(key + ": Optional " + optional + " ≠ schema nullable " + nullable);
                }
            }
        }
        for (FieldSpec field : type.fields()) {
            if (!matched.contains(field.javaName())) {
                problems.add("has field `" + field.key() + "` that the schema does not");
            }
        }
        return problems;
    }

    private static List<String> compatibility(ValueType modelType, JsonNode property, String prefix) {
        ValueType type = modelType instanceof ValueType.OptionalType optional ? optional.value() : modelType;
        Set<String> types = new TreeSet<>(strings(property.get("types")));
        types.remove("null");
        List<String> problems = new ArrayList<>();
        if (property.has("ref")) {
            if (!refMatches(type, property.get("ref").asText())) {
                problems.add(prefix + type.describe() + " is not " + property.get("ref").asText());
            }
        } else if (types.contains("array")) {
            if (!(type instanceof ValueType.ListType list)) {
                problems.add(prefix + type.describe() + " is not an array");
            } else if (property.has("items") && !itemMatches(list.element(), property.get("items").asText())) {
                problems.add(prefix + "elements " + list.element().describe() + " are not " + property.get("items").asText());
            }
        } else if (types.equals(Set.of("string"))) {
            if (!(type instanceof ValueType.StringType || type instanceof ValueType.SecretType)) {
                problems.add(prefix + type.describe() + " is not a string");
            }
        } else if (types.equals(Set.of("boolean"))) {
            if (!(type instanceof ValueType.BooleanType)) {
                problems.add(prefix + type.describe() + " is not a boolean");
            }
        } else if (types.equals(Set.of("integer"))) {
            if (!(type instanceof ValueType.IntegerType)) {
                problems.add(prefix + type.describe() + " is not an integer");
            }
        } else if (types.equals(Set.of("number"))) {
            if (!(type instanceof ValueType.FloatType)) {
                problems.add(prefix + type.describe() + " is not a number");
            }
        } else if (types.equals(Set.of("object"))) {
            if (property.has("properties")) {
                // UserGroupToml.all: a table keyed by ResourceTargetVariant.
                Set<String> keys = new TreeSet<>(names(property.get("properties")));
                boolean ok = type instanceof ValueType.MapType map && map.keys().isPresent()
                        && map.keys().get().constants().stream().map(KomodoEnum::key).collect(Collectors.toSet()).equals(keys);
                if (!ok) {
                    problems.add(prefix + type.describe() + " is not a table keyed by " + keys);
                }
            } else if (!(type instanceof ValueType.MapType || type instanceof ValueType.AnyType)) {
                problems.add(prefix + type.describe() + " is not a free table");
            }
        } else {
            problems.add(prefix + "unhandled schema types " + types);
        }
        return problems;
    }

    private static boolean refMatches(ValueType type, String ref) {
        Class<?> expected = modelType(ref).orElse(null);
        if (type instanceof RecordType record) {
            // A permission's target has ResourceTarget's shape but holds a name pattern.
            return record.javaType() == expected
                    || (expected == ResourceTarget.class && record.javaType() == PermissionTarget.class);
        }
        if (type instanceof UnionType union) {
            return union.javaType() == expected;
        }
        if (type instanceof ValueType.EnumType enumType) {
            return enumType.javaType() == expected;
        }
        return type instanceof ValueType.VersionType && expected == Version.class;
    }

    private static boolean itemMatches(ValueType element, String items) {
        return switch (items) {
            case "string" -> element instanceof ValueType.StringType;
            default -> refMatches(element, items);
        };
    }

    private static boolean defaultMatches(Object modelDefault, JsonNode schemaDefault) {
        Object value = modelDefault instanceof Optional<?> optional ? optional.orElse(null) : modelDefault;
        if (value instanceof Secret secret) {
            return schemaDefault.asText().equals(secret.reveal());
        }
        if (value instanceof KomodoEnum constant) {
            return schemaDefault.asText().equals(constant.key());
        }
        if (value instanceof Version version) {
            return schemaDefault.get("major").asInt() == version.major()
                    && schemaDefault.get("minor").asInt() == version.minor()
                    && schemaDefault.get("patch").asInt() == version.patch();
        }
        if (value instanceof List<?> list) {
            return schemaDefault.isArray() && schemaDefault.size() == list.size();
        }
        if (value instanceof Map<?, ?> map) {
            return schemaDefault.isObject() && schemaDefault.size() == map.size();
        }
        if (value instanceof Number number) {
            return schemaDefault.isNumber() && schemaDefault.asDouble() == number.doubleValue();
        }
        return schemaDefault.asText().equals(String.valueOf(value));
    }

    private static Optional<Class<?>> modelType(String definition) {
        if (MAPPED.containsKey(definition)) {
            return Optional.of(MAPPED.get(definition));
        }
        if (definition.startsWith("ResourceToml")) {
            return Optional.of(ResourceFields.class);
        }
        return UnionType.of(Execution.class).variant(definition).map(RecordType::javaType);
    }

    private static List<String> names(JsonNode node) {
        if (node.isArray()) {
            return strings(node);
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    private static List<String> strings(JsonNode array) {
        return array == null ? List.of()
                : StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode readFacts() {
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/schema-facts.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema-facts.json", e);
        }
    }
}
