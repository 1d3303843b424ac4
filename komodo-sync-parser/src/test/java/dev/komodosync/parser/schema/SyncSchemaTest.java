package dev.komodosync.parser.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.komodosync.model.ResourceKinds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The generated schema: deterministic, current in {@code docs/}, and made from whatever kinds
 * are registered — a plug-in kind's table appears with its fields.
 */
class SyncSchemaTest {

    private static final Path COMMITTED = Path.of("..", "docs", "komodo-sync.schema.json");

    @Test
    void twoRunsGiveTheSameBytes() {
        assertThat(SyncSchema.generate(ResourceKinds.discover())).isEqualTo(SyncSchema.generate(ResourceKinds.discover()));
    }

    @Test
    void theCommittedCopyIsCurrent() throws IOException {
        String expected = SyncSchema.generate(ResourceKinds.builtIn());
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.writeString(COMMITTED, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/komodo-sync.schema.json is stale: run with -Dkomodo.updateGolden=true (twice"
                + " when field-docs.properties is stale too: the schema reads the copy built before the first run)")
                .isEqualTo(expected);
    }

    @Test
    void aPlugInKindAppearsUnderBothItsKeys() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.discover()));
        assertThat(schema.at("/properties/dns_record/items/$ref").asText()).isEqualTo("#/definitions/kind.dns_record");
        assertThat(schema.at("/properties/dns_records/items/$ref").asText()).isEqualTo("#/definitions/kind.dns_record");
        JsonNode config = schema.at("/definitions/DnsRecordConfig");
        assertThat(config.at("/required/0").asText()).isEqualTo("zone");
        assertThat(config.at("/properties/ttl/default").asInt()).isEqualTo(300);
        assertThat(config.at("/properties/ttl/description").asText()).startsWith("The time to live, in seconds.");
        assertThat(config.at("/properties/server/description").asText()).startsWith("Another spelling of `server_id`;");
        assertThat(config.at("/additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void whatTheModelDocumentsAsDeprecatedIsMarkedSo() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.builtIn()));
        JsonNode passkey = schema.at("/definitions/ServerConfig/properties/passkey");
        assertThat(passkey.get("deprecated").asBoolean()).isTrue();
        assertThat(passkey.get("description").asText()).startsWith("Deprecated: ");
        assertThat(schema.at("/definitions/ServerConfig/properties/address").has("deprecated")).isFalse();
        assertThat(schema.at("/properties/server_template/deprecated").asBoolean()).isTrue();
    }

    @Test
    void unionsAreAOneOfOnTheirTag() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.builtIn()));
        JsonNode image = schema.at("/definitions/DeploymentImage");
        assertThat(image.at("/properties/type/enum")).extracting(JsonNode::asText).containsExactly("Image", "Build");
        assertThat(image.at("/oneOf/1/properties/type/const").asText()).isEqualTo("Build");
        assertThat(image.at("/oneOf/1/properties/params/$ref").asText()).isEqualTo("#/definitions/DeploymentImage.Build");
        assertThat(image.at("/required")).extracting(JsonNode::asText).containsExactly("type", "params");
    }

    @Test
    void theSchemaIsValidAgainstTheDraft07MetaSchema() throws IOException {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:draft-07/schema"));
        JsonNode schema = new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.discover()));
        assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(metaSchema.validate(new ObjectMapper().readTree("{\"type\": \"tabel\"}"))).isNotEmpty();
    }

    @Test
    void withoutThePlugInItsKindIsAbsent() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SyncSchema.generate(ResourceKinds.builtIn()));
        assertThat(schema.at("/properties").has("dns_record")).isFalse();
        assertThat(schema.at("/properties").has("deployment")).isTrue();
    }
}
