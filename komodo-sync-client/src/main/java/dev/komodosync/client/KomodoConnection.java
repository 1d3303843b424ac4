package dev.komodosync.client;

import static java.util.Objects.requireNonNull;

import dev.komodosync.client.internal.ConnectionResolution;
import dev.komodosync.model.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Komodo Core is and how to sign in to it: its address, an API key and secret, and
 * optionally a CA file to trust — with where each came from, for a person to check.
 *
 * <p>{@link #resolver()} finds them the way Komodo's own tools do, so that a user of Komodo's
 * {@code km} command line needs nothing more: explicit values first (command-line flags), then
 * the environment of Komodo's Rust client ({@code KOMODO_ADDRESS}, {@code KOMODO_API_KEY},
 * {@code KOMODO_API_SECRET}), then {@code km}'s ({@code KOMODO_CLI_HOST} or {@code KOMODO_HOST},
 * {@code KOMODO_CLI_KEY}, {@code KOMODO_CLI_SECRET}), then a profile of {@code km}'s config files
 * ({@code komodo.cli.toml} in {@code ~/.config/komodo} and the working folder: {@code host},
 * {@code key}, {@code secret}; the profile named, else {@code default_profile}). Each of the three
 * values is taken from the first place that has it.
 *
 * @param url Core's address, e.g. {@code https://komodo.example.com}
 * @param apiKey the API key
 * @param apiSecret the API secret
 * @param trustedCertificates a CA file to trust besides the JDK's authorities
 * @param sources where the address, key and secret came from, e.g. {@code url from --url, key and
 *     secret from KOMODO_API_KEY and KOMODO_API_SECRET}
 */
public record KomodoConnection(
        URI url, String apiKey, Secret apiSecret, Optional<Path> trustedCertificates, String sources) {

    /** Checks the arguments. */
    public KomodoConnection {
        requireNonNull(url, "url");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(apiSecret, "apiSecret");
        requireNonNull(trustedCertificates, "trustedCertificates");
        requireNonNull(sources, "sources");
    }

    /** A resolver, reading nothing until {@link Resolver#resolve()}. */
    public static Resolver resolver() {
        return new Resolver();
    }

    /**
     * Finds the connection settings in the places {@link KomodoConnection} lists. The environment
     * and config folders are the process's unless given.
     */
    public static final class Resolver {
        private final ConnectionResolution.Explicit explicit = new ConnectionResolution.Explicit();
        private Map<String, String> environment = System.getenv();
        private Optional<List<Path>> configFolders = Optional.empty();

        private Resolver() {}

        /** Core's address, given as {@code label} says (e.g. {@code --url}). */
        public Resolver url(String value, String label) {
            explicit.url = Optional.of(new ConnectionResolution.Given(requireNonNull(value, "url"), label));
            return this;
        }

        /** The API key, given as {@code label} says. */
        public Resolver apiKey(String value, String label) {
            explicit.key = Optional.of(new ConnectionResolution.Given(requireNonNull(value, "apiKey"), label));
            return this;
        }

        /** The API secret, given as {@code label} says (e.g. {@code --api-secret-file}). */
        public Resolver apiSecret(Secret value, String label) {
            explicit.secret = Optional.of(new ConnectionResolution.Given(requireNonNull(value, "apiSecret").reveal(), label));
            return this;
        }

        /** The {@code km} profile to use, by name or alias, instead of {@code default_profile}. */
        public Resolver profile(String name) {
            explicit.profile = Optional.of(requireNonNull(name, "profile"));
            return this;
        }

        /** A CA file to trust besides the JDK's authorities. */
        public Resolver trustedCertificates(Path caFile) {
            explicit.caFile = Optional.of(requireNonNull(caFile, "caFile"));
            return this;
        }

        /** The environment to read instead of the process's. */
        public Resolver environment(Map<String, String> value) {
            this.environment = Map.copyOf(requireNonNull(value, "environment"));
            return this;
        }

        /**
         * The folders in which to look for {@code km}'s config files (names containing
         * {@code komodo.cli}, TOML or JSON), instead of {@code KOMODO_CLI_CONFIG_PATHS} or
         * {@code ~/.config/komodo} and the working folder.
         */
        public Resolver configFolders(List<Path> folders) {
            this.configFolders = Optional.of(List.copyOf(new ArrayList<>(folders)));
            return this;
        }

        /**
         * The connection; {@link IllegalArgumentException} with a message a person can act on when
         * the address, the key or the secret is found nowhere, a config file cannot be read, or the
         * profile asked for does not exist.
         */
        public KomodoConnection resolve() {
            ConnectionResolution.Resolved found = ConnectionResolution.resolve(explicit, environment, configFolders);
            return new KomodoConnection(found.url(), found.apiKey(), found.apiSecret(), found.trustedCertificates(),
                    found.sources());
        }
    }
}
