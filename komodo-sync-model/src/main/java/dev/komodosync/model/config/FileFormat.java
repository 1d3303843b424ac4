package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * The format of an action's {@code arguments} (behaviour §2.10).
 */
public enum FileFormat implements KomodoEnum {
    KEY_VALUE("key_value"),
    TOML("toml"),
    YAML("yaml"),
    JSON("json");

    private final String key;
    private final List<String> aliases;

    FileFormat(String key, String... aliases) {
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
