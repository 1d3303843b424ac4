package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Required;

/**
 * An account on a git provider or an image registry of an AWS builder (behaviour §2.7).
 *
 * @param username the account name; required
 * @param token the account's token; Komodo never returns it, so it never appears in a snapshot
 */
public record ProviderAccount(@Required @Alias("account") String username, Secret token) {}
