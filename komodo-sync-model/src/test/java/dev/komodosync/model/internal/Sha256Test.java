package dev.komodosync.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SHA-256 from a cloned digest: FIPS 180-2's test vectors, and no state carried from one call to the next. */
class Sha256Test {

    @Test
    void digestsAsTheStandardSays() {
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HexFormat.of().formatHex(Sha256.digest("abc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Sha256.hex("abc"));
    }

    @Test
    void eachCallStartsAfresh() {
        String first = Sha256.hex("é");
        Sha256.start().update((byte) 1);
        assertThat(Sha256.hex("é")).isEqualTo(first);
        assertThat(Sha256.digest("é")).isEqualTo(Sha256.digest("é".getBytes(StandardCharsets.UTF_8)));
    }
}
