package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * An image registry an AWS builder can push to (behaviour §2.7).
 *
 * @param domain the registry's domain
 * @param accounts the accounts on the registry; required
 * @param organizations the organisations images may be pushed under
 */
public record ImageRegistry(
        @Default("docker.io") String domain,
        @Required @Alias("account") List<ProviderAccount> accounts,
        @Alias("organization") List<String> organizations) {

    /** Copies the lists. */
    public ImageRegistry {
        accounts = List.copyOf(accounts);
        organizations = List.copyOf(organizations);
    }
}
