package dev.komodosync.testkind;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Required;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A DNS record pointing at a Komodo server: a kind Komodo does not have, declared
 * {@code [[dns_record]]} in sync files.
 *
 * @param zone the DNS zone; required
 * @param recordType the record type
 * @param serverId the server the record points at (a reference, by name)
 * @param value the record's value; interpolated
 * @param ttl the time to live, in seconds
 * @param proxied whether the provider proxies traffic
 * @param apiToken the provider's API token
 * @param aliases further names of the record
 */
public record DnsRecordConfig(
        @Required String zone,
        @Default("A") DnsRecordType recordType,
        @Alias("server") @ExportKey("server") @Reference("server") String serverId,
        @Interpolated String value,
        @Default("300") int ttl,
        boolean proxied,
        Secret apiToken,
        @StringList List<String> aliases) {

    /** Copies the list. */
    public DnsRecordConfig {
        aliases = List.copyOf(aliases);
    }
}
