package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.testkind.DnsRecordConfig;
import dev.komodosync.testkind.DnsRecordKindProvider;
import dev.komodosync.testkind.DnsRecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kind added through the SPI is parsed with no parser code that names it. */
class PlugInKindTest {

    @Test
    void aPlugInKindLoadsInBothSpellingsWithItsDefaults() {
        Declaration declaration = Fixtures.declaration("""
                [[dns_record]]
                name = "jellyfin"
                [dns_record.config]
                zone = "home.example.com"
                server = "nas"
                aliases = "media, tv"
                api_token = "t0k3n"
                """);
        Declaration plural = Fixtures.declaration("""
                [[dns_records]]
                name = "other"
                config.zone = "example.org"
                config.record_type = "CNAME"
                """);
        assertThat(Fixtures.named(declaration, DnsRecordKindProvider.DNS_RECORD, "jellyfin").resource().config())
                .isEqualTo(new DnsRecordConfig("home.example.com", DnsRecordType.A, "nas", "", 300, false,
                        Secret.of("t0k3n"), List.of("media", "tv")));
        assertThat(Fixtures.named(plural, DnsRecordKindProvider.DNS_RECORD, "other").resource().config().recordType())
                .isEqualTo(DnsRecordType.CNAME);
    }

    @Test
    void aPlugInKindGetsTheSameDiagnostics() {
        LoadResult result = Fixtures.load("[[dns_record]]\nname = \"x\"\nconfig.zonee = \"a\"\n");
        assertThat(result.diagnostics()).extracting(d -> d.code())
                .containsExactly(DiagnosticCode.UNKNOWN_FIELD, DiagnosticCode.MISSING_FIELD);
        assertThat(result.diagnostics().get(0).hint()).contains("did you mean `zone`?");
    }
}
