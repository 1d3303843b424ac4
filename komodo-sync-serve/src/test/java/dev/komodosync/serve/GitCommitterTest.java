package dev.komodosync.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Secret;
import dev.komodosync.source.GitRemote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Managed mode: what exists in the emulator is written back, committed and pushed to the bare repository. */
class GitCommitterTest {

    @TempDir
    Path folder;

    private KomodoEmulator core;
    private GitRemote remote;
    private KomodoClient client;

    @BeforeEach
    void start() throws Exception {
        core = KomodoEmulator.builder().port(0).build().start();
        remote = GitRemote.create(folder.resolve("git"));
        client = KomodoClient.builder(core.url()).apiKey(core.adminKey()).apiSecret(Secret.of(core.adminSecret())).build();
    }

    @AfterEach
    void stop() {
        remote.close();
        core.close();
    }

    private SyncCommitter committer() {
        return SyncCommitter.git(SnapshotSource.of(client), folder.resolve("work"));
    }

    @Test
    void commitOfAManagedSyncLandsInTheBareRepository() throws Exception {
        RevCommit before = remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        client.write("CreateServer", new ObjectMapper().readTree(
                "{\"name\":\"edge-9\",\"config\":{\"address\":\"https://127.0.0.1:8129\"}}"));
        SyncDefinition sync = Fixture.sync("homelab", "managed = true", remote, folder.resolve("cache"));

        CommitOutcome outcome = committer().commit(sync, new CommitRequest("Ops Bot", "ops@example.com",
                "Commit what exists"));

        assertThat(outcome.commit()).isPresent();
        try (Git bare = Git.open(remote.bare().toFile())) {
            Repository repository = bare.getRepository();
            ObjectId tip = repository.resolve("refs/heads/main");
            assertThat(tip.getName()).isEqualTo(outcome.commit().get());
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(tip);
                assertThat(commit.getFullMessage()).isEqualTo("Commit what exists");
                assertThat(commit.getAuthorIdent().getName()).isEqualTo("Ops Bot");
                assertThat(commit.getAuthorIdent().getEmailAddress()).isEqualTo("ops@example.com");
                assertThat(commit.getParent(0).getName()).isEqualTo(before.getName());
                String files = allText(repository, commit);
                assertThat(files).contains("edge-9").doesNotContain("edge-1");
            }
        }
        assertThat(outcome.files()).isNotEmpty().allSatisfy(file -> assertThat(file).startsWith("sync/"));
    }

    @Test
    void aSecondCommitFindsNothingToCommit() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        SyncDefinition sync = Fixture.sync("homelab", "managed = true", remote, folder.resolve("cache"));
        CommitRequest request = new CommitRequest("Ops Bot", "ops@example.com", "Commit");

        assertThat(committer().commit(sync, request).commit()).isPresent();
        assertThat(committer().commit(sync, request)).isEqualTo(new CommitOutcome(Optional.empty(),
                java.util.List.of()));
    }

    @Test
    void aSyncThatIsNotManagedIsRefused() throws Exception {
        remote.commit("main", "one server", Fixture.files(Fixture.ONE_SERVER));
        SyncDefinition sync = Fixture.sync("homelab", "", remote, folder.resolve("cache"));

        assertThatThrownBy(() -> committer().commit(sync, CommitRequest.defaults("homelab")))
                .hasMessageContaining("is not managed");
    }

    private static String allText(Repository repository, RevCommit commit) throws Exception {
        StringBuilder text = new StringBuilder();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                text.append(walk.getPathString()).append('\n')
                        .append(new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void aFailedCloneNamesTheSyncButNotTheCredentials() throws Exception {
        SyncDefinition declared = Fixture.sync("homelab", "managed = true", remote, folder.resolve("cache"));
        dev.komodosync.source.GitSource git = (dev.komodosync.source.GitSource) declared.source();
        String missing = "file://user:tok-SECRET-123@" + folder.resolve("missing.git").toAbsolutePath();
        SyncDefinition sync = declared.withSource(new dev.komodosync.source.GitSource(missing, git.branch(),
                git.commit(), git.resourcePaths(), dev.komodosync.source.GitOptions.builder()
                        .cacheDirectory(folder.resolve("cache")).credentials(dev.komodosync.source.GitCredentials.token(
                                Secret.of("tok-SECRET-123"))).build()));

        assertThatThrownBy(() -> committer().commit(sync, CommitRequest.defaults("homelab")))
                .hasMessageContaining("resource sync 'homelab': git failed")
                .hasMessageNotContaining("tok-SECRET-123");
    }
}
