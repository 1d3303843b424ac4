package dev.komodosync.source;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Secret;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to authenticate to a git remote: not at all, with a token over https (Komodo's
 * {@code git_account} names the account; the token is yours to supply), or with an ssh key.
 * Secrets are {@link Secret}s: masked in every {@code toString()}.
 */
public sealed interface GitCredentials {

    /** No credentials (public repositories, {@code file://}, or ssh with the user's own keys and configuration). */
    static GitCredentials none() {
        return None.INSTANCE;
    }

    /** A token over https, sent as the password of the sync's {@code git_account} (or of {@code x-access-token}). */
    static GitCredentials token(Secret token) {
        return new Token(Optional.empty(), token);
    }

    /** A token over https, sent as the password of {@code username}. */
    static GitCredentials token(String username, Secret token) {
        return new Token(Optional.of(username), token);
    }

    /** An ssh private key file (OpenSSH or PEM) without a passphrase, hosts checked against {@code ~/.ssh/known_hosts}. */
    static GitCredentials sshKey(Path keyFile) {
        return new SshKey(keyFile, Secret.empty(), defaultKnownHosts());
    }

    /** An ssh private key file, its passphrase, and the {@code known_hosts} file the server's key must be in. */
    static GitCredentials sshKey(Path keyFile, Secret passphrase, Path knownHosts) {
        return new SshKey(keyFile, passphrase, knownHosts);
    }

    private static Path defaultKnownHosts() {
        return Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    /** No credentials. */
    enum None implements GitCredentials {
        /** The one value. */
        INSTANCE
    }

    /**
     * A token for https.
     *
     * @param username the user name to send (empty: the sync's {@code git_account}, else {@code x-access-token})
     * @param token the token, sent as the password
     */
    record Token(Optional<String> username, Secret token) implements GitCredentials {

        /** Checks the arguments. */
        public Token {
            requireNonNull(username, "username");
            requireNonNull(token, "token");
            if (token.isEmpty()) {
                throw new IllegalArgumentException("a git token must not be empty");
            }
        }
    }

    /**
     * An ssh key.
     *
     * @param keyFile the private key
     * @param passphrase its passphrase (empty: none)
     * @param knownHosts the {@code known_hosts} file holding the server's host key
     */
    record SshKey(Path keyFile, Secret passphrase, Path knownHosts) implements GitCredentials {

        /** Checks the arguments. */
        public SshKey {
            requireNonNull(keyFile, "keyFile");
            requireNonNull(passphrase, "passphrase");
            requireNonNull(knownHosts, "knownHosts");
        }
    }
}
