package dev.komodosync.model.meta.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * The text of a tree of plain JSON nodes, written with Jackson's streaming generator: the same
 * bytes {@code JsonNode.toString()} and an {@code ObjectMapper}'s writer give, without building an
 * {@code ObjectMapper}, whose set-up (date formats, time zones, locale data) costs a short-lived
 * command about a tenth of a second (issue 19). Not API.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonText() {}

    /** The compact text of {@code node}, as {@code node.toString()} gives it. */
    public static String compact(JsonNode node) {
        return text(node, null);
    }

    /** The text of {@code node} laid out by {@code printer} (copied first where it keeps state). */
    public static String pretty(JsonNode node, PrettyPrinter printer) {
        return text(node, printer);
    }

    /**
     * Writes {@code node} to {@code generator}: objects, arrays, strings, numbers, booleans and null.
     *
     * @throws IllegalArgumentException for a node that is not plain JSON (binary, a wrapped Java object)
     */
    public static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    generator.writeFieldName(member.getKey());
                    write(member.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case NUMBER -> number(node, generator);
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            default -> throw new IllegalArgumentException("not a plain JSON node: " + node.getNodeType());
        }
    }

    /**
     * The tree of the JSON value the parser's current token starts (call {@code nextToken()}
     * first), as {@code ObjectMapper.readTree} builds it, without an {@code ObjectMapper}: a key
     * given twice keeps its last value in its first place; integers become int, long or big-integer
     * nodes by size, other numbers double nodes. The parser's limits (nesting depth, lengths) apply;
     * what follows the value is not read.
     *
     * @throws IOException what the parser throws for text that is not JSON
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalArgumentException("the parser is at no token: call nextToken() first");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.replace(key, read(parser));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            default:
                return scalar(parser);
        }
    }

    /**
     * The node of the scalar the parser's current token is, as {@code readTree} makes it: a
     * string, an int, long or big-integer node by size, a double, a boolean, null (or the embedded
     * object of a non-JSON source).
     *
     * @throws IllegalArgumentException when the current token is not a scalar
     */
    public static JsonNode scalar(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IllegalArgumentException("the parser is at no token: call nextToken() first");
        }
        switch (token) {
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                return NODES.pojoNode(parser.getEmbeddedObject());
            default:
                throw new IllegalArgumentException("a JSON value cannot start with " + token);
        }
    }

    private static void number(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.numberType()) {
            case INT -> generator.writeNumber(node.intValue());
            case LONG -> generator.writeNumber(node.longValue());
            case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
            case FLOAT -> generator.writeNumber(node.floatValue());
            case DOUBLE -> generator.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
            default -> throw new IllegalArgumentException("not a plain JSON number: " + node.numberType());
        }
    }

    /**
     * A generator writing to {@code out}, laid out by {@code printer} (copied first where it keeps
     * state), for a document written as a stream; the caller closes the generator, which flushes
     * {@code out} and leaves it open.
     */
    public static JsonGenerator generator(Writer out, PrettyPrinter printer) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // A stateful printer (Jackson's default one counts its nesting) is copied per document, as writers do.
        generator.setPrettyPrinter(printer instanceof Instantiatable<?> template
                ? (PrettyPrinter) template.createInstance() : printer);
        return generator;
    }

    private static String text(JsonNode node, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = printer == null ? FACTORY.createGenerator(out) : generator(out, printer)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return out.toString();
    }
}
