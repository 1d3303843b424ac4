package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * How often a maintenance window recurs (behaviour §2.1).
 */
public enum MaintenanceScheduleType implements KomodoEnum {
    DAILY("Daily"),
    WEEKLY("Weekly"),
    ONE_TIME("OneTime");

    private final String key;
    private final List<String> aliases;

    MaintenanceScheduleType(String key, String... aliases) {
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
