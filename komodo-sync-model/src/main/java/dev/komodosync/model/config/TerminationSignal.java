package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * The signal that stops a container (behaviour §2.3); the numbers are accepted on input.
 */
public enum TerminationSignal implements KomodoEnum {
    SIGHUP("SIGHUP", "1"),
    SIGINT("SIGINT", "2"),
    SIGQUIT("SIGQUIT", "3"),
    SIGTERM("SIGTERM", "15");

    private final String key;
    private final List<String> aliases;

    TerminationSignal(String key, String... aliases) {
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
