package dev.komodosync.cli;

import dev.komodosync.source.internal.QuietSystemConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;

/**
 * A bare repository on disk and a working clone to commit and push from, all with JGit — the
 * remote the tests read. Branches are pushed to the bare repository; {@link #url()} is its
 * {@code file://} address.
 */
final class GitRemote implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com",
            Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final Path bare;
    private final Git work;
    private int commits;

    private GitRemote(Path bare, Git work) {
        this.bare = bare;
        this.work = work;
    }

    /** A new empty remote under {@code folder}. */
    public static GitRemote create(Path folder) throws GitAPIException, IOException {
        QuietSystemConfig.install();
        Path bare = folder.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Git work = Git.init().setDirectory(folder.resolve("work").toFile()).setInitialBranch("main").call();
        return new GitRemote(bare, work);
    }

    /** The bare repository. */
    public Path bare() {
        return bare;
    }

    /** The bare repository's {@code file://} address. */
    public String url() {
        return bare.toUri().toString();
    }

    /**
     * Writes {@code files} (path → text; a {@code null} text deletes the file) in the working
     * clone on {@code branch} (created from the current commit when new), commits and pushes.
     */
    public RevCommit commit(String branch, String message, Map<String, String> files) throws IOException, GitAPIException {
        checkout(branch);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = work.getRepository().getWorkTree().toPath().resolve(file.getKey());
            if (file.getValue() == null) {
                Files.deleteIfExists(path);
                work.rm().addFilepattern(file.getKey()).call();
            } else {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                work.add().addFilepattern(file.getKey()).call();
            }
        }
        PersonIdent when = new PersonIdent(AUTHOR, AUTHOR.getWhenAsInstant().plusSeconds(++commits));
        RevCommit commit = work.commit().setMessage(message).setAuthor(when).setCommitter(when).setSign(false).call();
        push(branch, false);
        return commit;
    }

    /** Moves {@code branch} back one commit and pushes it with force (the old tip is gone from the branch). */
    public void dropLastCommit(String branch) throws GitAPIException, IOException {
        checkout(branch);
        work.reset().setMode(ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
        push(branch, true);
    }

    /** Deletes {@code branch} from the remote. */
    public void deleteBranch(String branch) throws GitAPIException {
        work.push().setRemote(url()).setRefSpecs(new RefSpec(":refs/heads/" + branch)).call();
    }

    /** Pushes {@code branch}, with force when asked. */
    public void push(String branch, boolean force) throws GitAPIException {
        work.push().setRemote(url()).setRefSpecs(new RefSpec((force ? "+" : "") + "refs/heads/" + branch
                + ":refs/heads/" + branch)).call();
    }

    private void checkout(String branch) throws GitAPIException, IOException {
        if (work.getRepository().resolve("HEAD") == null) {
            return; // no commit yet: the first commit makes the initial branch
        }
        boolean exists = work.getRepository().findRef("refs/heads/" + branch) != null;
        work.checkout().setName(branch).setCreateBranch(!exists).call();
    }

    @Override
    public void close() {
        work.close();
    }
}
