package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTypeTest {

    private final RecordType deployment = RecordType.of(DeploymentConfig.class);

    @Test
    void keysAreSnakeCaseAndAliasesAreFound() {
        FieldSpec server = deployment.field("server").orElseThrow();
        assertThat(server.key()).isEqualTo("server_id");
        assertThat(deployment.field("server_id")).contains(server);
        assertThat(server.allKeys()).containsExactly("server_id", "server");
    }

    @Test
    void aKeysSlotIsTheIndexOfTheFieldItFinds() {
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            if (!(dev.komodosync.model.meta.internal.ConfigTypes.of(kind.configClass()) instanceof RecordType record)) {
                continue;
            }
            for (FieldSpec field : record.fields()) {
                for (String key : field.allKeys()) {
                    assertThat(record.slotOf(key)).as("%s %s", kind, key)
                            .isEqualTo(record.indexOf(record.field(key).orElseThrow()));
                }
            }
            assertThat(record.slotOf("no_such_key")).isEqualTo(-1);
        }
        assertThat(deployment.slotOf("server")).isEqualTo(deployment.slotOf("server_id")).isNotNegative();
    }

    @Test
    void readyEncodedJsonKeysAreTheFieldsKeysInFieldOrder() {
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            if (!(dev.komodosync.model.meta.internal.ConfigTypes.of(kind.configClass()) instanceof RecordType record)) {
                continue;
            }
            List<FieldSpec> fields = record.fields();
            assertThat(record.jsonKeys(true)).extracting(key -> key.getValue())
                    .as("%s", kind).containsExactlyElementsOf(fields.stream().map(FieldSpec::key).toList());
            assertThat(record.jsonKeys(false)).extracting(key -> key.getValue())
                    .as("%s", kind).containsExactlyElementsOf(fields.stream().map(FieldSpec::exportKey).toList());
            assertThat(record.jsonKeys(true)).isSameAs(record.jsonKeys(true));
        }
        assertThat(deployment.jsonKeys(false)[deployment.slotOf("server_id")].getValue()).isEqualTo("server");
        assertThat(deployment.jsonKeys(true)[deployment.slotOf("server_id")].getValue()).isEqualTo("server_id");
    }

    @Test
    void createFromAnArrayIsCreateFromAListAndRefusesWhatItRefuses() {
        Object[] values = deployment.values(KomodoKinds.DEPLOYMENT.defaults()).toArray();
        assertThat(deployment.createFrom(values.clone())).isEqualTo(deployment.create(List.of(values)))
                .isEqualTo(KomodoKinds.DEPLOYMENT.defaults());
        assertThatThrownBy(() -> deployment.createFrom(new Object[] {"too few"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fields, got 1 values");
        Object[] withNull = values.clone();
        withNull[0] = null;
        assertThatThrownBy(() -> deployment.createFrom(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void metadataIsReadableGenerically() {
        FieldSpec environment = deployment.field("environment").orElseThrow();
        assertThat(environment.textFormat()).isEqualTo(TextFormat.KEY_VALUE);
        assertThat(environment.redeployTrigger()).isTrue();
        assertThat(environment.interpolated()).isTrue();
        assertThat(environment.keyValueForm().orElseThrow().arrayKeys()).containsExactly("variable", "value");
        assertThat(deployment.field("server_id").orElseThrow().reference().orElseThrow().kind()).isEqualTo("server");
        assertThat(deployment.field("replicas").orElseThrow().redeployTrigger()).isFalse();
    }

    @Test
    void withReplacesOneField() {
        DeploymentConfig changed = (DeploymentConfig) deployment.with(KomodoKinds.DEPLOYMENT.defaults(), "network", "bridge");
        assertThat(changed.network()).isEqualTo("bridge");
        assertThat(changed.sendAlerts()).isTrue();
    }

    @Test
    void withRejectsAnUnknownField() {
        assertThatThrownBy(() -> deployment.with(KomodoKinds.DEPLOYMENT.defaults(), "netwrk", "bridge"))
                .hasMessageContaining("DeploymentConfig has no field `netwrk`");
    }

    @Test
    void createRejectsTheWrongNumberOfValues() {
        assertThatThrownBy(() -> RecordType.of(ServerConfig.class).create(List.of("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 23 fields, got 1 values");
    }

    @Test
    void valuesAndCreateRoundTrip() {
        ServerConfig defaults = KomodoKinds.SERVER.defaults();
        RecordType server = RecordType.of(ServerConfig.class);
        assertThat(server.create(server.values(defaults))).isEqualTo(defaults);
    }
}
