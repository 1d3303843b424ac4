package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * A swarm node's availability, for {@code UpdateSwarmNode} (behaviour §8.3).
 */
public enum NodeAvailability implements KomodoEnum {
    UNSET(""),
    ACTIVE("active"),
    PAUSE("pause"),
    DRAIN("drain");

    private final String key;
    private final List<String> aliases;

    NodeAvailability(String key, String... aliases) {
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
