package dev.komodosync.client.internal;

import dev.komodosync.model.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a Komodo connection ({@code KomodoConnection}'s parts), value by value, from explicit values, the environment of
 * Komodo's Rust client, that of {@code km}, and {@code km}'s profiles. Not API.
 */
public final class ConnectionResolution {

    /** A value and where it came from. */
    public record Given(String value, String label) {
        /** Names the source only: the value may be a secret. */
        @Override
        public String toString() {
            return "Given[" + label + "]";
        }
    }

    /** What the caller gives explicitly. */
    public static final class Explicit {
        public Optional<Given> url = Optional.empty();
        public Optional<Given> key = Optional.empty();
        public Optional<Given> secret = Optional.empty();
        public Optional<String> profile = Optional.empty();
        public Optional<Path> caFile = Optional.empty();
    }

    /** What was found: {@code KomodoConnection}'s parts. */
    public record Resolved(URI url, String apiKey, Secret apiSecret, Optional<Path> trustedCertificates, String sources) {
        /** Names the parts but the secret. */
        @Override
        public String toString() {
            return "Resolved[" + url + ", key " + apiKey + ", " + sources + "]";
        }
    }

    private ConnectionResolution() {}

    /** The connection, or {@link IllegalArgumentException} saying what is missing and where it was looked for. */
    public static Resolved resolve(Explicit explicit, Map<String, String> environment,
            Optional<List<Path>> configFolders) {
        List<Path> folders = configFolders.orElseGet(() -> KmConfig.defaultFolders(environment));
        Optional<KmConfig.Profile> profile = KmConfig.read(folders, explicit.profile.or(
                () -> Optional.ofNullable(environment.get("KOMODO_CLI_DEFAULT_PROFILE")).filter(s -> !s.isBlank())));
        Given url = first(explicit.url, env(environment, "KOMODO_ADDRESS"), env(environment, "KOMODO_CLI_HOST"),
                env(environment, "KOMODO_HOST"), profile.flatMap(p -> p.value("host")))
                .orElseThrow(() -> missing("Core address", "--url", "KOMODO_ADDRESS", "host", folders));
        Given key = first(explicit.key, env(environment, "KOMODO_API_KEY"), env(environment, "KOMODO_CLI_KEY"),
                profile.flatMap(p -> p.value("key")))
                .orElseThrow(() -> missing("API key", "--api-key", "KOMODO_API_KEY", "key", folders));
        Given secret = first(explicit.secret, env(environment, "KOMODO_API_SECRET"), env(environment, "KOMODO_CLI_SECRET"),
                profile.flatMap(p -> p.value("secret")))
                .orElseThrow(() -> missing("API secret", "--api-secret-file", "KOMODO_API_SECRET", "secret", folders));
        URI address;
        try {
            address = URI.create(url.value().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Core's address (from " + url.label() + ") is not a URL: " + url.value());
        }
        return new Resolved(address, key.value().trim(), Secret.of(secret.value().trim()), explicit.caFile,
                sources(url, key, secret));
    }

    @SafeVarargs
    private static Optional<Given> first(Optional<Given>... candidates) {
        for (Optional<Given> candidate : candidates) {
            if (candidate.isPresent() && !candidate.get().value().isBlank()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<Given> env(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(value -> new Given(value, name));
    }

    private static IllegalArgumentException missing(String what, String flag, String variable, String key, List<Path> folders) {
        return new IllegalArgumentException("no " + what + ": give " + flag + ", set " + variable
                + ", or set `" + key + "` in a profile of komodo.cli.toml (looked in "
                + (folders.isEmpty() ? "no folder" : String.join(", ", folders.stream().map(Path::toString).toList())) + ")");
    }

    /** {@code url from --url, key and secret from profile 'prod' (~/.config/komodo/komodo.cli.toml)}. */
    private static String sources(Given url, Given key, Given secret) {
        Map<String, List<String>> fieldsByLabel = new LinkedHashMap<>();
        fieldsByLabel.computeIfAbsent(url.label(), l -> new ArrayList<>()).add("url");
        fieldsByLabel.computeIfAbsent(key.label(), l -> new ArrayList<>()).add("key");
        fieldsByLabel.computeIfAbsent(secret.label(), l -> new ArrayList<>()).add("secret");
        List<String> parts = new ArrayList<>();
        fieldsByLabel.forEach((label, fields) -> parts.add(fields.size() == 1 ? fields.get(0) + " from " + label
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.get(fields.size() - 1)
                        + " from " + label));
        return String.join(", ", parts);
    }
}
