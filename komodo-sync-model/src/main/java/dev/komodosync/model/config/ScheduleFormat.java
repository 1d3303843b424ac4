package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * How a procedure's or action's {@code schedule} is written (behaviour §2.9).
 */
public enum ScheduleFormat implements KomodoEnum {
    ENGLISH("English"),
    CRON("Cron");

    private final String key;
    private final List<String> aliases;

    ScheduleFormat(String key, String... aliases) {
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
