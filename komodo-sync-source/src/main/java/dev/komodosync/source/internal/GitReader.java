package dev.komodosync.source.internal;

import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.source.GitCredentials;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.URIish;

/**
 * Reads a git source: takes its cache entry's lock, fetches, picks the branch's tip or
 * the pinned commit (which must be on the branch), and reads the files from that commit. Not API:
 * {@code GitSource.read} calls it.
 */
public final class GitReader {

    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{4,64}");

    private GitReader() {}

    /** What to read: a git source's parts (a {@code GitSource}, which this class does not know). */
    public record Request(String url, String branch, Optional<String> commit, List<String> resourcePaths,
            GitOptions options) {}

    /** The files {@code source} names. */
    public static SourceFiles.InMemory read(Request source) throws SourceException {
        return readFetched(source).files();
    }

    /** The files of {@code source} and what its fetch did (for tests). */
    @SuppressWarnings("try") // the lock is held for the whole body; it is never read
    static Read readFetched(Request source) throws SourceException {
        QuietSystemConfig.install();
        Redactor redactor = new Redactor(secrets(source));
        String url = Redactor.withoutUserInfo(source.url());
        String subject = "repo " + url + " (branch '" + source.branch() + "')";
        if (source.commit().isPresent() && !HASH.matcher(source.commit().get()).matches()) {
            throw new SourceException(subject + ": commit '" + source.commit().get()
                    + "' is not a commit hash (4 to 64 hexadecimal digits)");
        }
        CacheEntry entry = CacheEntry.of(source.options().cacheDirectory(), url, source.branch(),
                source.commit().orElse("latest"));
        try (CacheEntry.Held held = lock(entry, source, subject)) {
            GitFetcher fetcher = new GitFetcher(source, redactor, subject);
            try {
                return readCommit(fetcher.fetch(entry), source, url, subject);
            } catch (MissingObjectException broken) {
                // The clone lost objects its refs need (a disk cleaned half-way): clone it again, once.
                entry.wipe();
                return readCommit(fetcher.fetch(entry), source, url, subject);
            }
        } catch (IOException e) {
            throw new SourceException(subject + ": cannot use the cache " + entry.folder() + " ("
                    + redactor.messages(e) + ")", redactor.scrubbedCopy(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(subject + ": interrupted while waiting for the cache " + entry.folder());
        }
    }

    private static Read readCommit(GitFetcher.Fetched fetched, Request source, String url, String subject)
            throws IOException, SourceException {
        try (Repository repository = fetched.repository(); RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = pick(repository, walk, source, subject);
            TreeFiles tree = TreeFiles.read(repository, commit, source.resourcePaths(), "repo " + url);
            SourceOrigin origin = SourceOrigin.git(url, source.branch(), commit.name(), commit.getShortMessage());
            return new Read(new SourceFiles.InMemory(tree.files(), tree.diagnostics(), origin), fetched.outcome());
        }
    }

    /** Files read, and what the fetch did. */
    record Read(SourceFiles.InMemory files, GitFetcher.Outcome outcome) {}

    private static CacheEntry.Held lock(CacheEntry entry, Request source, String subject)
            throws IOException, InterruptedException, SourceException {
        CacheEntry.Held held = entry.lock(source.options().lockTimeout());
        if (held == null) {
            throw new SourceException(subject + ": the cache " + entry.folder() + " stayed in use by another process for "
                    + source.options().lockTimeout().toSeconds() + " s; try again, or give another cache directory");
        }
        return held;
    }

    private static RevCommit pick(Repository repository, RevWalk walk, Request source, String subject)
            throws IOException, SourceException {
        ObjectId tip = repository.resolve(GitFetcher.trackingRef(source.branch()));
        if (tip == null) {
            throw new SourceException("branch '" + source.branch() + "' does not exist in "
                    + subject.substring(0, subject.indexOf(" (")) + ": it was deleted, or never pushed");
        }
        RevCommit head = walk.parseCommit(tip);
        if (source.commit().isEmpty()) {
            return head;
        }
        String wanted = source.commit().get();
        ObjectId id;
        try {
            id = repository.resolve(wanted);
        } catch (AmbiguousObjectException ambiguous) {
            throw new SourceException(subject + ": commit " + wanted + " is ambiguous; give more of its hash");
        }
        // A full hash resolves whether or not the object is there: ask the object database.
        if (id == null || !repository.getObjectDatabase().has(id)) {
            throw new SourceException(subject + ": commit " + wanted
                    + " is not in the repository; it was never pushed, or a force-push removed it");
        }
        RevCommit pinned;
        try {
            pinned = walk.parseCommit(id);
        } catch (IncorrectObjectTypeException notCommit) {
            throw new SourceException(subject + ": " + wanted + " is not a commit");
        }
        if (!walk.isMergedInto(pinned, head)) {
            throw new SourceException(subject + ": commit " + wanted
                    + " is not on the branch (any more: was it force-pushed?); pin a commit of the branch");
        }
        return pinned;
    }

    private static List<String> secrets(Request source) {
        List<String> secrets = new ArrayList<>();
        if (source.options().credentials() instanceof GitCredentials.Token token) {
            secrets.add(token.token().reveal());
        }
        if (source.options().credentials() instanceof GitCredentials.SshKey key) {
            secrets.add(key.passphrase().reveal());
        }
        try {
            URIish uri = new URIish(source.url());
            if (uri.getPass() != null) {
                secrets.add(uri.getPass());
            }
        } catch (URISyntaxException notAUri) {
            // no user information to remove beyond what withoutUserInfo removes
        }
        return secrets;
    }
}
