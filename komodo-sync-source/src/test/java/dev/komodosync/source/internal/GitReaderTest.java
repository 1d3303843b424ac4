package dev.komodosync.source.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.parser.SourceText;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitRemote;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clone, fetch, force-push, pinned commits, deleted branches and the cache's repair, against bare repositories on disk. */
class GitReaderTest {

    @TempDir
    Path folder;

    private GitRemote remote;
    private GitOptions options;

    @BeforeEach
    void remote() throws Exception {
        remote = GitRemote.create(folder);
        options = GitOptions.builder().cacheDirectory(folder.resolve("cache")).build();
    }

    @AfterEach
    void close() {
        remote.close();
    }

    private GitSource source() {
        return GitSource.of(remote.url()).withOptions(options);
    }

    private static List<String> texts(GitReader.Read read) {
        return read.files().files().stream().map(f -> f.name() + "=" + f.text()).toList();
    }

    @Test
    void firstReadClonesTheBranchAndReadsItsTomlFilesFromTheCommit() throws Exception {
        RevCommit commit = remote.commit("main", "Add the servers\n\nbody", Map.of(
                "servers.toml", "[[server]]\nname = \"a\"\n", "sync/stacks.toml", "", "README.md", "# hi\n"));

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(read.outcome()).isEqualTo(GitFetcher.Outcome.CLONED);
        assertThat(texts(read)).containsExactly("servers.toml=[[server]]\nname = \"a\"\n", "sync/stacks.toml=");
        assertThat(read.files().origin().commit()).contains(commit.name());
        assertThat(read.files().origin().message()).contains("Add the servers");
        assertThat(read.files().origin().branch()).contains("main");
        assertThat(read.files().origin().location()).isEqualTo(remote.url());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(entryFolder()))).isEqualTo("rwx------");
    }

    @Test
    void aNewCommitIsFetched() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        GitReader.readFetched(request(source()));
        RevCommit second = remote.commit("main", "two", Map.of("a.toml", "# two\n"));

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(read.outcome()).isEqualTo(GitFetcher.Outcome.UPDATED);
        assertThat(texts(read)).containsExactly("a.toml=# two\n");
        assertThat(read.files().origin().commit()).contains(second.name());
    }

    @Test
    void aFetchWithNothingNewChangesNothing() throws Exception {
        RevCommit commit = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        GitReader.readFetched(request(source()));
        List<String> before = listing(entryFolder());

        GitReader.Read again = GitReader.readFetched(request(source()));

        assertThat(again.outcome()).isEqualTo(GitFetcher.Outcome.UNCHANGED);
        assertThat(again.files().origin().commit()).contains(commit.name());
        assertThat(listing(entryFolder())).isEqualTo(before).isNotEmpty();
        assertThat(entryFolder().resolve("repo.git/gc.log.lock")).as("no gc left running").doesNotExist();
    }

    @Test
    void aForcePushedBranchIsFollowed() throws Exception {
        RevCommit first = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        remote.commit("main", "two", Map.of("b.toml", "# two\n"));
        GitReader.readFetched(request(source()));
        remote.dropLastCommit("main");

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(read.files().origin().commit()).contains(first.name());
        assertThat(texts(read)).containsExactly("a.toml=# one\n");
    }

    @Test
    void aPinnedCommitIsReadInsteadOfTheTip() throws Exception {
        RevCommit first = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        remote.commit("main", "two", Map.of("a.toml", "# two\n"));

        GitReader.Read read = GitReader.readFetched(request(source().withCommit(first.name().substring(0, 10))));

        assertThat(texts(read)).containsExactly("a.toml=# one\n");
        assertThat(read.files().origin().commit()).contains(first.name());
    }

    @Test
    void aMissingPinnedCommitIsAnErrorNamingRepoBranchAndCommit() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));

        assertThatThrownBy(() -> source().withCommit("0123456789abcdef0123456789abcdef01234567").read())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("repo " + remote.url() + " (branch 'main')")
                .hasMessageContaining("commit 0123456789abcdef0123456789abcdef01234567 is not in the repository");
    }

    @Test
    void aPinnedCommitAForcePushRemovedFromTheBranchIsAnError() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        RevCommit second = remote.commit("main", "two", Map.of("a.toml", "# two\n"));
        GitReader.readFetched(request(source().withCommit(second.name())));
        remote.dropLastCommit("main");

        assertThatThrownBy(() -> source().withCommit(second.name()).read())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("(branch 'main')")
                .hasMessageContaining("is not on the branch");
    }

    @Test
    void aCommitThatIsNotAHashIsAnError() {
        assertThatThrownBy(() -> source().withCommit("HEAD~1").read())
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("commit 'HEAD~1' is not a commit hash");
    }

    @Test
    void aDeletedBranchIsAnErrorNamingRepoAndBranch() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        remote.commit("feature", "two", Map.of("b.toml", "# two\n"));
        GitReader.readFetched(request(source().withBranch("feature")));
        remote.deleteBranch("feature");

        assertThatThrownBy(() -> source().withBranch("feature").read())
                .isInstanceOf(SourceException.class)
                .hasMessage("branch 'feature' does not exist in repo " + remote.url() + ": it was deleted, or never pushed");
    }

    @Test
    void aMissingRepositoryIsAnErrorNamingRepoAndBranch() {
        String url = folder.resolve("nowhere.git").toUri().toString();

        assertThatThrownBy(() -> GitSource.of(url).withOptions(options).read())
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("repo " + url + " (branch 'main') was not found");
    }

    @Test
    void anUnreachableRemoteIsAnErrorNamingRepoAndBranch() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/sync.git";

        assertThatThrownBy(() -> GitSource.of(url).withBranch("prod").withOptions(options).read())
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("repo " + url + " (branch 'prod') is unreachable");
    }

    @Test
    void aCloneWhoseFetchDiedHalfWayIsClonedAgain() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        GitReader.readFetched(request(source()));
        // What a process killed mid-fetch leaves: no marker, and a repository in any state.
        Path repository = entryFolder().resolve("repo.git");
        Files.delete(entryFolder().resolve("complete"));
        deleteTree(repository.resolve("refs"));
        Files.writeString(repository.resolve("objects/pack/pack-half.pack"), "garbage");

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(read.outcome()).isEqualTo(GitFetcher.Outcome.CLONED);
        assertThat(texts(read)).containsExactly("a.toml=# one\n");
        assertThat(entryFolder().resolve("complete")).exists();
    }

    @Test
    void aCloneThatLostItsObjectsIsClonedAgain() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        GitReader.readFetched(request(source()));
        Path objects = entryFolder().resolve("repo.git/objects");
        try (Stream<Path> files = Files.walk(objects)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(texts(read)).containsExactly("a.toml=# one\n");
    }

    @Test
    void aCloneWithoutHeadIsClonedAgain() throws Exception {
        remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        GitReader.readFetched(request(source()));
        Files.delete(entryFolder().resolve("repo.git/HEAD"));

        GitReader.Read read = GitReader.readFetched(request(source()));

        assertThat(read.outcome()).isEqualTo(GitFetcher.Outcome.CLONED);
        assertThat(texts(read)).containsExactly("a.toml=# one\n");
    }

    @Test
    void resourcePathsAreReadAsKomodoReadsThem() throws Exception {
        remote.commit("main", "one", Map.of(
                "sync/servers.toml", "", "sync/deep/.hidden/stacks.toml", "", "other.toml", "", "notes.txt", ""));

        GitReader.Read read = GitReader.readFetched(request(source().withResourcePaths(
                List.of("./other.toml", "sync/", "notes.txt", "missing", "../outside"))));

        assertThat(read.files().files()).extracting(SourceText::name)
                .containsExactly("other.toml", "sync/deep/.hidden/stacks.toml", "sync/servers.toml");
        assertThat(read.files().diagnostics()).extracting(d -> d.code().name() + ": " + d.message()).containsExactly(
                "NOT_TOML: skipped `notes.txt`: only files ending in .toml are read, as in Komodo",
                "PATH_NOT_FOUND: path `missing` does not exist in repo " + remote.url() + " at commit "
                        + read.files().origin().commit().orElseThrow().substring(0, 12),
                "PATH_ESCAPES_ROOT: resource_path `../outside` leads outside repo " + remote.url());
    }

    @Test
    void entriesAreNormalisedAndThoseLeavingTheRepositoryRefused() {
        assertThat(TreeFiles.normalise(".")).isEmpty();
        assertThat(TreeFiles.normalise("./a//b/")).isEqualTo("a/b");
        assertThat(TreeFiles.normalise("/etc/passwd")).isNull();
        assertThat(TreeFiles.normalise("a/../../b")).isNull();
    }

    private Path entryFolder() throws IOException {
        try (Stream<Path> entries = Files.list(folder.resolve("cache"))) {
            return entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            // The data: objects and refs (FETCH_HEAD and shallow are rewritten by every fetch).
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.startsWith(root.resolve("repo.git/objects")) || f.startsWith(root.resolve("repo.git/refs")))
                    .map(f -> {
                        try {
                            return root.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static GitReader.Request request(GitSource source) {
        return new GitReader.Request(source.url(), source.branch(), source.commit(), source.resourcePaths(), source.options());
    }
}
