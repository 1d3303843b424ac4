package dev.komodosync.source.internal;

import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.source.GitCredentials;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import dev.komodosync.source.SyncSource;

/** The source a declared Resource Sync describes (behaviour §1.8). Not API: {@code SyncSource.of} calls it. */
public final class DeclaredSource {

    /** How Komodo names the inline contents of a sync defined in its UI. */
    static final String INLINE_NAME = "database file";

    private DeclaredSource() {}

    /** The source of sync {@code name}, in Komodo's precedence: files on host, linked repo, repo, contents. */
    public static SyncSource resolve(String name, ResourceSyncConfig config, SourceSettings settings) throws SourceException {
        try {
            return resolveChecked(name, config, settings);
        } catch (IllegalArgumentException invalid) {
            throw new SourceException("resource sync '" + name + "': " + invalid.getMessage());
        }
    }

    private static SyncSource resolveChecked(String name, ResourceSyncConfig config, SourceSettings settings)
            throws SourceException {
        if (config.filesOnHost()) {
            return SyncSource.folder(settings.syncDirectory().resolve(pathCompatible(name)), config.resourcePath());
        }
        if (!config.linkedRepo().isEmpty()) {
            RepoConfig repo = settings.repo(config.linkedRepo()).orElseThrow(() -> new SourceException(
                    "resource sync '" + name + "': linked_repo '" + config.linkedRepo()
                            + "' is neither a declared nor an existing repo; declare it, or give the snapshot"
                            + " that holds it"));
            if (repo.repo().isEmpty()) {
                throw new SourceException("resource sync '" + name + "': its linked_repo '" + config.linkedRepo()
                        + "' names no repository (its repo is empty)");
            }
            return git(repo.gitProvider(), repo.gitHttps(), repo.repo(), repo.branch(), repo.commit(), repo.gitAccount(),
                    settings.git()).withResourcePaths(config.resourcePath());
        }
        if (!config.repo().isEmpty()) {
            return git(config.gitProvider(), config.gitHttps(), config.repo(), config.branch(), config.commit(),
                    config.gitAccount(), settings.git()).withResourcePaths(config.resourcePath());
        }
        return SyncSource.inline(INLINE_NAME, config.fileContents());
    }

    /** Komodo's {@code to_path_compatible_name}: trimmed, spaces and newlines as {@code _}. */
    static String pathCompatible(String name) {
        return name.trim().replace(' ', '_').replace('\n', '_');
    }

    /** Komodo's remote address: {@code https://<provider>/<repo>.git} ({@code http} without {@code git_https}). */
    static String url(String provider, boolean https, String repo) {
        return (https ? "https" : "http") + "://" + provider + "/" + repo + ".git";
    }

    private static GitSource git(String provider, boolean https, String repo, String branch, String commit,
            String account, GitOptions options) {
        GitOptions effective = options;
        // git_account names the account; a token given without a user name is sent as that account's.
        if (!account.isEmpty() && options.credentials() instanceof GitCredentials.Token token && token.username().isEmpty()) {
            effective = GitOptions.builder().cacheDirectory(options.cacheDirectory()).timeout(options.timeout())
                    .lockTimeout(options.lockTimeout()).credentials(GitCredentials.token(account, token.token())).build();
        }
        GitSource source = GitSource.of(url(provider, https, repo)).withBranch(branch).withOptions(effective);
        return commit.isBlank() ? source : source.withCommit(commit);
    }
}
