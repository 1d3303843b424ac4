package dev.komodosync.model.config;

/**
 * Where a build pushes its image (behaviour §2.5).
 *
 * @param domain the registry's domain; empty means the image is not pushed
 * @param account the account to push with
 * @param organization the organisation to push under; empty means none
 */
public record ImageRegistryConfig(String domain, String account, String organization) {}
