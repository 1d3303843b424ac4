package dev.komodosync.model.meta.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The text of a tree of plain JSON nodes, written with Jackson's streaming generator: the same
 * bytes {@code JsonNode.toString()} and an {@code ObjectMapper}'s writer give, without building an
 * {@code ObjectMapper}, whose set-up (date formats, time zones, locale data) costs a short-lived
 * command about a tenth of a second (issue 19). Not API.
 */
public final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();

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

    private static String text(JsonNode node, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (printer != null) {
                // A stateful printer (Jackson's default one counts its nesting) is copied per document, as writers do.
                generator.setPrettyPrinter(printer instanceof Instantiatable<?> template
                        ? (PrettyPrinter) template.createInstance() : printer);
            }
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return out.toString();
    }
}
