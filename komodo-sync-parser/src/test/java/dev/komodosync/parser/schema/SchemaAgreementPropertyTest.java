package dev.komodosync.parser.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: the schema rejects a file exactly when the loader reports one of the diagnostics it
 * mirrors ({@link MirroredDiagnostics}: unknown keys and tables, wrong types, missing fields, two
 * spellings, unknown variants, invalid values, deploy on a kind that does not deploy). Inputs are
 * the bundled files and one file of every input form, each with one mutation (a key misspelt,
 * an unknown key added, a key removed, another spelling of a key added, a value replaced by one
 * of another type or by a random word), from fixed seeds; {@code -Dkomodo.propertyCases=N} runs more.
 *
 * <p>Deliberate exceptions, which no mutation here produces: the mini-formats inside strings, a
 * version part beyond {@code i32} written as text, and TOML date-times (the validator sees them
 * as text, the loader as date-times).
 */
class SchemaAgreementPropertyTest {

    private static final ResourceKinds KINDS = ResourceKinds.discover();
    private static final SchemaValidation SCHEMA = SchemaValidation.of(KINDS);
    private static final SyncLoader LOADER = SyncLoader.builder().kinds(KINDS).build();
    private static final List<JsonNode> BASES = bases();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Each key the binder reads, and the other spellings of the same field or kind. */
    private static final Map<String, List<String>> SPELLINGS = spellings();
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("^unknown field `(.*)` in \\[");

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    @Test
    void theBasesAreValidForBoth() {
        assertThat(BASES).hasSizeGreaterThan(10);
        for (JsonNode base : BASES) {
            String toml = InlineToml.write(base);
            assertThat(MirroredDiagnostics.of(LOADER.loadString("base.toml", toml).diagnostics())).as(toml).isEmpty();
            assertThat(SCHEMA.validate(toml)).as(toml).isEmpty();
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void theSchemaRejectsExactlyWhatTheLoaderFlags(long seed) {
        Case mutated = mutated(seed);
        assertThat(mutated.rejected().isEmpty())
                .as("%s%n%s%nloader: %s%nschema: %s", mutated.mutation(), mutated.toml(), mutated.flagged(), mutated.rejected())
                .isEqualTo(mutated.flagged().isEmpty());
        // And at the same key: every key the loader calls unknown, the schema refuses by name.
        assertThat(mutated.rejected().stream().filter(m -> m.getType().equals("additionalProperties"))
                .map(ValidationMessage::getProperty)).as(mutated.toml()).containsAll(unknownToLoader(mutated));
    }

    @Test
    void theMutationsGiveBothValidAndInvalidFiles() {
        long rejected = LongStream.rangeClosed(1, 200).filter(seed -> !mutated(seed).rejected().isEmpty()).count();
        assertThat(rejected).isBetween(60L, 190L);
        long unknownKeys = LongStream.rangeClosed(1, 200).filter(seed -> !unknownToLoader(mutated(seed)).isEmpty()).count();
        assertThat(unknownKeys).isGreaterThan(20);
    }

    private static List<String> unknownToLoader(Case mutated) {
        return mutated.flagged().stream().map(Diagnostic::message)
                .map(UNKNOWN_FIELD::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    /** One mutated file, and what the loader and the schema say of it. */
    private record Case(String mutation, String toml, List<Diagnostic> flagged, List<ValidationMessage> rejected) {}

    private static Case mutated(long seed) {
        Random random = new Random(seed);
        JsonNode document = BASES.get(random.nextInt(BASES.size())).deepCopy();
        String mutation = mutate(document, random);
        String toml = InlineToml.write(document);
        LoadResult loaded = LOADER.loadString("mutated.toml", toml);
        return new Case(mutation, toml, MirroredDiagnostics.of(loaded.diagnostics()), SCHEMA.validate(toml));
    }

    private static Map<String, List<String>> spellings() {
        List<List<String>> groups = new ArrayList<>();
        KINDS.all().forEach(kind -> groups.add(kind.tomlKeys()));
        groups.add(List.of("variable", "variables"));
        groups.add(List.of("user_group", "user_groups"));
        for (Class<?> type : ModelTypes.reachable(KINDS)) {
            if (type.isRecord()) {
                RecordType.of(type).fields().stream().filter(field -> !field.aliases().isEmpty())
                        .forEach(field -> groups.add(field.allKeys()));
            }
        }
        Map<String, List<String>> spellings = new TreeMap<>();
        for (List<String> group : groups) {
            for (String key : group) {
                List<String> others = spellings.computeIfAbsent(key, k -> new ArrayList<>());
                group.stream().filter(other -> !other.equals(key) && !others.contains(other)).forEach(others::add);
            }
        }
        return spellings;
    }

    /** Applies one mutation somewhere in {@code document}, and says which. */
    private static String mutate(JsonNode document, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        int choice = random.nextInt(5);
        if (container.isArray()) {
            ArrayNode array = (ArrayNode) container;
            if (array.isEmpty()) {
                array.add(JSON.textNode(word(random)));
                return "added a string to an empty array";
            }
            int index = random.nextInt(array.size());
            JsonNode replacement = choice < 3 ? otherValue(array.get(index), random) : JSON.textNode(word(random));
            array.set(index, replacement);
            return "element " + index + " := " + replacement;
        }
        ObjectNode table = (ObjectNode) container;
        List<String> keys = new ArrayList<>();
        table.fieldNames().forEachRemaining(keys::add);
        if (keys.isEmpty() || choice == 0) {
            String key = random.nextBoolean() ? word(random) : "x_" + word(random);
            table.put(key, "v");
            return "added key " + key;
        }
        String key = keys.get(random.nextInt(keys.size()));
        List<String> others = SPELLINGS.getOrDefault(key, List.of());
        if (!others.isEmpty() && random.nextInt(4) == 0) {
            String other = others.get(random.nextInt(others.size()));
            table.set(other, table.get(key).deepCopy());
            return "added " + other + ", another spelling of " + key;
        }
        switch (choice) {
            case 1 -> {
                String misspelt = misspell(key, random);
                JsonNode value = table.remove(key);
                table.set(misspelt, value);
                return "renamed " + key + " to " + misspelt;
            }
            case 2 -> {
                table.remove(key);
                return "removed " + key;
            }
            case 3 -> {
                JsonNode replacement = otherValue(table.get(key), random);
                table.set(key, replacement);
                return key + " := " + replacement;
            }
            default -> {
                String replacement = word(random);
                table.put(key, replacement);
                return key + " := \"" + replacement + "\"";
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    /** A value of another JSON type than {@code current}. */
    private static JsonNode otherValue(JsonNode current, Random random) {
        List<JsonNode> candidates = new ArrayList<>(List.of(JSON.textNode(word(random)), JSON.numberNode(random.nextInt(100)),
                JSON.numberNode(random.nextInt(100) + 0.5), JSON.booleanNode(random.nextBoolean()),
                JSON.arrayNode().add(word(random)), JSON.arrayNode(), JSON.objectNode().put(word(random), "v"),
                JSON.objectNode(), JSON.numberNode(5_000_000_000L)));
        candidates.removeIf(candidate -> candidate.getNodeType() == current.getNodeType()
                && candidate.isIntegralNumber() == current.isIntegralNumber());
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String misspell(String key, Random random) {
        StringBuilder text = new StringBuilder(key);
        int at = text.length() == 0 ? 0 : random.nextInt(text.length());
        switch (random.nextInt(3)) {
            case 0 -> text.insert(at, (char) ('a' + random.nextInt(26)));
            case 1 -> {
                if (text.length() > 1) {
                    text.deleteCharAt(at);
                } else {
                    text.append('x');
                }
            }
            default -> text.setCharAt(at, text.charAt(at) == 'q' ? 'z' : 'q');
        }
        return text.toString();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** The bundled files the loader reads without a mirrored diagnostic, and a file of every input form. */
    private static List<JsonNode> bases() {
        List<JsonNode> bases = new ArrayList<>();
        try (Stream<Path> files = SchemaValidationTest.bundledFiles()) {
            for (Path file : files.toList()) {
                String toml = Files.readString(file, StandardCharsets.UTF_8);
                if (MirroredDiagnostics.of(LOADER.loadString("base.toml", toml).diagnostics()).isEmpty()) {
                    bases.add(SchemaValidation.tree(toml));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bases.add(SchemaValidation.tree(SchemaValidationTest.EVERY_INPUT_FORM));
        return bases;
    }
}
