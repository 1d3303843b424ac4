package dev.komodosync.emulator;

import java.security.SecureRandom;
import java.util.HexFormat;

/** API keys and secrets as Core generates them: {@code K_<random>_K}, {@code S_<random>_S}. */
final class Credentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {}

    static String generate(char mark) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return mark + "_" + HexFormat.of().formatHex(random) + "_" + mark;
    }
}
