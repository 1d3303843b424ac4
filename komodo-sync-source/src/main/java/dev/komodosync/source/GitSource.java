package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.source.internal.GitReader;
import dev.komodosync.source.internal.Redactor;
import java.util.List;
import java.util.Optional;

/**
 * A git repository: a branch, or a commit of it, read with JGit. The first read clones the
 * branch into the cache of {@link GitOptions#cacheDirectory()} (a shallow fetch of its tip), each
 * later read fetches it; a pinned commit must be reachable from the branch. Files are read from
 * the commit itself, never from a working tree, and named in diagnostics by their path in the
 * repository.
 *
 * <pre>{@code
 * GitSource source = GitSource.of("file:///srv/git/sync.git").withBranch("prod").withResourcePaths(List.of("sync"));
 * }</pre>
 *
 * @param url the repository's address ({@code https://}, {@code http://}, {@code ssh://}, {@code file://} or a path)
 * @param branch the branch
 * @param commit a commit to read instead of the branch's tip (a full or abbreviated hash)
 * @param resourcePaths the files and folders to read, relative to the repository's root ({@code .}: all of it)
 * @param options the cache, credentials and time limits
 */
public record GitSource(String url, String branch, Optional<String> commit, List<String> resourcePaths, GitOptions options)
        implements SyncSource {

    /** Checks and copies the arguments. */
    public GitSource {
        requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("a git source needs a repository url");
        }
        requireNonNull(branch, "branch");
        if (branch.isBlank()) {
            throw new IllegalArgumentException("a git source needs a branch: " + Redactor.withoutUserInfo(url));
        }
        commit = requireNonNull(commit, "commit").filter(c -> !c.isBlank());
        resourcePaths = List.copyOf(resourcePaths);
        requireNonNull(options, "options");
    }

    /** The repository at {@code url}: branch {@code main}, its tip, the whole tree, {@link GitOptions#defaults()}. */
    public static GitSource of(String url) {
        return new GitSource(url, "main", Optional.empty(), List.of("."), GitOptions.defaults());
    }

    /** This source on {@code value}. */
    public GitSource withBranch(String value) {
        return new GitSource(url, value, commit, resourcePaths, options);
    }

    /** This source pinned to commit {@code value} (empty: the branch's tip). */
    public GitSource withCommit(String value) {
        return new GitSource(url, branch, Optional.of(value), resourcePaths, options);
    }

    /** This source reading {@code value}. */
    public GitSource withResourcePaths(List<String> value) {
        return new GitSource(url, branch, commit, value, options);
    }

    /** This source with {@code value}. */
    public GitSource withOptions(GitOptions value) {
        return new GitSource(url, branch, commit, resourcePaths, value);
    }

    @Override
    public SourceFiles read() throws SourceException {
        return GitReader.read(new GitReader.Request(url, branch, commit, resourcePaths, options));
    }

    /** The source without its credentials: the url without user information, and the options masked. */
    @Override
    public String toString() {
        return "GitSource[url=" + Redactor.withoutUserInfo(url) + ", branch=" + branch + ", commit=" + commit
                + ", resourcePaths=" + resourcePaths + ", options=" + options + "]";
    }
}
