package dev.komodosync.serve.internal;

import dev.komodosync.diff.export.ExportOptions;
import dev.komodosync.diff.export.WriteBack;
import dev.komodosync.diff.export.WriteBackOptions;
import dev.komodosync.diff.export.WriteBackResult;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.serve.CommitOutcome;
import dev.komodosync.serve.CommitRequest;
import dev.komodosync.serve.SnapshotSource;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.source.GitCredentials;
import dev.komodosync.source.GitSource;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Managed mode for a git source (behaviour §3.2): clones the sync's branch into a fresh folder,
 * writes what exists back into the files of its first {@code resource_path} entry ({@link
 * WriteBack}: in place, refused unless the result plans empty), commits what changed with the
 * given author and message, and pushes — never with force, so a remote that moved on rejects it.
 * "Nothing to commit" is an outcome, not an error. Https tokens are supported; ssh keys are not yet.
 */
public final class GitCommitter {

    private static final String TOKEN_USER = "x-access-token";

    private final SnapshotSource snapshots;
    private final Path workRoot;

    /** A committer reading what exists from {@code snapshots}, cloning under {@code workRoot}. */
    public GitCommitter(SnapshotSource snapshots, Path workRoot) {
        this.snapshots = snapshots;
        this.workRoot = workRoot;
    }

    /** Writes what exists back into the sync's files, then commits and pushes them. */
    public CommitOutcome commit(SyncDefinition sync, CommitRequest request) throws Exception {
        try {
            return commitChecked(sync, request);
        } catch (GitAPIException | org.eclipse.jgit.errors.TransportException failed) {
            // JGit's messages may name the remote with its user information, or echo what was sent.
            throw new IllegalStateException("resource sync '" + sync.name() + "': git failed: "
                    + scrub(String.valueOf(failed.getMessage()), sync));
        }
    }

    private static String scrub(String message, SyncDefinition sync) {
        String text = message.replaceAll("://[^/@\\s]+@", "://");
        if (sync.source() instanceof GitSource git && git.options().credentials() instanceof GitCredentials.Token token
                && !token.token().isEmpty()) {
            text = text.replace(token.token().reveal(), dev.komodosync.model.Secret.MASK);
        }
        return text.lines().findFirst().orElse(text);
    }

    private CommitOutcome commitChecked(SyncDefinition sync, CommitRequest request) throws Exception {
        ResourceSyncConfig config = sync.config();
        if (!config.managed()) {
            throw new IllegalStateException("resource sync '" + sync.name() + "' is not managed: set managed = true to"
                    + " commit what exists into its files");
        }
        if (!(sync.source() instanceof GitSource git)) {
            throw new IllegalStateException("resource sync '" + sync.name() + "' reads no git repository: only a git"
                    + " source can be committed to");
        }
        if (git.commit().isPresent()) {
            throw new IllegalStateException("resource sync '" + sync.name() + "' is pinned to commit "
                    + git.commit().get() + ": there is no branch tip to push to");
        }
        if (git.options().credentials() instanceof GitCredentials.SshKey) {
            throw new IllegalStateException("managed-mode commits over ssh are not supported yet; use https with a"
                    + " token");
        }
        Files.createDirectories(workRoot);
        Path folder = Files.createTempDirectory(workRoot, "commit-");
        try (Git repo = credentials(Git.cloneRepository(), git).setURI(git.url()).setBranch(git.branch())
                .setBranchesToClone(List.of("refs/heads/" + git.branch())).setDirectory(folder.toFile()).call()) {
            String first = git.resourcePaths().isEmpty() ? "." : git.resourcePaths().get(0);
            Path target = folder.resolve(first).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalStateException("resource_path '" + first + "' leaves the repository");
            }
            ExportOptions export = ExportOptions.builder().includeResources(config.includeResources())
                    .includeVariables(config.includeVariables()).includeUserGroups(config.includeUserGroups())
                    .matchTags(config.matchTags()).build();
            WriteBackResult result = WriteBack.prepare(target, snapshots.read(), WriteBackOptions.of(export));
            if (result.refused()) {
                throw new IllegalStateException("the write-back was refused: " + result.diagnostics().stream()
                        .filter(Diagnostic::isError).map(Diagnostic::message).limit(3).collect(Collectors.joining("; ")));
            }
            result.write();
            repo.add().addFilepattern(".").call();
            repo.add().setUpdate(true).addFilepattern(".").call();
            if (repo.status().call().isClean()) {
                return new CommitOutcome(Optional.empty(), List.of());
            }
            PersonIdent author = new PersonIdent(request.authorName(), request.authorEmail());
            RevCommit commit = repo.commit().setMessage(request.message()).setAuthor(author).setCommitter(author)
                    .setSign(false).call();
            String ref = "refs/heads/" + git.branch();
            Iterable<PushResult> pushed = credentials(repo.push(), git).setRemote("origin")
                    .setRefSpecs(new RefSpec(ref + ":" + ref)).call();
            for (PushResult push : pushed) {
                for (RemoteRefUpdate update : push.getRemoteUpdates()) {
                    if (update.getStatus() != RemoteRefUpdate.Status.OK
                            && update.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new IllegalStateException("the push of " + ref + " was rejected (" + update.getStatus()
                                + "); the branch moved on: refresh and commit again");
                    }
                }
            }
            List<String> files = result.files().stream()
                    .map(file -> folder.relativize(file.path().toAbsolutePath().normalize()).toString().replace('\\', '/'))
                    .sorted().toList();
            return new CommitOutcome(Optional.of(commit.getName()), files);
        } finally {
            delete(folder);
        }
    }

    private static <C extends TransportCommand<C, ?>> C credentials(C command, GitSource git) {
        if (git.options().credentials() instanceof GitCredentials.Token token) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(token.username().orElse(TOKEN_USER),
                    token.token().reveal()));
        }
        command.setTimeout((int) Math.max(1, git.options().timeout().toSeconds()));
        return command;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
