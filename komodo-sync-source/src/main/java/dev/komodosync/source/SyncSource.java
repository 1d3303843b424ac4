package dev.komodosync.source;

import dev.komodosync.model.Resource;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.source.internal.DeclaredSource;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a sync's files come from (behaviour §1.8): a {@link HostFolder} on the host, a
 * {@link GitSource} repository, or {@link InlineSource} contents.
 *
 * <pre>{@code
 * SyncSource source = SyncSource.of("homelab", declaredSync.config(), SourceSettings.builder()
 *         .repos(declaration).git(GitOptions.builder().credentials(credentials).build()).build());
 * LoadResult files = source.load(SyncLoader.create());
 * }</pre>
 */
public sealed interface SyncSource permits HostFolder, GitSource, InlineSource {

    /**
     * Reads the files: for a git source, fetches the branch (or the pinned commit) first.
     *
     * @throws SourceException when the source cannot be read (the message names the repository
     *     and branch, never a credential); missing or skipped {@code resource_path} entries are
     *     diagnostics of the result instead
     */
    SourceFiles read() throws SourceException;

    /** Reads the files and loads them with {@code loader}; the result carries its {@link LoadResult#origin()}. */
    default LoadResult load(SyncLoader loader) throws SourceException {
        return read().load(loader);
    }

    /** The files and folders {@code resourcePaths} under {@code root} on the host. */
    static HostFolder folder(Path root, List<String> resourcePaths) {
        return new HostFolder(root, resourcePaths);
    }

    /** The repository at {@code url}: branch {@code main}, the whole tree, default options. */
    static GitSource git(String url) {
        return GitSource.of(url);
    }

    /** TOML given as text, named {@code name} in diagnostics. */
    static InlineSource inline(String name, String contents) {
        return new InlineSource(name, contents);
    }

    /**
     * The source a Resource Sync declares, as Komodo resolves it (behaviour §1.8), in this order:
     * {@code files_on_host} (the folder {@code syncDirectory/<name>}, spaces and newlines of the
     * name as {@code _}); a {@code linked_repo} (a repo declared or existing, given to the settings);
     * its own {@code repo} ({@code https://<git_provider>/<repo>.git}, {@code http} when
     * {@code git_https} is false; {@code branch}; a pinned {@code commit}; {@code git_account} as
     * the user name of the token in the settings); otherwise its {@code file_contents}, named
     * {@code database file} as Komodo names it. {@code resource_path} is used as given.
     *
     * @throws SourceException when {@code linked_repo} names a repo the settings do not know
     */
    static SyncSource of(String syncName, ResourceSyncConfig config, SourceSettings settings) throws SourceException {
        DeclaredSource.Described described = DeclaredSource.resolve(syncName, config, settings);
        try {
            if (described instanceof DeclaredSource.Folder folder) {
                return folder(folder.root(), folder.resourcePaths());
            }
            if (described instanceof DeclaredSource.Git git) {
                GitSource source = GitSource.of(git.url()).withBranch(git.branch()).withOptions(git.options())
                        .withResourcePaths(git.resourcePaths());
                return git.commit().map(source::withCommit).orElse(source);
            }
            DeclaredSource.Inline inline = (DeclaredSource.Inline) described;
            return inline(inline.name(), inline.contents());
        } catch (IllegalArgumentException invalid) {
            throw new SourceException("resource sync '" + syncName + "': " + invalid.getMessage());
        }
    }

    /** The source of a declared or existing Resource Sync; see {@link #of(String, ResourceSyncConfig, SourceSettings)}. */
    static SyncSource of(Resource<ResourceSyncConfig> sync, SourceSettings settings) throws SourceException {
        return of(sync.name(), sync.config(), settings);
    }
}
