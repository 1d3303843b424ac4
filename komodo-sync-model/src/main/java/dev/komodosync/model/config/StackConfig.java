package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.FileText;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.RedeployTrigger;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A stack's configuration (behaviour §2.4): a docker compose project, or a swarm stack.
 *
 * @param swarmId the swarm to deploy to (wins over {@code serverId})
 * @param serverId the server to deploy to with compose
 * @param links quick links shown in the UI
 * @param projectName the compose project name; empty means the stack's name
 * @param autoPull whether images are pulled before each deploy
 * @param runBuild whether {@code compose build} runs before each deploy
 * @param pollForUpdates whether Komodo polls for newer images
 * @param autoUpdate whether newer images redeploy
 * @param autoUpdateAllServices whether an update redeploys every service, not only the updated ones
 * @param autoUpdateSkipServices services never auto-updated
 * @param destroyBeforeDeploy whether the stack is taken down before each deploy
 * @param skipSecretInterp whether {@code [[VARIABLE]]} interpolation is skipped
 * @param linkedRepo a Komodo repo holding the compose files
 * @param gitProvider the git provider's domain
 * @param gitHttps whether to clone over HTTPS
 * @param gitAccount the account to clone with
 * @param repo the repository, {@code namespace/name}
 * @param branch the branch
 * @param commit a commit to pin
 * @param clonePath where to clone
 * @param reclone whether to clone afresh each time
 * @param webhookEnabled whether the git webhook is accepted
 * @param webhookSecret the git webhook's secret
 * @param webhookForceDeploy whether the webhook deploys even when nothing changed
 * @param filesOnHost whether the compose files are on the server already
 * @param runDirectory the directory compose runs in
 * @param filePaths the compose files; empty means {@code compose.yaml}
 * @param envFilePath the env file written from {@code environment}
 * @param additionalEnvFiles further env files
 * @param configFiles config files the stack depends on
 * @param sendAlerts whether state changes are alerted
 * @param registryProvider the registry to log in to
 * @param registryAccount the registry account
 * @param preDeploy a command run before each deploy
 * @param postDeploy a command run after each deploy
 * @param extraArgs further {@code compose up} arguments
 * @param buildExtraArgs further {@code compose build} arguments
 * @param composeCmdWrapper a wrapper around the compose command, with {@code [[COMPOSE_COMMAND]]}
 * @param composeCmdWrapperInclude the compose subcommands the wrapper applies to
 * @param ignoreServices services left out of the stack's state
 * @param fileContents the compose file, for stacks defined in Komodo
 * @param environment environment variables, {@code KEY = value} per line
 */
public record StackConfig(
        @Alias("swarm") @ExportKey("swarm") @Reference("swarm") String swarmId,
        @Alias("server") @ExportKey("server") @Reference("server") @RedeployTrigger String serverId,
        @StringList List<String> links,
        @RedeployTrigger String projectName,
        @Default("true") boolean autoPull,
        boolean runBuild,
        boolean pollForUpdates,
        boolean autoUpdate,
        boolean autoUpdateAllServices,
        @StringList List<String> autoUpdateSkipServices,
        boolean destroyBeforeDeploy,
        @RedeployTrigger boolean skipSecretInterp,
        @Reference("repo") @RedeployTrigger String linkedRepo,
        @Default("github.com") String gitProvider,
        @Default("true") boolean gitHttps,
        String gitAccount,
        @RedeployTrigger String repo,
        @Default("main") @RedeployTrigger String branch,
        @RedeployTrigger String commit,
        String clonePath,
        boolean reclone,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret,
        boolean webhookForceDeploy,
        boolean filesOnHost,
        @RedeployTrigger String runDirectory,
        @StringList @RedeployTrigger List<String> filePaths,
        @Default(".env") @RedeployTrigger String envFilePath,
        @RedeployTrigger List<AdditionalEnvFile> additionalEnvFiles,
        List<StackFileDependency> configFiles,
        @Default("true") boolean sendAlerts,
        String registryProvider,
        String registryAccount,
        SystemCommand preDeploy,
        SystemCommand postDeploy,
        @StringList @RedeployTrigger @Interpolated List<String> extraArgs,
        @StringList @Interpolated List<String> buildExtraArgs,
        @RedeployTrigger @Interpolated String composeCmdWrapper,
        @StringList List<String> composeCmdWrapperInclude,
        @StringList List<String> ignoreServices,
        @FileText @RedeployTrigger @Interpolated String fileContents,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = " = ") @RedeployTrigger @Interpolated
                String environment) {

    /** Copies the lists. */
    public StackConfig {
        links = List.copyOf(links);
        autoUpdateSkipServices = List.copyOf(autoUpdateSkipServices);
        filePaths = List.copyOf(filePaths);
        additionalEnvFiles = List.copyOf(additionalEnvFiles);
        configFiles = List.copyOf(configFiles);
        extraArgs = List.copyOf(extraArgs);
        buildExtraArgs = List.copyOf(buildExtraArgs);
        composeCmdWrapperInclude = List.copyOf(composeCmdWrapperInclude);
        ignoreServices = List.copyOf(ignoreServices);
    }
}
