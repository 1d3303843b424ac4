package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * The level of an alert sent by a {@code SendAlert} execution (behaviour §8.3).
 */
public enum SeverityLevel implements KomodoEnum {
    OK("OK"),
    WARNING("WARNING"),
    CRITICAL("CRITICAL");

    private final String key;
    private final List<String> aliases;

    SeverityLevel(String key, String... aliases) {
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
