package dev.komodosync.model.meta.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link JsonText} writes what Jackson's own mapper writes, for every kind of plain node, and reads what it reads. */
class JsonTextTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void compactTextIsWhatToStringGivesOnSeededTrees() throws Exception {
        PrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectMapper mapper = new ObjectMapper();
        for (long seed = 1; seed <= 200; seed++) {
            JsonNode tree = tree(new Random(seed), 0);
            assertThat(JsonText.compact(tree)).as("seed %d", seed).isEqualTo(tree.toString());
            assertThat(JsonText.pretty(tree, printer)).as("seed %d", seed)
                    .isEqualTo(mapper.writer(printer).writeValueAsString(tree));
        }
    }

    @Test
    void everyNumberKindAndEscapeIsWrittenAsJacksonWritesIt() {
        ObjectNode node = NODES.objectNode();
        node.put("int", Integer.MIN_VALUE).put("long", Long.MAX_VALUE).put("float", 1.5f).put("double", 1e-7)
                .put("nan", Double.NaN).put("big", new BigInteger("123456789012345678901234567890"))
                .put("decimal", new BigDecimal("1.50E+3")).put("text", "a\"b\\c\n\u0001é\u2028")
                .put("short", (short) 7).put("yes", true).putNull("nothing");
        node.putArray("empty");
        node.putObject("nested").putArray("list").add(1).add("two");
        assertThat(JsonText.compact(node)).isEqualTo(node.toString());
    }

    @Test
    void readingGivesTheTreeReadTreeGivesOnSeededTexts() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = new JsonFactory();
        String[] extras = {"{\"a\":1,\"b\":2,\"a\":[3]}", "[12345678901234567890123, -9223372036854775808, 2147483648,"
                + " 1e400, -0.0, 1.5E-7, 0]", "  {\"x\": null} trailing", "\"\\u00e9\\ud83d\\udc33\"", "[[[[]]]]"};
        int checked = 0;
        for (long seed = 1; seed <= 300 + extras.length; seed++) {
            String text = seed > 300 ? extras[(int) (seed - 301)] : new ObjectMapper().writeValueAsString(tree(new Random(seed), 0));
            JsonNode expected = mapper.readTree(text);
            try (JsonParser parser = factory.createParser(text)) {
                parser.nextToken();
                JsonNode read = JsonText.read(parser);
                assertThat(read).as("%s", text).isEqualTo(expected);
                // the same node classes (int, long, big integer, double), in the same key order
                assertThat(read.toString()).as("%s", text).isEqualTo(expected.toString());
                assertThat(classes(read)).as("%s", text).isEqualTo(classes(expected));
            }
            checked++;
        }
        assertThat(checked).isEqualTo(305);
    }

    @Test
    void readingTextThatIsNotJsonFailsAsTheParserDoes() throws Exception {
        JsonFactory factory = new JsonFactory();
        for (String bad : new String[] {"{\"a\" 1}", "[1,,2]", "{\"a\":tru}", "[\"open"}) {
            Throwable expected = catchThrowable(() -> new ObjectMapper().readTree(bad));
            try (JsonParser parser = factory.createParser(bad)) {
                parser.nextToken();
                assertThatThrownBy(() -> JsonText.read(parser)).as(bad).isInstanceOf(JsonProcessingException.class)
                        .hasMessage(expected.getMessage());
            }
        }
        try (JsonParser parser = factory.createParser("[1]")) {
            assertThatThrownBy(() -> JsonText.read(parser)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The node classes of a tree, in pre-order. */
    private static String classes(JsonNode node) {
        StringBuilder names = new StringBuilder(node.getClass().getSimpleName());
        for (JsonNode child : node) {
            names.append(' ').append(classes(child));
        }
        return names.toString();
    }

    @Test
    void aNodeThatIsNotPlainJsonIsRefused() {
        assertThatThrownBy(() -> JsonText.compact(NODES.binaryNode(new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BINARY");
    }

    private static JsonNode tree(Random random, int depth) {
        int choice = random.nextInt(depth > 3 ? 6 : 8);
        return switch (choice) {
            case 0 -> NODES.textNode(text(random));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(text(random), tree(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(tree(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append((char) (random.nextInt(10) == 0 ? random.nextInt(0x20) : 0x20 + random.nextInt(0x3000)));
        }
        return text.toString();
    }
}
