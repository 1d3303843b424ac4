package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 canonical JSON, against the RFC's own examples where it has them. */
class CanonicalJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"b\": 1, \"a\": 2}                        | {\"a\":2,\"b\":1}",
        "{\"\\u20ac\": 1, \"\\r\": 2, \"1\": 3}        | {\"\\r\":2,\"1\":3,\"€\":1}",
        "[1.0, 100, -0.0, 0.5]                       | [1,100,0,0.5]",
        "[1e21, 1e-7, 0.000001, 123e-20]             | [1e+21,1e-7,0.000001,1.23e-18]",
        "[333333333.33333329, 4.50]                  | [333333333.3333333,4.5]",
        "[\"\\u0000\\u001f\\\"\\\\/\\u00e9\", true, null] | [\"\\u0000\\u001f\\\"\\\\/é\",true,null]",
        "{ \"a\" : [ { \"z\": [], \"y\": {} } ] }   | {\"a\":[{\"y\":{},\"z\":[]}]}",
        "[\"x\\\"y\\\\z\\n\\tw\\b\\f\\r\", \"\\\"\", \"\\u0001a\"] | [\"x\\\"y\\\\z\\n\\tw\\b\\f\\r\",\"\\\"\",\"\\u0001a\"]"})
    void writesCanonicalJson(String input, String expected) throws IOException {
        assertThat(CanonicalJson.write(MAPPER.readTree(input))).isEqualTo(expected);
    }

    /** What strings are made of: ASCII, escapes, two- and three-byte characters, pairs and lone halves of surrogate pairs. */
    private static final String[] PIECES = {"a", "Z", "\"", "\\", "\n", "\u0001", "é", "ÿ", "\u0100", "世", "\uFFFF",
        "\uD83D\uDC33", "\uD83D", "\uDC33", "\uDBFF\uDFFF", " "};

    @Test
    void theDigestIsTheSha256OfTheTextsUtf8BytesOnSeededTrees() throws Exception {
        for (long seed = 1; seed <= 2_000; seed++) {
            Random random = new Random(seed);
            JsonNode tree = tree(random, 3);
            String text = CanonicalJson.write(tree);
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            assertThat(CanonicalJson.sha256(tree)).as("seed %s: %s", seed, text).isEqualTo(expected);
        }
    }

    @Test
    void aTextLongerThanTheBufferWithAPairAcrossItsEdgesDigestsAsItsBytes() throws Exception {
        // 8,191 ASCII characters then a surrogate pair: the pair is written across a flush.
        for (int lead = 8_180; lead < 8_200; lead++) {
            JsonNode node = JsonNodeFactory.instance.textNode("x".repeat(lead) + "\uD83D\uDC33" + "\uD83D");
            byte[] expected = MessageDigest.getInstance("SHA-256")
                    .digest(CanonicalJson.write(node).getBytes(StandardCharsets.UTF_8));
            assertThat(CanonicalJson.sha256(node)).as("lead %s", lead).isEqualTo(expected);
        }
    }

    @Test
    void theDigestsEncodingIsStringGetBytesForEveryTextOfPieces() throws Exception {
        // Straight into the encoder: texts that end in a high surrogate, which JSON text never does.
        for (long seed = 1; seed <= 2_000; seed++) {
            String text = text(new Random(seed));
            CanonicalJson.Utf8Digest out = new CanonicalJson.Utf8Digest(MessageDigest.getInstance("SHA-256"));
            out.append(text);
            assertThat(out.finish()).as("seed %s", seed)
                    .isEqualTo(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static JsonNode tree(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (depth == 0 ? random.nextInt(4) : random.nextInt(6)) {
            case 0 -> {
                return nodes.textNode(text(random));
            }
            case 1 -> {
                return random.nextBoolean() ? nodes.numberNode(random.nextInt()) : nodes.numberNode(random.nextDouble() * 1e6);
            }
            case 2 -> {
                return random.nextBoolean() ? nodes.booleanNode(random.nextBoolean()) : nodes.nullNode();
            }
            case 3 -> {
                return nodes.textNode("");
            }
            case 4 -> {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(tree(random, depth - 1));
                }
                return array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(text(random), tree(random, depth - 1));
                }
                return object;
            }
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
