package dev.komodosync.model.config;

import dev.komodosync.model.Version;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.Union;

/**
 * What a deployment runs (behaviour §2.3): an image by reference, or the image of a Komodo build.
 * Written {@code image = { type = "Image", params = { image = "nginx" } }}.
 */
@Union(defaultVariant = "Image")
public sealed interface DeploymentImage
        permits DeploymentImage.Image,
                DeploymentImage.Build {

    /**
     * Any docker image.
     *
     * @param image the image reference, from any registry the server can reach
     */
    record Image(String image) implements DeploymentImage {}

    /**
     * The image a Komodo build produces.
     *
     * @param buildId the build (by name in declarations, by id when stored)
     * @param version the version to run; {@code 0.0.0} runs the latest
     */
    record Build(
            @Alias("build") @ExportKey("build") @Reference("build") String buildId,
            Version version) implements DeploymentImage {}
}
