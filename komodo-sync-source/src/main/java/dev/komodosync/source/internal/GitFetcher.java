package dev.komodosync.source.internal;


import dev.komodosync.source.SourceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.Locale;
import org.eclipse.jgit.api.FetchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Brings a cache entry up to date with the remote branch: clones it when the entry is new or
 * broken, fetches it otherwise. The branch's tip is fetched shallow (depth 1); a pinned commit
 * needs the branch's history, so its entry is fetched whole. Failures become
 * {@link SourceException}s naming the repository and branch, scrubbed of credentials.
 */
final class GitFetcher {

    /** What a fetch did. */
    enum Outcome { CLONED, UPDATED, UNCHANGED }

    /** A fetched repository (to close) and what the fetch did. */
    record Fetched(Repository repository, Outcome outcome) {}

    private final GitReader.Request source;
    private final Redactor redactor;
    private final String subject;

    GitFetcher(GitReader.Request source, Redactor redactor, String subject) {
        this.source = source;
        this.redactor = redactor;
        this.subject = subject;
    }

    /** The ref the branch is fetched into. */
    static String trackingRef(String branch) {
        return "refs/remotes/origin/" + branch;
    }

    Fetched fetch(CacheEntry entry) throws SourceException, IOException {
        boolean reuse = entry.isComplete() && healthy(entry);
        if (!reuse) {
            entry.wipe();
        }
        try {
            return attempt(entry, reuse);
        } catch (BrokenClone broken) {
            // A clone that fails locally (missing or corrupt objects) is cloned again, once.
            entry.wipe();
            try {
                return attempt(entry, false);
            } catch (BrokenClone again) {
                throw new SourceException(subject + ": cannot clone into the cache " + entry.folder() + ": "
                        + redactor.messages(again.getCause()), redactor.scrubbedCopy(again.getCause()));
            }
        }
    }

    private Fetched attempt(CacheEntry entry, boolean reuse) throws SourceException, IOException, BrokenClone {
        Repository repository = reuse ? open(entry) : create(entry);
        boolean done = false;
        try {
            entry.markComplete(false);
            FetchCommand fetch = Git.wrap(repository).fetch()
                    .setRemote(source.url())
                    .setRefSpecs(new RefSpec("+refs/heads/" + source.branch() + ":" + trackingRef(source.branch())))
                    .setTagOpt(TagOpt.NO_TAGS)
                    .setTimeout((int) Math.max(1, (source.options().timeout().toMillis() + 999) / 1000));
            if (source.commit().isEmpty()) {
                fetch.setDepth(1);
            }
            FetchResult result;
            try (GitTransport transport = new GitTransport(source.options().credentials())) {
                transport.configure(fetch);
                result = fetch.call();
            } catch (GitAPIException | JGitInternalException failure) {
                if (reuse && !isRemoteFailure(failure)) {
                    throw new BrokenClone(failure);
                }
                throw classify(failure);
            }
            entry.markComplete(true);
            done = true;
            Outcome outcome = !reuse ? Outcome.CLONED
                    : result.getTrackingRefUpdates().stream().allMatch(u -> u.getResult() == RefUpdate.Result.NO_CHANGE)
                            ? Outcome.UNCHANGED : Outcome.UPDATED;
            return new Fetched(repository, outcome);
        } finally {
            if (!done) {
                repository.close();
            }
        }
    }

    private static boolean healthy(CacheEntry entry) {
        if (!Files.isRegularFile(entry.repository().resolve("HEAD"))
                || !Files.isDirectory(entry.repository().resolve("objects"))) {
            return false;
        }
        try (Repository repository = open(entry)) {
            return repository.getObjectDatabase().exists();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static Repository open(CacheEntry entry) throws IOException {
        return new FileRepositoryBuilder().setGitDir(entry.repository().toFile()).setMustExist(true).setBare().build();
    }

    private static Repository create(CacheEntry entry) throws IOException {
        Files.createDirectories(entry.repository());
        Repository repository = new FileRepositoryBuilder().setGitDir(entry.repository().toFile()).setBare().build();
        repository.create(true);
        // No automatic gc after a fetch, and none in a background thread: it would rewrite packs
        // (and hold gc.log.lock) after the cache's lock is released; a clone of one branch stays small.
        StoredConfig config = repository.getConfig();
        config.setInt("gc", null, "auto", 0);
        config.setInt("gc", null, "autoPackLimit", 0);
        config.setBoolean("gc", null, "autoDetach", false);
        config.save();
        return repository;
    }

    private static boolean isRemoteFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransportException) {
                return true;
            }
        }
        return false;
    }

    private SourceException classify(Throwable failure) {
        String detail = redactor.messages(failure);
        String lower = detail.toLowerCase(Locale.ROOT);
        Throwable cause = redactor.scrubbedCopy(failure);
        if (lower.contains("remote does not have")) {
            return new SourceException("branch '" + source.branch() + "' does not exist in repo "
                    + Redactor.withoutUserInfo(source.url()) + ": it was deleted, or never pushed", cause);
        }
        if (has(failure, NoRemoteRepositoryException.class) || lower.contains("not found")) {
            return new SourceException(subject + " was not found (" + detail
                    + "); check the url, and that the credentials may read it", cause);
        }
        if (lower.contains("not authorized") || lower.contains("authentication") || lower.contains("auth fail")
                || lower.contains("auth cancel") || lower.contains("no more authentication")) {
            return new SourceException(subject + ": authentication failed (" + detail
                    + "); check the token (--git-token-file or KOMODO_SYNC_GIT_TOKEN) or the ssh key", cause);
        }
        if (lower.contains("server key") || lower.contains("host key") || lower.contains("known_hosts")) {
            return new SourceException(subject + ": the server's host key was not accepted (" + detail
                    + "); add it to the known_hosts file", cause);
        }
        if (has(failure, UnknownHostException.class) || has(failure, ConnectException.class)
                || has(failure, NoRouteToHostException.class) || has(failure, SocketTimeoutException.class)
                || lower.contains("connection refused") || lower.contains("timed out") || lower.contains("unknownhost")) {
            return new SourceException(subject + " is unreachable (" + detail + ")", cause);
        }
        return new SourceException(subject + ": fetch failed (" + detail + ")", cause);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A failure of an existing clone that a fresh clone may not have. */
    private static final class BrokenClone extends Exception {
        private static final long serialVersionUID = 1L;

        BrokenClone(Throwable cause) {
            super(cause);
        }
    }
}
