package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Free-form values (an action's arguments): a tree as immutable Java values. */
final class JsonValues {

    private JsonValues() {}

    /** Strings, {@code Long}s, {@code Double}s, {@code Boolean}s, lists and maps; date-times as their TOML text. */
    static Object toJava(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(toJava(element)));
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                map.put(field.getKey(), toJava(field.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node instanceof POJONode pojo) {
            return String.valueOf(pojo.getPojo());
        }
        return "";
    }
}
