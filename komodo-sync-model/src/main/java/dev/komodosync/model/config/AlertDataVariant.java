package dev.komodosync.model.config;

import dev.komodosync.model.meta.KomodoEnum;
import java.util.List;

/**
 * The kinds of alert an alerter can be limited to (behaviour §2.8).
 */
public enum AlertDataVariant implements KomodoEnum {
    NONE("None"),
    TEST("Test"),
    SWARM_UNHEALTHY("SwarmUnhealthy"),
    SERVER_UNREACHABLE("ServerUnreachable"),
    SERVER_CPU("ServerCpu"),
    SERVER_MEM("ServerMem"),
    SERVER_DISK("ServerDisk"),
    SERVER_VERSION_MISMATCH("ServerVersionMismatch"),
    CONTAINER_STATE_CHANGE("ContainerStateChange"),
    DEPLOYMENT_IMAGE_UPDATE_AVAILABLE("DeploymentImageUpdateAvailable"),
    DEPLOYMENT_AUTO_UPDATED("DeploymentAutoUpdated"),
    STACK_STATE_CHANGE("StackStateChange"),
    STACK_IMAGE_UPDATE_AVAILABLE("StackImageUpdateAvailable"),
    STACK_AUTO_UPDATED("StackAutoUpdated"),
    AWS_BUILDER_TERMINATION_FAILED("AwsBuilderTerminationFailed"),
    RESOURCE_SYNC_PENDING_UPDATES("ResourceSyncPendingUpdates"),
    BUILD_FAILED("BuildFailed"),
    REPO_BUILD_FAILED("RepoBuildFailed"),
    PROCEDURE_FAILED("ProcedureFailed"),
    ACTION_FAILED("ActionFailed"),
    SCHEDULE_RUN("ScheduleRun"),
    CUSTOM("Custom");

    private final String key;
    private final List<String> aliases;

    AlertDataVariant(String key, String... aliases) {
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
