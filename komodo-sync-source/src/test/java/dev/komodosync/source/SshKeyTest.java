package dev.komodosync.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.komodosync.model.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** ssh with a key file (and its passphrase) against Apache MINA sshd on 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshKeyTest {

    private static final String PASSPHRASE = "correct-horse-battery";

    @TempDir
    Path folder;

    private GitRemote remote;
    private SshGitServer server;
    private RevCommit commit;
    private Path key;
    private Path knownHosts;

    @BeforeEach
    void serve() throws Exception {
        remote = GitRemote.create(folder);
        commit = remote.commit("main", "one", Map.of("a.toml", "# one\n"));
        KeyPair pair = SshGitServer.newKey();
        key = SshGitServer.writePrivateKey(pair, PASSPHRASE, folder.resolve("id_ecdsa"));
        server = SshGitServer.start(remote.bare(), pair.getPublic());
        knownHosts = Files.writeString(folder.resolve("known_hosts"), server.knownHostsLine());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        remote.close();
    }

    private GitSource source(GitCredentials credentials) {
        return GitSource.of(server.url()).withOptions(GitOptions.builder()
                .cacheDirectory(folder.resolve("cache")).credentials(credentials).build());
    }

    @Test
    void aKeyWithItsPassphraseReadsTheRepository() throws Exception {
        SourceFiles files = source(GitCredentials.sshKey(key, Secret.of(PASSPHRASE), knownHosts)).read();

        assertThat(files.origin().commit()).contains(commit.name());
        assertThat(files.origin().location()).isEqualTo(server.url());
        assertThat(CapturedLogs.lines()).isNotEmpty().noneMatch(line -> line.contains(PASSPHRASE));
    }

    @Test
    void aWrongPassphraseIsAnErrorNamingRepoAndBranchButNotThePassphrase() {
        String wrong = "wrong-passphrase-value";
        GitSource source = source(GitCredentials.sshKey(key, Secret.of(wrong), knownHosts));

        SourceException failure = catchThrowableOfType(SourceException.class, source::read);

        assertThat(failure).hasMessageStartingWith("repo " + server.url() + " (branch 'main')");
        assertThat(stackTrace(failure)).doesNotContain(wrong);
        assertThat(source.toString()).doesNotContain(wrong);
    }

    @Test
    void aKeyTheServerDoesNotKnowFailsToAuthenticate() throws Exception {
        Path other = SshGitServer.writePrivateKey(SshGitServer.newKey(), "", folder.resolve("id_other"));

        SourceException failure = catchThrowableOfType(SourceException.class,
                source(GitCredentials.sshKey(other, Secret.empty(), knownHosts))::read);

        assertThat(failure).hasMessageStartingWith("repo " + server.url() + " (branch 'main'): authentication failed");
    }

    @Test
    void aServerWhoseHostKeyIsNotKnownIsRefused() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty_known_hosts"), "");

        SourceException failure = catchThrowableOfType(SourceException.class,
                source(GitCredentials.sshKey(key, Secret.of(PASSPHRASE), empty))::read);

        assertThat(failure).hasMessageStartingWith("repo " + server.url() + " (branch 'main')");
        assertThat(failure.getMessage()).doesNotContain(PASSPHRASE);
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
