package dev.komodosync.parser.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a JSON tree as TOML: one {@code key = value} line per top-level key, tables inline,
 * every string a basic string with quotes escaped as {@code \u0022} (so that no {@code """} ever
 * appears, which Komodo's pre-processing would act on).
 */
final class InlineToml {

    private InlineToml() {}

    static String write(JsonNode document) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, JsonNode> entry : document.properties()) {
            out.append(key(entry.getKey())).append(" = ");
            value(entry.getValue(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void value(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                out.append(' ').append(key(entry.getKey())).append(" = ");
                value(entry.getValue(), out);
                out.append(entries.hasNext() ? "," : " ");
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                value(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), out);
        } else if (node.isIntegralNumber() || node.isBoolean()) {
            out.append(node.asText());
        } else if (node.isNumber()) {
            String text = Double.toString(node.doubleValue());
            out.append(text.contains(".") || text.contains("e") || text.contains("E") ? text : text + ".0");
        } else {
            throw new IllegalArgumentException("no TOML for " + node);
        }
    }

    private static String key(String key) {
        if (!key.isEmpty() && key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
            return key;
        }
        StringBuilder quoted = new StringBuilder();
        string(key, quoted);
        return quoted.toString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        out.append('"');
    }
}
