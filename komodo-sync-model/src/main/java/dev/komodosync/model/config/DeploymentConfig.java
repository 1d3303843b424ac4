package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.RedeployTrigger;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A deployment's configuration (behaviour §2.3): one container, or one swarm service.
 *
 * @param swarmId the swarm to run on as a service (wins over {@code serverId})
 * @param serverId the server to run the container on
 * @param customName the container or service name, when not the deployment's name
 * @param image what to run
 * @param imageRegistryAccount the account used to pull the image
 * @param skipSecretInterp whether {@code [[VARIABLE]]} interpolation is skipped
 * @param redeployOnBuild whether a finished build of the attached build redeploys
 * @param pollForUpdates whether Komodo polls for newer images
 * @param autoUpdate whether a newer image redeploys
 * @param sendAlerts whether container state changes are alerted
 * @param links quick links shown in the UI; a plain array, not a string list
 * @param network the container's network
 * @param restart the container's restart policy
 * @param command appended to {@code docker run}
 * @param replicas the service's replicas, in swarm mode
 * @param terminationSignal the signal that stops the container
 * @param terminationTimeout seconds to wait after the signal
 * @param extraArgs further {@code docker run} arguments
 * @param termSignalLabels labels shown for each termination signal
 * @param ports port mappings, {@code host: container} per line
 * @param volumes volume mappings, {@code host: container} per line
 * @param environment environment variables, {@code KEY = value} per line
 * @param labels docker labels, {@code key: value} per line
 */
public record DeploymentConfig(
        @Alias("swarm") @ExportKey("swarm") @Reference("swarm") String swarmId,
        @Alias("server") @ExportKey("server") @Reference("server") @RedeployTrigger String serverId,
        String customName,
        @RedeployTrigger DeploymentImage image,
        @RedeployTrigger String imageRegistryAccount,
        @RedeployTrigger boolean skipSecretInterp,
        boolean redeployOnBuild,
        boolean pollForUpdates,
        boolean autoUpdate,
        @Default("true") boolean sendAlerts,
        List<String> links,
        @Default("host") @RedeployTrigger String network,
        @Default("no") @RedeployTrigger RestartMode restart,
        @RedeployTrigger @Interpolated String command,
        @Default("1") int replicas,
        @Default("SIGTERM") TerminationSignal terminationSignal,
        @Default("10") int terminationTimeout,
        @StringList @RedeployTrigger @Interpolated List<String> extraArgs,
        @KeyValueText(arrayKeys = {"signal", "label"}, separator = ": ", signalKeys = true) String termSignalLabels,
        @KeyValueText(arrayKeys = {"local", "container"}, separator = ": ", validated = true) @RedeployTrigger @Interpolated
                String ports,
        @KeyValueText(arrayKeys = {"local", "container"}, separator = ": ", validated = true) @RedeployTrigger @Interpolated
                String volumes,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = " = ", validated = true) @RedeployTrigger @Interpolated
                String environment,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = ": ") @RedeployTrigger @Interpolated
                String labels) {

    /** Copies the lists. */
    public DeploymentConfig {
        links = List.copyOf(links);
        extraArgs = List.copyOf(extraArgs);
    }
}
