package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.config.ServerConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceKindsTest {

    @Test
    void discoveryFindsTheBuiltInKindsThroughTheServiceLoader() {
        assertThat(ResourceKinds.discover().all()).containsAll(KomodoKinds.ALL);
    }

    @Test
    void kindsAreInKomodosApplyOrder() {
        assertThat(ResourceKinds.builtIn().all()).extracting(ResourceKind::key).containsExactly(
                "server", "alerter", "action", "swarm", "builder", "repo", "build", "stack", "resource_sync",
                "deployment", "procedure");
    }

    @Test
    void exportOrderIsKomodosExportOrder() {
        assertThat(ResourceKinds.builtIn().inExportOrder()).extracting(ResourceKind::key).containsExactly(
                "server", "swarm", "stack", "deployment", "build", "repo", "procedure", "action", "alerter",
                "builder", "resource_sync");
    }

    @Test
    void bothSpellingsFindAKind() {
        ResourceKinds kinds = ResourceKinds.builtIn();
        assertThat(kinds.byTomlKey("resource_sync")).contains(KomodoKinds.RESOURCE_SYNC);
        assertThat(kinds.byTomlKey("resource_syncs")).contains(KomodoKinds.RESOURCE_SYNC);
        assertThat(kinds.byVariantName("ResourceSync")).contains(KomodoKinds.RESOURCE_SYNC);
        assertThat(kinds.byTomlKey("server_template")).isEmpty();
    }

    @Test
    void twoKindsClaimingOneKeyAreRejectedNamingBoth() {
        ResourceKind<ServerConfig> impostor = ResourceKind.builder("servers_x", ServerConfig.class)
                .pluralKey("servers").build();
        assertThatThrownBy(() -> ResourceKinds.builder().register(KomodoKinds.ALL).register(impostor).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`servers`")
                .hasMessageContaining("server")
                .hasMessageContaining("servers_x");
    }

    @Test
    void registeringTheSameKindTwiceIsHarmless() {
        assertThat(ResourceKinds.builder().register(KomodoKinds.SERVER).register(List.of(KomodoKinds.SERVER)).build().all())
                .containsExactly(KomodoKinds.SERVER);
    }

    @Test
    void aKindKeyMustBeSnakeCase() {
        assertThatThrownBy(() -> ResourceKind.builder("DnsRecord", ServerConfig.class))
                .hasMessageContaining("lower snake case: DnsRecord");
    }

    @Test
    void aKindsConfigMustBeARecordOrAUnion() {
        assertThatThrownBy(() -> ResourceKind.builder("thing", String.class))
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void variantNameDefaultsToPascalCase() {
        assertThat(ResourceKind.builder("dns_record", ServerConfig.class).build().variantName()).isEqualTo("DnsRecord");
    }
}
