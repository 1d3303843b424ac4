package dev.komodosync.source.internal;

import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.source.GitCredentials;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The source a declared Resource Sync describes (behaviour §1.8), as a description that
 * {@code SyncSource.of} turns into a source. Not API.
 */
public final class DeclaredSource {

    /** Where a declared sync's files are. */
    public sealed interface Described {}

    /** A folder on the host, with the sync's {@code resource_path}. */
    public record Folder(Path root, List<String> resourcePaths) implements Described {}

    /** A git repository. */
    public record Git(String url, String branch, Optional<String> commit, List<String> resourcePaths, GitOptions options)
            implements Described {}

    /** Contents defined in Komodo's UI. */
    public record Inline(String name, String contents) implements Described {}

    /** How Komodo names the inline contents of a sync defined in its UI. */
    static final String INLINE_NAME = "database file";

    private DeclaredSource() {}

    /** The source of sync {@code name}, in Komodo's precedence: files on host, linked repo, repo, contents. */
    public static Described resolve(String name, ResourceSyncConfig config, SourceSettings settings) throws SourceException {
        try {
            return resolveChecked(name, config, settings);
        } catch (IllegalArgumentException invalid) {
            throw new SourceException("resource sync '" + name + "': " + invalid.getMessage());
        }
    }

    private static Described resolveChecked(String name, ResourceSyncConfig config, SourceSettings settings)
            throws SourceException {
        if (config.filesOnHost()) {
            return new Folder(settings.syncDirectory().resolve(pathCompatible(name)), config.resourcePath());
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
                    settings.git(), config.resourcePath());
        }
        if (!config.repo().isEmpty()) {
            return git(config.gitProvider(), config.gitHttps(), config.repo(), config.branch(), config.commit(),
                    config.gitAccount(), settings.git(), config.resourcePath());
        }
        return new Inline(INLINE_NAME, config.fileContents());
    }

    /** Komodo's {@code to_path_compatible_name}: trimmed, spaces and newlines as {@code _}. */
    static String pathCompatible(String name) {
        return name.trim().replace(' ', '_').replace('\n', '_');
    }

    /** Komodo's remote address: {@code https://<provider>/<repo>.git} ({@code http} without {@code git_https}). */
    static String url(String provider, boolean https, String repo) {
        return (https ? "https" : "http") + "://" + provider + "/" + repo + ".git";
    }

    private static Git git(String provider, boolean https, String repo, String branch, String commit,
            String account, GitOptions options, List<String> resourcePaths) {
        GitOptions effective = options;
        // git_account names the account; a token given without a user name is sent as that account's.
        if (!account.isEmpty() && options.credentials() instanceof GitCredentials.Token token && token.username().isEmpty()) {
            effective = GitOptions.builder().cacheDirectory(options.cacheDirectory()).timeout(options.timeout())
                    .lockTimeout(options.lockTimeout()).credentials(GitCredentials.token(account, token.token())).build();
        }
        return new Git(url(provider, https, repo), branch, commit.isBlank() ? Optional.empty() : Optional.of(commit),
                resourcePaths, effective);
    }
}
