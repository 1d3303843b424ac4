package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * What a change to one of a stack's config files requires (behaviour §2.4); lower case is accepted on input.
 */
public enum StackFileRequires implements KomodoEnum {
    REDEPLOY("Redeploy", "redeploy"),
    RESTART("Restart", "restart"),
    NONE("None", "none");

    private final String key;
    private final List<String> aliases;

    StackFileRequires(String key, String... aliases) {
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
