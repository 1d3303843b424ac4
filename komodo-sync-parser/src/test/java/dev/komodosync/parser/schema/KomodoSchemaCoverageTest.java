package dev.komodosync.parser.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.model.ResourceKinds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage against Komodo's own schema ({@code shared/spec/komodo-resources.schema.json}), through
 * the faithful summary the model's tests keep of it ({@code schema-facts.json}, reproducible with
 * {@code tools/extract-schema-facts.py}; the repository does not carry Komodo's file itself). Both
 * are walked together from the top — each kind's table and config, properties by name, array
 * items, map values, union variants by their {@code type} — and every property Komodo's schema has,
 * wherever it is reachable, must be in ours, as must every enum value. Ours has more: the v2.3.2
 * fields Komodo's schema lacks (deployment {@code custom_name}, {@code Batch*} {@code tags}), and
 * the singular/plural spellings and aliases.
 */
class KomodoSchemaCoverageTest {

    private static final Path FACTS = Path.of("..", "komodo-sync-model", "src", "test", "resources", "schema-facts.json");

    /**
     * Properties of Komodo's schema that v2.3.2 no longer reads, each with where that is said.
     * None: the schema was regenerated shortly before v2.3.2 and lacks fields rather than having
     * stale ones.
     */
    private static final Map<String, String> REMOVED_IN_2_3_2 = Map.of();

    /**
     * The distinct properties of Komodo's schema ({@code Definition.property}; a union variant's
     * inline params as {@code Definition{Variant}.property}; the top level as {@code Resources.key}):
     * all 525 of them, counted the same way by a walk of Komodo's schema itself.
     */
    private static final int KOMODO_PROPERTIES = 525;

    private static JsonNode types;
    private static JsonNode ours;
    private static final Set<String> covered = new TreeSet<>();
    private static final Set<String> missing = new TreeSet<>();
    private static final Set<String> enumValues = new TreeSet<>();

