package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import java.util.List;

/**
 * A git provider an AWS builder can clone from (behaviour §2.7).
 *
 * @param domain the provider's domain
 * @param https whether to clone over HTTPS
 * @param accounts the accounts on the provider; required
 */
public record GitProvider(
        @Default("github.com") String domain,
        @Default("true") boolean https,
        @Required @Alias("account") List<ProviderAccount> accounts) {

    /** Copies the list. */
    public GitProvider {
        accounts = List.copyOf(accounts);
    }
}
