package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * A specific permission granted beside a level (behaviour §9.1).
 */
public enum SpecificPermission implements KomodoEnum {
    TERMINAL("Terminal"),
    ATTACH("Attach"),
    INSPECT("Inspect"),
    LOGS("Logs"),
    PROCESSES("Processes");

    private final String key;
    private final List<String> aliases;

    SpecificPermission(String key, String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