    @BeforeAll
    static void walk() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode facts = mapper.readTree(FACTS.toFile());
        types = facts.get("types");
        ours = mapper.readTree(SyncSchema.generate(ResourceKinds.builtIn()));
        Shape root = shape(ours);
        facts.get("kinds").properties().forEach(kind -> {
            String key = kind.getKey();
            List<JsonNode> tables = root.properties().getOrDefault(key, List.of());
            if (tables.isEmpty()) {
                missing.add("Resources." + key);
                return;
            }
            covered.add("Resources." + key);
            for (JsonNode table : tables) {
                shape(table).items().forEach(item -> definition(kind.getValue().get("item").asText(), item));
            }
        });
    }

    @Test
    void everyPropertyOfKomodosSchemaIsInOurs() {
        assertThat(missing).as("properties of Komodo's schema missing from ours")
                .isEqualTo(new TreeSet<>(REMOVED_IN_2_3_2.keySet()));
        assertThat(covered).hasSize(KOMODO_PROPERTIES - REMOVED_IN_2_3_2.size());
    }

    @Test
    void theWalkReachesDeepIntoEveryKind() {
        assertThat(covered).contains("Resources.user_group", "PartialDeploymentConfig.image", "DeploymentImage{Build}.version",
                "DeployStack.stack", "RunStackService.env", "UserGroupToml.all.System", "PermissionToml.target",
                "ResourceTarget.id", "Variable.is_secret", "PartialAwsBuilderConfig.git_providers", "ProviderAccount.username",
                "NtfyAlerterEndpoint.email", "Version.patch");
        assertThat(enumValues).contains("RestartMode.unless-stopped", "ResourceTargetVariant.ResourceSync",
                "ResourceTarget{System}", "Execution{BatchDeployStackIfChanged}");
    }

    /** Compares Komodo's definition {@code name} with our schema {@code node}. */
    private static void definition(String name, JsonNode node) {
        JsonNode definition = types.get(name);
        Shape mine = shape(node);
        switch (definition.get("shape").asText()) {
            case "object" -> properties(name, definition.get("properties"), mine);
            case "enum" -> definition.get("values").forEach(value -> enumValue(name + "." + value.asText(), mine, value.asText()));
            case "union" -> union(name, definition, mine);
            default -> throw new IllegalStateException(name + ": " + definition);
        }
    }

    private static void properties(String where, JsonNode properties, Shape mine) {
        properties.properties().forEach(property -> {
            String at = where + "." + property.getKey();
            List<JsonNode> matching = mine.properties().getOrDefault(property.getKey(), List.of());
            if (REMOVED_IN_2_3_2.containsKey(at) || matching.isEmpty()) {
                missing.add(at);
                return;
            }
            if (covered.add(at)) {
                matching.forEach(value -> property(at, property.getValue(), value));
            }
        });
    }

    /** Follows a property of Komodo's into what it refers to: a definition, items, map values, an inline table. */
    private static void property(String where, JsonNode facts, JsonNode node) {
        if (facts.has("ref")) {
            definition(facts.get("ref").asText(), node);
        }
        for (String nested : List.of("items", "additionalProperties")) {
            if (facts.path(nested).isTextual() && types.has(facts.get(nested).asText())) {
                shape(node).items().forEach(item -> definition(facts.get(nested).asText(), item));
            }
        }
        if (facts.has("properties")) {
            properties(where, facts.get("properties"), shape(node));
        }
    }

    private static void union(String name, JsonNode definition, Shape mine) {
        String content = definition.get("content").asText();
        definition.get("variants").properties().forEach(variant -> {
            String at = name + "{" + variant.getKey() + "}";
            if (!content.equals("params")) {
                // ResourceTarget: { type, id } in every variant; in our model a record whose `type` is an enum.
                String tag = definition.get("tag").asText();
                properties(name, new ObjectMapper().createObjectNode().put(tag, "").put(content, ""), mine);
                mine.properties().getOrDefault(tag, List.of()).forEach(type -> enumValue(at, shape(type), variant.getKey()));
                return;
            }
            JsonNode ourParams = mine.variants().get(variant.getKey());
            if (ourParams == null) {
                missing.add(at);
                return;
            }
            enumValues.add(at);
            if (variant.getValue().isTextual()) {
                definition(variant.getValue().asText(), ourParams);
            } else {
                properties(at, variant.getValue().get("properties"), shape(ourParams));
            }
        });
    }

    private static void enumValue(String at, Shape mine, String value) {
        if (mine.enumValues().contains(value)) {
            enumValues.add(at);
        } else {
            missing.add(at);
        }
    }

    /**
     * What one of our schema nodes says, with references, {@code allOf}, {@code anyOf} and
     * {@code oneOf} followed: properties by name, item and map-value schemas, enum values, and
     * union variants ({@code params} by the {@code type} each branch fixes).
     */
    private record Shape(Map<String, List<JsonNode>> properties, List<JsonNode> items, Set<String> enumValues,
            Map<String, JsonNode> variants) {}

    private static Shape shape(JsonNode node) {
        Shape shape = new Shape(new LinkedHashMap<>(), new ArrayList<>(), new TreeSet<>(), new LinkedHashMap<>());
        collect(node, shape);
        return shape;
    }

    private static void collect(JsonNode node, Shape into) {
        if (node == null || !node.isObject()) {
            return;
        }
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            collect(ours.get("definitions").get(ref.substring(ref.lastIndexOf('/') + 1)), into);
            return;
        }
        node.path("properties").properties().forEach(entry ->
                into.properties().computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        for (String nested : List.of("items", "additionalProperties")) {
            if (node.path(nested).isObject()) {
                into.items().add(node.get(nested));
            }
        }
        node.path("enum").forEach(value -> into.enumValues().add(value.asText()));
        node.path("allOf").forEach(branch -> collect(branch, into));
        node.path("anyOf").forEach(branch -> collect(branch, into));
        for (JsonNode branch : node.path("oneOf")) {
            JsonNode type = branch.path("properties").path("type");
            if (type.has("const")) {
                into.variants().put(type.get("const").asText(), branch.path("properties").path("params"));
            } else {
                collect(branch, into);
            }
        }
    }
}
