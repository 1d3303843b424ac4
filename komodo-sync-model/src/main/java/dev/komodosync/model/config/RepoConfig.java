package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A repo's configuration (behaviour §2.6): a git repository cloned onto a server or builder.
 *
 * @param serverId the server to clone onto
 * @param builderId the builder to clone onto
 * @param gitProvider the git provider's domain
 * @param gitHttps whether to clone over HTTPS
 * @param gitAccount the account to clone with
 * @param repo the repository, {@code namespace/name}
 * @param branch the branch
 * @param commit a commit to pin
 * @param path the clone folder
 * @param webhookEnabled whether the git webhook is accepted
 * @param webhookSecret the git webhook's secret
 * @param onClone a command run after each clone
 * @param onPull a command run after each pull
 * @param links quick links shown in the UI
 * @param environment variables written to the env file, {@code KEY = value} per line
 * @param envFilePath the env file
 * @param skipSecretInterp whether {@code [[VARIABLE]]} interpolation is skipped
 */
public record RepoConfig(
        @Alias("server") @ExportKey("server") @Reference("server") String serverId,
        @Alias("builder") @ExportKey("builder") @Reference("builder") String builderId,
        @Default("github.com") String gitProvider,
        @Default("true") boolean gitHttps,
        String gitAccount,
        String repo,
        @Default("main") String branch,
        String commit,
        String path,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret,
        SystemCommand onClone,
        SystemCommand onPull,
        @StringList List<String> links,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = " = ") @Interpolated String environment,
        @Default(".env") String envFilePath,
        boolean skipSecretInterp) {

    /** Copies the list. */
    public RepoConfig {
        links = List.copyOf(links);
    }
}
