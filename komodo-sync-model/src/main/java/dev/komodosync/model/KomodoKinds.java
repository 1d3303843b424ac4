package dev.komodosync.model;

import dev.komodosync.model.config.ActionConfig;
import dev.komodosync.model.config.AlerterConfig;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.SwarmConfig;
import java.util.List;
import java.util.function.Predicate;

/**
 * The resource kinds of Komodo v2.3.2. They reach {@link ResourceKinds} through the same
 * {@link dev.komodosync.model.spi.ResourceKindProvider} service as any plug-in kind.
 *
 * <p>Apply ranks follow Komodo's order (behaviour §4.7): servers, alerters, actions, swarms,
 * builders, repos, builds, stacks, resource syncs, deployments, procedures. Export ranks follow
 * its export order (behaviour §11.3).
 */
public final class KomodoKinds {

    /** {@code [[server]]}. */
    public static final ResourceKind<ServerConfig> SERVER = ResourceKind.builder("server", ServerConfig.class)
            .displayName("Server").applyOrder(10).exportOrder(10).build();

    /** {@code [[alerter]]}. */
    public static final ResourceKind<AlerterConfig> ALERTER = ResourceKind.builder("alerter", AlerterConfig.class)
            .displayName("Alerter").applyOrder(20).exportOrder(90).build();

    /** {@code [[action]]}. */
    public static final ResourceKind<ActionConfig> ACTION = ResourceKind.builder("action", ActionConfig.class)
            .displayName("Action").applyOrder(30).exportOrder(80).build();

    /** {@code [[swarm]]}. */
    public static final ResourceKind<SwarmConfig> SWARM = ResourceKind.builder("swarm", SwarmConfig.class)
            .displayName("Swarm").applyOrder(40).exportOrder(20).build();

    /** {@code [[builder]]}. */
    public static final ResourceKind<BuilderConfig> BUILDER = ResourceKind.builder("builder", BuilderConfig.class)
            .displayName("Builder").applyOrder(50).exportOrder(100).build();

    /** {@code [[repo]]}. */
    public static final ResourceKind<RepoConfig> REPO = ResourceKind.builder("repo", RepoConfig.class)
            .displayName("Repo").applyOrder(60).exportOrder(60).nameRule(NameRule.PATH_COMPATIBLE).build();

    /** {@code [[build]]}. */
    public static final ResourceKind<BuildConfig> BUILD = ResourceKind.builder("build", BuildConfig.class)
            .displayName("Build").applyOrder(70).exportOrder(50).nameRule(NameRule.DOCKER_COMPATIBLE).build();

    /** {@code [[stack]]}. */
    public static final ResourceKind<StackConfig> STACK = ResourceKind.builder("stack", StackConfig.class)
            .displayName("Stack").applyOrder(80).exportOrder(30).deployable(true)
            .nameRule(NameRule.DOCKER_COMPATIBLE).build();

    /** {@code [[resource_sync]]}; only syncs with a file source are managed by syncs (behaviour §2.11). */
    public static final ResourceKind<ResourceSyncConfig> RESOURCE_SYNC = ResourceKind
            .builder("resource_sync", ResourceSyncConfig.class)
            .displayName("Resource Sync").applyOrder(90).exportOrder(110)
            .managedBySyncsWhen(new SyncManaged()).build();

    /** {@code [[deployment]]}. */
    public static final ResourceKind<DeploymentConfig> DEPLOYMENT = ResourceKind
            .builder("deployment", DeploymentConfig.class)
            .displayName("Deployment").applyOrder(100).exportOrder(40).deployable(true)
            .nameRule(NameRule.CONTAINER_COMPATIBLE).build();

    /** {@code [[procedure]]}. */
    public static final ResourceKind<ProcedureConfig> PROCEDURE = ResourceKind.builder("procedure", ProcedureConfig.class)
            .displayName("Procedure").applyOrder(110).exportOrder(70).deletesFirst(true).build();

    /** Every built-in kind, in apply order. */
    public static final List<ResourceKind<?>> ALL = List.of(
            SERVER, ALERTER, ACTION, SWARM, BUILDER, REPO, BUILD, STACK, RESOURCE_SYNC, DEPLOYMENT, PROCEDURE);

    /**
     * The kind Komodo removed in v1.17.5 (behaviour §14). Files that still declare it get a
     * warning; it is not a kind.
     */
    public static final String REMOVED_SERVER_TEMPLATE = "server_template";

    private KomodoKinds() {}

    /**
     * {@link ResourceSyncConfig#isManagedBySyncs}; a named class, as a method reference links a
     * call site at start (docs/architecture.md, "Start-up path").
     */
    private static final class SyncManaged implements Predicate<ResourceSyncConfig> {
        @Override
        public boolean test(ResourceSyncConfig config) {
            return config.isManagedBySyncs();
        }
    }
}
