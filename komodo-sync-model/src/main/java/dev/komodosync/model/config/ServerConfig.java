package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A server's configuration (behaviour §2.1): a host running Komodo's Periphery agent. Note the
 * defaults that surprise: {@code enabled} is false, {@code insecure_tls} is true.
 *
 * @param address the Periphery address; empty when Periphery connects to Core
 * @param insecureTls whether to skip Periphery's TLS certificate validation
 * @param externalAddress the address used for container links
 * @param region free text
 * @param enabled whether Komodo connects to the server
 * @param autoRotateKeys whether Komodo rotates the server's keys
 * @param passkey the deprecated shared passkey
 * @param ignoreMounts mounts left out of disk statistics
 * @param autoPrune whether images are pruned daily
 * @param links quick links shown in the UI
 * @param statsMonitoring whether statistics are collected
 * @param sendUnreachableAlerts whether unreachability alerts are sent
 * @param sendCpuAlerts whether CPU alerts are sent
 * @param sendMemAlerts whether memory alerts are sent
 * @param sendDiskAlerts whether disk alerts are sent
 * @param sendVersionMismatchAlerts whether version-mismatch alerts are sent
 * @param cpuWarning CPU usage percentage of a warning
 * @param cpuCritical CPU usage percentage of a critical alert
 * @param memWarning memory usage percentage of a warning
 * @param memCritical memory usage percentage of a critical alert
 * @param diskWarning disk usage percentage of a warning
 * @param diskCritical disk usage percentage of a critical alert
 * @param maintenanceWindows windows during which alerts are held back
 */
public record ServerConfig(
        String address,
        @Default("true") boolean insecureTls,
        String externalAddress,
        String region,
        boolean enabled,
        @Default("true") boolean autoRotateKeys,
        Secret passkey,
        @StringList List<String> ignoreMounts,
        @Default("true") boolean autoPrune,
        @StringList List<String> links,
        @Default("true") boolean statsMonitoring,
        @Default("true") boolean sendUnreachableAlerts,
        @Default("true") boolean sendCpuAlerts,
        @Default("true") boolean sendMemAlerts,
        @Default("true") boolean sendDiskAlerts,
        @Default("true") boolean sendVersionMismatchAlerts,
        @Default("90.0") float cpuWarning,
        @Default("99.0") float cpuCritical,
        @Default("75.0") double memWarning,
        @Default("95.0") double memCritical,
        @Default("75.0") double diskWarning,
        @Default("95.0") double diskCritical,
        List<MaintenanceWindow> maintenanceWindows) {

    /** Copies the lists. */
    public ServerConfig {
        ignoreMounts = List.copyOf(ignoreMounts);
        links = List.copyOf(links);
        maintenanceWindows = List.copyOf(maintenanceWindows);
    }
}
