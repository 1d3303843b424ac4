package dev.komodosync.testkind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.spi.ResourceKindProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The plug-in kind is found through the same ServiceLoader path as Komodo's own kinds. */
class DnsRecordDiscoveryTest {

    @Test
    void theServiceLoaderFindsThePlugInKindBesideTheBuiltIns() {
        List<String> providers = ServiceLoader.load(ResourceKindProvider.class).stream()
                .map(p -> p.type().getName()).sorted().toList();
        assertThat(providers).containsExactly(
                "dev.komodosync.model.internal.BuiltInKindProvider", "dev.komodosync.testkind.DnsRecordKindProvider");
    }

    @Test
    void discoveryRegistersItInApplyOrderAfterServers() {
        ResourceKinds kinds = ResourceKinds.discover();
        assertThat(kinds.all()).hasSize(KomodoKinds.ALL.size() + 1);
        assertThat(kinds.all().subList(0, 3)).extracting(ResourceKind::key).containsExactly("server", "dns_record", "alerter");
        assertThat(kinds.byTomlKey("dns_records")).contains(DnsRecordKindProvider.DNS_RECORD);
        assertThat(kinds.byVariantName("DnsRecord")).contains(DnsRecordKindProvider.DNS_RECORD);
    }

    @Test
    void itsDefaultsComeFromItsAnnotations() {
        DnsRecordConfig defaults = DnsRecordKindProvider.DNS_RECORD.defaults();
        assertThat(defaults).isEqualTo(new DnsRecordConfig("", DnsRecordType.A, "", "", 300, false, Secret.empty(), List.of()));
    }

    @Test
    void itsFieldMetadataIsReadableGenerically() {
        RecordType type = (RecordType) ConfigTypes.of(DnsRecordKindProvider.DNS_RECORD.configClass());
        FieldSpec server = type.field("server").orElseThrow();
        assertThat(server.key()).isEqualTo("server_id");
        assertThat(server.reference().orElseThrow().kind()).isEqualTo("server");
        assertThat(type.field("zone").orElseThrow().required()).isTrue();
        assertThat(type.field("value").orElseThrow().interpolated()).isTrue();
        assertThat(type.field("api_token").orElseThrow().secret()).isTrue();
        assertThat(type.field("aliases").orElseThrow().stringList()).isTrue();
    }
}
