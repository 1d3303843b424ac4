package dev.komodosync.source.internal;

import dev.komodosync.source.GitCredentials;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

/**
 * Puts credentials on a JGit command: a token as the password of a user name (https), or an ssh
 * key (Apache MINA sshd) with its passphrase, the server checked against the given
 * {@code known_hosts} and no {@code ~/.ssh/config} read. Closing it closes the ssh client.
 */
final class GitTransport implements AutoCloseable {

    /** The user name sent with a token when none is given; GitHub and Gitea accept any. */
    static final String TOKEN_USER = "x-access-token";

    private final GitCredentials credentials;
    private final SshdSessionFactory ssh;

    GitTransport(GitCredentials credentials) {
        this.credentials = credentials;
        this.ssh = credentials instanceof GitCredentials.SshKey key ? sshFactory(key) : null;
    }

    void configure(TransportCommand<?, ?> command) {
        if (credentials instanceof GitCredentials.Token token) {
            command.setCredentialsProvider(new UsernamePasswordCredentialsProvider(
                    token.username().orElse(TOKEN_USER), token.token().reveal()));
        }
        if (ssh != null) {
            command.setTransportConfigCallback(transport -> {
                if (transport instanceof SshTransport sshTransport) {
                    sshTransport.setSshSessionFactory(ssh);
                }
            });
        }
    }

    private static SshdSessionFactory sshFactory(GitCredentials.SshKey key) {
        File home = new File(System.getProperty("user.home"));
        Path keyFile = key.keyFile().toAbsolutePath();
        Path knownHosts = key.knownHosts().toAbsolutePath();
        return new SshdSessionFactoryBuilder()
                .setHomeDirectory(home)
                .setSshDirectory(keyFile.getParent().toFile())
                .setConfigFile(sshDirectory -> null)
                .setPreferredAuthentications("publickey")
                .setDefaultIdentities(sshDirectory -> List.of(keyFile))
                .setDefaultKnownHostsFiles(sshDirectory -> List.of(knownHosts))
                .setKeyPasswordProvider(provider -> new Passphrase(key))
                .build(new JGitKeyCache());
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }

    /** Gives the key's passphrase once; a wrong one fails the connection instead of asking again. */
    private static final class Passphrase implements KeyPasswordProvider {
        private final GitCredentials.SshKey key;
        private int attempts = 1;

        Passphrase(GitCredentials.SshKey key) {
            this.key = key;
        }

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            return attempt == 0 && !key.passphrase().isEmpty() ? key.passphrase().reveal().toCharArray() : null;
        }

        @Override
        public void setAttempts(int value) {
            attempts = value;
        }

        @Override
        public int getAttempts() {
            return Math.min(attempts, 1);
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            return false;
        }
    }
}
