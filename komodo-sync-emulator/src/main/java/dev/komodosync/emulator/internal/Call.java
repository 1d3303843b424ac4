package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One API call: its request type ({@code GetDeployment}), its params object and its caller.
 * Reading a param the request requires but the body lacks fails as Core's deserialiser does.
 */
record Call(String type, ObjectNode params, Caller caller) {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A string param that must be present. */
    String string(String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.schema("missing field `" + field + "`");
        }
        if (!value.isTextual()) {
            throw ApiError.schema(field + ": invalid type: " + value.getNodeType().name().toLowerCase() + ", expected a string");
        }
        return value.asText();
    }

    /** The first present of several names of one string param (Core's serde aliases). */
    String stringOf(String field, String... aliases) {
        if (present(field)) {
            return string(field);
        }
        for (String alias : aliases) {
            if (present(alias)) {
                return string(alias);
            }
        }
        return string(field);
    }

    Optional<String> optionalString(String field) {
        return present(field) ? Optional.of(string(field)) : Optional.empty();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw ApiError.schema(field + ": invalid type, expected a boolean");
        }
        return value.asBoolean();
    }

    boolean present(String field) {
        JsonNode value = params.get(field);
        return value != null && !value.isNull();
    }

    /** An object param, or an empty object when absent. */
    ObjectNode object(String field) {
        JsonNode value = params.get(field);
        if (value == null || value.isNull()) {
            return NODES.objectNode();
        }
        if (!value.isObject()) {
            throw ApiError.schema(field + ": invalid type, expected a map");
        }
        return (ObjectNode) value;
    }

    /** Rule 12: {@code page} × {@code limit}, default limit from the settings, 0 = all. */
    ArrayNode page(List<? extends JsonNode> sorted, int defaultLimit) {
        int limit = params.path("limit").asInt(defaultLimit);
        int page = Math.max(0, params.path("page").asInt(0));
        ArrayNode out = NODES.arrayNode();
        if (limit <= 0) {
            sorted.forEach(out::add);
            return out;
        }
        long from = (long) page * limit;
        for (long i = from; i < sorted.size() && i < from + limit; i++) {
            out.add(sorted.get((int) i));
        }
        return out;
    }
}
