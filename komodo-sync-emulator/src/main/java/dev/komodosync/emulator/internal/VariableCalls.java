package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The variable calls (rule 8, komodo-api §3.8): admin-only writes (403), names
 * {@code ^[a-zA-Z_][a-zA-Z0-9_]*$} of at most 500 bytes and values of at most 10,000 bytes without
 * control characters (400), unique names (500); reads mask a secret value for non-admins as
 * {@code "#"} repeated for each UTF-8 byte. Unlike Core, a rejected value is never echoed in the
 * error: the emulator keeps secrets out of every message.
 */
final class VariableCalls {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final Store store;

    VariableCalls(Store store) {
        this.store = store;
    }

    void register(Api api) {
        api.read("ListVariables", call -> {
            ArrayNode out = Call.NODES.arrayNode();
            store.variables.values().forEach(v -> out.add(masked(v, call.caller())));
            return out;
        });
        api.read("GetVariable", call -> masked(find(call.string("name")), call.caller()));
        api.write("CreateVariable", this::create);
        api.write("UpdateVariableValue", call -> {
            ObjectNode variable = writable(call, "update variable values");
            variable.put("value", checkedValue(call.string("value")));
            return variable.deepCopy();
        });
        api.write("UpdateVariableDescription", call -> {
            ObjectNode variable = writable(call, "update variable descriptions");
            variable.put("description", call.string("description"));
            return variable.deepCopy();
        });
        api.write("UpdateVariableIsSecret", call -> {
            ObjectNode variable = writable(call, "update variable is secret");
            variable.put("is_secret", call.bool("is_secret", false));
            return variable.deepCopy();
        });
        api.write("DeleteVariable", call -> {
            ObjectNode variable = writable(call, "delete variables");
            store.variables.remove(variable.path("name").asText());
            return variable;
        });
    }

    private JsonNode create(Call call) {
        requireAdmin(call, "create variables");
        String name = call.string("name");
        if (!NAME.matcher(name).matches() || name.getBytes(StandardCharsets.UTF_8).length > 500) {
            throw ApiError.status(400, "Invalid variable name",
                    "a variable name matches ^[a-zA-Z_][a-zA-Z0-9_]*$ and has at most 500 bytes");
        }
        String value = checkedValue(call.optionalString("value").orElse(""));
        if (store.variables.containsKey(name)) {
            throw MetaCalls.duplicate("Variable", name);
        }
        ObjectNode variable = Call.NODES.objectNode();
        variable.put("name", name);
        variable.put("value", value);
        variable.put("description", call.optionalString("description").orElse(""));
        variable.put("is_secret", call.bool("is_secret", false));
        store.variables.put(name, variable);
        return variable.deepCopy();
    }

    private static String checkedValue(String value) {
        if (value.getBytes(StandardCharsets.UTF_8).length > 10_000) {
            throw ApiError.status(400, "Invalid variable value", "a value has at most 10000 bytes");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiError.status(400, "Invalid variable value", "a value contains no control characters");
        }
        return value;
    }

    private ObjectNode writable(Call call, String what) {
        requireAdmin(call, what);
        return find(call.string("name"));
    }

    private static void requireAdmin(Call call, String what) {
        if (!call.caller().admin()) {
            throw ApiError.status(403, "Only Admins can " + what);
        }
    }

    private ObjectNode find(String name) {
        ObjectNode variable = store.variables.get(name);
        if (variable == null) {
            throw ApiError.notFound("Variable", name);
        }
        return variable;
    }

    private static ObjectNode masked(ObjectNode variable, Caller caller) {
        ObjectNode copy = variable.deepCopy();
        if (!caller.admin() && variable.path("is_secret").asBoolean(false)) {
            copy.put("value", "#".repeat(variable.path("value").asText("").getBytes(StandardCharsets.UTF_8).length));
        }
        return copy;
    }
}
