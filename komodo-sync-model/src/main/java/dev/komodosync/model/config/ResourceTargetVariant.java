package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * The types of resource a {@link ResourceTarget} or a permission can name, as Komodo spells them
 * (behaviour §2.8, §9.1). {@code System} names Komodo itself, not a resource kind.
 */
public enum ResourceTargetVariant implements KomodoEnum {
    SYSTEM("System"),
    SWARM("Swarm"),
    SERVER("Server"),
    STACK("Stack"),
    DEPLOYMENT("Deployment"),
    BUILD("Build"),
    REPO("Repo"),
    PROCEDURE("Procedure"),
    ACTION("Action"),
    BUILDER("Builder"),
    ALERTER("Alerter"),
    RESOURCE_SYNC("ResourceSync");

    private final String key;
    private final List<String> aliases;

    ResourceTargetVariant(String key, String... aliases) {
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
