package dev.komodosync.testkind;

import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.spi.ResourceKindProvider;
import java.util.List;

/** Contributes {@link #DNS_RECORD} through the service loader. */
public final class DnsRecordKindProvider implements ResourceKindProvider {

    /** {@code [[dns_record]]}: applied right after servers, which its records point at. */
    public static final ResourceKind<DnsRecordConfig> DNS_RECORD = ResourceKind.builder("dns_record", DnsRecordConfig.class)
            .displayName("DNS Record")
            .applyOrder(15)
            .exportOrder(15)
            .build();

    /** For the service loader. */
    public DnsRecordKindProvider() {}

    @Override
    public List<ResourceKind<?>> kinds() {
        return List.of(DNS_RECORD);
    }
}
