package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.ItemOrList;
import dev.komodosync.model.meta.KeepExistingWhenDefault;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A build's configuration (behaviour §2.5): an image built from a repository.
 *
 * @param builderId the builder to build on
 * @param version the version; declaring {@code 0.0.0} or leaving it out never resets the stored one
 * @param autoIncrementVersion whether each build increments the patch version
 * @param imageName the image name; empty means the build's name
 * @param imageTag a suffix of every tag
 * @param includeLatestTag whether {@code latest} is tagged
 * @param includeVersionTags whether version tags are tagged
 * @param includeCommitTag whether the commit hash is tagged
 * @param links quick links shown in the UI
 * @param linkedRepo a Komodo repo to build from
 * @param gitProvider the git provider's domain
 * @param gitHttps whether to clone over HTTPS
 * @param gitAccount the account to clone with
 * @param repo the repository, {@code namespace/name}
 * @param branch the branch
 * @param commit a commit to pin
 * @param webhookEnabled whether the git webhook is accepted
 * @param webhookSecret the git webhook's secret
 * @param filesOnHost whether the build context is on the builder already
 * @param buildPath the build context, relative to the repository
 * @param dockerfilePath the Dockerfile, relative to the build context
 * @param imageRegistry where the image is pushed; a single table is accepted
 * @param skipSecretInterp whether {@code [[VARIABLE]]} interpolation is skipped
 * @param useBuildx whether {@code docker buildx} builds
 * @param extraArgs further {@code docker build} arguments
 * @param preBuild a command run before the build
 * @param dockerfile a Dockerfile written in Komodo
 * @param buildArgs build arguments, {@code KEY = value} per line
 * @param secretArgs secret build arguments, {@code KEY = value} per line
 * @param labels docker labels, {@code key: value} per line
 */
public record BuildConfig(
        @Alias("builder") @ExportKey("builder") @Reference("builder") String builderId,
        @KeepExistingWhenDefault Version version,
        @Default("true") boolean autoIncrementVersion,
        String imageName,
        String imageTag,
        @Default("true") boolean includeLatestTag,
        @Default("true") boolean includeVersionTags,
        @Default("true") boolean includeCommitTag,
        @StringList List<String> links,
        @Reference("repo") String linkedRepo,
        @Default("github.com") String gitProvider,
        @Default("true") boolean gitHttps,
        String gitAccount,
        String repo,
        @Default("main") String branch,
        String commit,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret,
        boolean filesOnHost,
        @Default(".") String buildPath,
        @Default("Dockerfile") String dockerfilePath,
        @ItemOrList List<ImageRegistryConfig> imageRegistry,
        boolean skipSecretInterp,
        boolean useBuildx,
        @StringList @Interpolated List<String> extraArgs,
        SystemCommand preBuild,
        @Interpolated String dockerfile,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = " = ", validated = true) @Interpolated String buildArgs,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = " = ", validated = true) @Interpolated Secret secretArgs,
        @KeyValueText(arrayKeys = {"variable", "value"}, separator = ": ") @Interpolated String labels) {

    /** Copies the lists. */
    public BuildConfig {
        links = List.copyOf(links);
        imageRegistry = List.copyOf(imageRegistry);
        extraArgs = List.copyOf(extraArgs);
    }
}
