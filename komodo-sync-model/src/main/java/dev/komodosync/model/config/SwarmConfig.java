package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A docker swarm's configuration (behaviour §2.2).
 *
 * <p>{@code send_unhealthy_alerts} defaults to true when left out of a declaration, as in
 * Komodo's TOML; Komodo's own export mistakes a stored {@code false} for the default and drops it
 * (a departure: our export writes it).
 *
 * @param serverIds the manager nodes' servers (by name in declarations, by id when stored); a
 *     plain array, not a string list
 * @param links quick links shown in the UI
 * @param sendUnhealthyAlerts whether unhealthy-swarm alerts are sent
 * @param maintenanceWindows windows during which alerts are held back
 */
public record SwarmConfig(
        @Alias("servers") @ExportKey("servers") @Reference("server") List<String> serverIds,
        @StringList List<String> links,
        @Default("true") boolean sendUnhealthyAlerts,
        List<MaintenanceWindow> maintenanceWindows) {

    /** Copies the lists. */
    public SwarmConfig {
        serverIds = List.copyOf(serverIds);
        links = List.copyOf(links);
        maintenanceWindows = List.copyOf(maintenanceWindows);
    }
}
