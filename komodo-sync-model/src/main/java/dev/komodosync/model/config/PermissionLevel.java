package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * A permission level; the declaration order is Komodo's order, {@code None} &lt; {@code Read} &lt;
 * {@code Execute} &lt; {@code Write} (behaviour §9.1).
 */
public enum PermissionLevel implements KomodoEnum {
    NONE("None"),
    READ("Read"),
    EXECUTE("Execute"),
    WRITE("Write");

    private final String key;
    private final List<String> aliases;

    PermissionLevel(String key, String... aliases) {
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
