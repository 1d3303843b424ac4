package dev.komodosync.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declared config as the partial config of {@code Create<Kind>} / {@code Update<Kind>}
 * (komodo-api §3.1, §3.3): canonical keys ({@code server_id}), references as the declared names,
 * versions as objects, secrets revealed — this JSON only ever goes into a request body.
 */
public final class ApiConfigs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiConfigs() {}

    /** The whole declared config, every field (defaults included). */
    public static ObjectNode full(DeclaredResource<?> declared) {
        return (ObjectNode) ValueJson.toJson(type(declared), declared.resource().config(), ValueJson.Style.api());
    }

    /**
     * The config fields the declaration gave, as Komodo's sync sends on create; a declaration
     * built in code (no source locations) gives every field.
     */
    public static ObjectNode given(DeclaredResource<?> declared) {
        ObjectNode full = full(declared);
        if (declared.sources().root().isEmpty()) {
            return full;
        }
        Set<String> given = new LinkedHashSet<>();
        for (String path : declared.sources().paths().keySet()) {
            if (path.startsWith("config.")) {
                given.add(topLevel(path.substring("config.".length())));
            }
        }
        return only(full, given);
    }

    /** Only the top-level {@code fields} of {@code config}, in the config's field order. */
    public static ObjectNode only(ObjectNode config, Set<String> fields) {
        ObjectNode partial = NODES.objectNode();
        for (Map.Entry<String, JsonNode> entry : config.properties()) {
            if (fields.contains(entry.getKey())) {
                partial.set(entry.getKey(), entry.getValue());
            }
        }
        return partial;
    }

    /**
     * The secret texts a declared config holds: the strings where its revealed JSON differs from
     * its masked JSON. An error that echoes one of them is scrubbed before anyone sees it.
     */
    public static List<String> secrets(DeclaredResource<?> declared) {
        JsonNode masked = ValueJson.toJson(type(declared), declared.resource().config(),
                new ValueJson.Style(ValueJson.Secrets.MASK, true, true));
        List<String> secrets = new ArrayList<>();
        collect(full(declared), masked, secrets);
        return secrets;
    }

    private static void collect(JsonNode revealed, JsonNode masked, List<String> into) {
        if (revealed.isTextual()) {
            if (!revealed.equals(masked) && !revealed.asText().isEmpty()) {
                into.add(revealed.asText());
            }
            return;
        }
        if (revealed.isObject()) {
            revealed.properties().forEach(e -> collect(e.getValue(), masked.path(e.getKey()), into));
        } else if (revealed.isArray()) {
            for (int i = 0; i < revealed.size(); i++) {
                collect(revealed.get(i), masked.path(i), into);
            }
        }
    }

    private static String topLevel(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.' || path.charAt(i) == '[') {
                return path.substring(0, i);
            }
        }
        return path;
    }

    private static ValueType type(DeclaredResource<?> declared) {
        return ConfigTypes.of(declared.kind().configClass());
    }
}
