package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * A deployment's container restart policy (behaviour §2.3).
 */
public enum RestartMode implements KomodoEnum {
    NO("no"),
    ON_FAILURE("on-failure"),
    ALWAYS("always"),
    UNLESS_STOPPED("unless-stopped");

    private final String key;
    private final List<String> aliases;

    RestartMode(String key, String... aliases) {
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
