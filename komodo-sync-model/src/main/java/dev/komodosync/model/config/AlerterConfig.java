package dev.komodosync.model.config;

import java.util.List;

/**
 * An alerter's configuration (behaviour §2.8).
 *
 * <p>Komodo stores {@code resources} and {@code except_resources} exactly as written and routes
 * alerts by resource id, so targets declared by name never match at alert time; see the
 * planner's warning.
 *
 * @param enabled whether alerts are sent
 * @param endpoint where alerts go
 * @param alertTypes the alert types sent; empty means all
 * @param resources the resources alerted on; empty means all
 * @param exceptResources resources never alerted on
 * @param maintenanceWindows windows during which alerts are held back
 */
public record AlerterConfig(
        boolean enabled,
        AlerterEndpoint endpoint,
        List<AlertDataVariant> alertTypes,
        List<ResourceTarget> resources,
        List<ResourceTarget> exceptResources,
        List<MaintenanceWindow> maintenanceWindows) {

    /** Copies the lists. */
    public AlerterConfig {
        alertTypes = List.copyOf(alertTypes);
        resources = List.copyOf(resources);
        exceptResources = List.copyOf(exceptResources);
        maintenanceWindows = List.copyOf(maintenanceWindows);
    }
}
