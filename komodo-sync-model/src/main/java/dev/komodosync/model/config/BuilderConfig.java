package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.ExportKey;
import dev.komodosync.model.meta.Reference;
import dev.komodosync.model.meta.StringList;
import dev.komodosync.model.meta.Union;
import java.util.List;

/**
 * A builder's configuration (behaviour §2.7): where builds run. Written
 * {@code config = { type = "Aws", params = { ... } }}; {@code params} is required even when empty.
 *
 * <p>A builder declared without a {@code config} is a {@code Url} builder with default params,
 * though Komodo's stored default is {@code Aws}: the declaration's default is the one modelled.
 */
@Union(defaultVariant = "Url")
public sealed interface BuilderConfig
        permits BuilderConfig.Url,
                BuilderConfig.Server,
                BuilderConfig.Aws {

    /**
     * A Periphery agent reached at an address.
     *
     * @param address the agent's address
     * @param peripheryPublicKey the agent's public key
     * @param insecureTls whether to skip TLS certificate validation
     * @param passkey the deprecated shared passkey
     */
    record Url(
            @Default("https://periphery:8120") String address,
            String peripheryPublicKey,
            @Default("true") boolean insecureTls,
            Secret passkey) implements BuilderConfig {}

    /**
     * One or more Komodo servers, used in order as builds overflow.
     *
     * @param serverIds the servers (by name in declarations, by id when stored)
     */
    record Server(
            @Alias({"server_id", "server", "servers"}) @ExportKey("servers") @StringList @Reference("server")
                    List<String> serverIds) implements BuilderConfig {

        /** Copies the list. */
        public Server {
            serverIds = List.copyOf(serverIds);
        }
    }

    /**
     * An AWS instance launched for each build.
     *
     * @param region the AWS region
     * @param instanceType the EC2 instance type
     * @param volumeGb the root volume size
     * @param amiId the image to launch
     * @param subnetId the subnet to launch in
     * @param keyPairName the key pair to attach
     * @param assignPublicIp whether to assign a public IP
     * @param usePublicIp whether Core reaches the instance by its public IP
     * @param securityGroupIds the security groups to attach
     * @param userData the instance's user data
     * @param port the Periphery port on the instance
     * @param useHttps whether to reach Periphery over HTTPS
     * @param peripheryPublicKey the agent's public key
     * @param insecureTls whether to skip TLS certificate validation
     * @param gitProviders the git providers available on the instance
     * @param imageRegistries the image registries available on the instance (no alias for the
     *     pre-2.3.0 {@code docker_registries}, as in Komodo)
     * @param secrets the secrets available on the instance
     */
    record Aws(
            @Default("us-east-1") String region,
            @Default("c5.2xlarge") String instanceType,
            @Default("20") int volumeGb,
            String amiId,
            String subnetId,
            String keyPairName,
            boolean assignPublicIp,
            boolean usePublicIp,
            @StringList List<String> securityGroupIds,
            String userData,
            @Default("8120") int port,
            @Default("true") boolean useHttps,
            String peripheryPublicKey,
            @Default("true") boolean insecureTls,
            List<GitProvider> gitProviders,
            List<ImageRegistry> imageRegistries,
            @StringList List<String> secrets) implements BuilderConfig {

        /** Copies the lists. */
        public Aws {
            securityGroupIds = List.copyOf(securityGroupIds);
            gitProviders = List.copyOf(gitProviders);
            imageRegistries = List.copyOf(imageRegistries);
            secrets = List.copyOf(secrets);
        }
    }
}
