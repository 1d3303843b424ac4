package dev.komodosync.parser.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.UserGroup;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ResourceFields;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.List;
import java.util.Locale;

/**
 * The schema of a whole sync file, as {@code internal.DocumentBinder} reads one (behaviour §1.1):
 * an array of tables under each kind's singular and plural TOML key, {@code [[variable]]} and
 * {@code [[user_group]]} likewise, one spelling per file; nothing else (the loader warns about
 * any other table). Each kind's table is {@link ResourceFields} with the kind's {@code config}.
 */
final class DocumentSchema {

    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    /** The keys the document binder reads beside the kinds' (behaviour §1.3, §1.4). */
    private static final String VARIABLE = "variable";
    private static final String USER_GROUP = "user_group";

    private final ResourceKinds kinds;
    private final TypeSchemas types;
    private final ObjectNode properties = TypeSchemas.JSON.objectNode();
    private final ObjectNode dependencies = TypeSchemas.JSON.objectNode();

    DocumentSchema(ResourceKinds kinds, FieldDocs docs) {
        this.kinds = kinds;
        this.types = new TypeSchemas(docs);
    }

    /** The schema. */
    ObjectNode build() {
        for (ResourceKind<?> kind : kinds.all()) {
            ObjectNode item = types.define("kind." + kind.key(), resource(kind));
            tables(kind.key(), kind.pluralKey(), item, kind.displayName() + " declarations, one table each.");
        }
        tables(VARIABLE, VARIABLE + "s", types.value(RecordType.of(Variable.class)),
                "Variables, interpolated into configs as `[[NAME]]`; one table each.");
        tables(USER_GROUP, USER_GROUP + "s", types.value(RecordType.of(UserGroup.class)),
                "User groups, with their members and permissions; one table each.");
        removed(KomodoKinds.REMOVED_SERVER_TEMPLATE);
        removed(KomodoKinds.REMOVED_SERVER_TEMPLATE + "s");

        ObjectNode root = TypeSchemas.JSON.objectNode();
        root.put("$schema", DRAFT_07);
        root.put("title", "Komodo resource sync");
        root.put("description", "A Komodo Resource Sync file (Komodo v2.3.2), as komodo-sync reads it: each kind is an"
                + " array of tables, [[server]], [[stack]], [[deployment]], ..., [[variable]], [[user_group]].");
        root.put("type", "object");
        root.set("properties", properties);
        root.set("dependencies", dependencies);
        root.put("additionalProperties", false);
        root.set("definitions", types.definitions());
        return root;
    }

    /** The table of one resource: its common fields and the kind's config. */
    private ObjectNode resource(ResourceKind<?> kind) {
        ObjectNode schema = TypeSchemas.described(types.table(RecordType.of(ResourceFields.class)),
                article(kind.displayName()) + " " + kind.displayName()
                        + ": `[[" + kind.key() + "]]` with `name`, and its settings under `config`.");
        ObjectNode fields = (ObjectNode) schema.get("properties");
        if (!kind.deployable()) {
            // The binder warns (ineffective-field) about deploy = true or a non-empty after on other kinds.
            String why = "Has no effect on " + article(kind.displayName()).toLowerCase(Locale.ROOT) + " "
                    + kind.displayName().toLowerCase(Locale.ROOT) + ": only deployable kinds deploy.";
            ObjectNode deploy = TypeSchemas.described((ObjectNode) fields.get("deploy"), why);
            deploy.putArray("enum").add(false);
            fields.set("deploy", deploy);
            fields.set("after", TypeSchemas.described((ObjectNode) fields.get("after"), why).put("maxItems", 0));
        }
        ObjectNode config = TypeSchemas.JSON.objectNode();
        config.put("description", "The " + kind.displayName() + "'s settings; a missing field takes its default.");
        // From the config class, as the binder's own type description is not part of ResourceKind's API.
        config.putArray("allOf").add(types.value(ValueType.of(kind.configClass())));
        fields.set(ResourceFields.CONFIG_KEY, config);
        return schema;
    }

    /** {@code [[singular]]} and {@code [[plural]]}: arrays of {@code item}, not both in one file. */
    private void tables(String singular, String plural, ObjectNode item, String description) {
        for (String key : List.of(singular, plural)) {
            ObjectNode table = properties.putObject(key);
            table.put("description", key.equals(singular) ? description
                    : "Another spelling of `" + singular + "`: " + description + " One spelling per file.");
            table.put("type", "array");
            table.set("items", item.deepCopy());
        }
        dependencies.set(singular, TypeSchemas.notTogether(singular, List.of(singular, plural)));
        dependencies.set(plural, TypeSchemas.notTogether(plural, List.of(singular, plural)));
    }

    /** A kind Komodo removed: documented, deprecated, refused. */
    private void removed(String key) {
        ObjectNode table = properties.putObject(key);
        table.put("description", "Deprecated: server templates were removed in Komodo 1.17.5, which ignores them;"
                + " declare servers with [[server]].");
        table.put("deprecated", true);
        table.putObject("not");
    }

    private static String article(String noun) {
        return !noun.isEmpty() && "AEIOUaeiou".indexOf(noun.charAt(0)) >= 0 ? "An" : "A";
    }
}
