package dev.komodosync.testkind;

import dev.komodosync.model.meta.KomodoEnum;

/** The type of a DNS record. */
public enum DnsRecordType implements KomodoEnum {
    /** An IPv4 address. */
    A("A"),
    /** An IPv6 address. */
    AAAA("AAAA"),
    /** An alias. */
    CNAME("CNAME"),
    /** Text. */
    TXT("TXT");

    private final String key;

    DnsRecordType(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
