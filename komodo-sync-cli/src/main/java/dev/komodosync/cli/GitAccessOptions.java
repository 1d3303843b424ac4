package dev.komodosync.cli;

import dev.komodosync.model.Secret;
import dev.komodosync.source.GitCredentials;
import dev.komodosync.source.GitOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How git repositories are reached: the clone cache, and a token (https) or an ssh key. Secrets
 * come from files or the environment, never from a flag's value. Shared by {@code --git} /
 * {@code --sync} and by {@code serve}.
 */
final class GitAccessOptions {

    /** The environment variable holding a git token for https. */
    static final String TOKEN_VARIABLE = "KOMODO_SYNC_GIT_TOKEN";
    /** The environment variable holding the ssh key's passphrase. */
    static final String PASSPHRASE_VARIABLE = "KOMODO_SYNC_SSH_PASSPHRASE";

    @Option(names = "--git-token-file", paramLabel = "<file>",
            description = "A file holding the token for https (else " + TOKEN_VARIABLE + " in the environment).")
    Path tokenFile;

    @Option(names = "--git-user", paramLabel = "<name>",
            description = "The user name sent with the token (default: the sync's git_account, else x-access-token).")
    String gitUser;

    @Option(names = "--ssh-key", paramLabel = "<file>", description = "A private key for ssh repositories.")
    Path sshKey;

    @Option(names = "--ssh-passphrase-file", paramLabel = "<file>",
            description = "A file holding the key's passphrase (else " + PASSPHRASE_VARIABLE + " in the environment).")
    Path passphraseFile;

    @Option(names = "--known-hosts", paramLabel = "<file>",
            description = "The known_hosts file the ssh server's key must be in (default: ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--git-cache", paramLabel = "<dir>",
            description = "Where clones are cached (default: $XDG_CACHE_HOME/komodo-sync/git, or ~/.cache/komodo-sync/git).")
    Path cache;

    /** The git options the flags give: the cache, and a token or an ssh key. */
    GitOptions gitOptions(Console console) throws SyncSourceOptions.Failure {
        GitOptions.Builder options = GitOptions.builder().cacheDirectory(cache != null ? cache : defaultCache(console));
        if (sshKey != null) {
            String passphrase = secret(passphraseFile, PASSPHRASE_VARIABLE, console).orElse("");
            Path hosts = knownHosts != null ? knownHosts : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
            options.credentials(GitCredentials.sshKey(sshKey, Secret.of(passphrase), hosts));
        } else {
            Optional<String> token = secret(tokenFile, TOKEN_VARIABLE, console);
            if (token.isPresent()) {
                options.credentials(gitUser == null ? GitCredentials.token(Secret.of(token.get()))
                        : GitCredentials.token(gitUser, Secret.of(token.get())));
            }
        }
        return options.build();
    }

    private static Optional<String> secret(Path file, String variable, Console console) throws SyncSourceOptions.Failure {
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (text.isEmpty()) {
                    throw new SyncSourceOptions.Failure("the file " + file + " is empty");
                }
                return Optional.of(text);
            } catch (IOException e) {
                throw new SyncSourceOptions.Failure("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        String value = console.environment().get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Path defaultCache(Console console) {
        String xdg = console.environment().get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("komodo-sync").resolve("git");
    }
}
