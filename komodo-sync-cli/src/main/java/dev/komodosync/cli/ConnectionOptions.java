package dev.komodosync.cli;

import dev.komodosync.client.KomodoConnection;
import dev.komodosync.model.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How a command reaches a live Komodo Core: its address and an API key and secret, each from the
 * first of the flags, the environment of Komodo's Rust client, that of {@code km}, and a profile
 * of {@code km}'s config files.
 */
final class ConnectionOptions {

    @Option(names = "--url", paramLabel = "<core>", order = 100,
            description = "Komodo Core's address, e.g. https://komodo.example.com (else KOMODO_ADDRESS,"
                    + " KOMODO_CLI_HOST, KOMODO_HOST, or the km profile's host).")
    String url;

    @Option(names = "--api-key", paramLabel = "<key>", order = 101,
            description = "The API key (else KOMODO_API_KEY, KOMODO_CLI_KEY, or the km profile's key).")
    String apiKey;

    @Option(names = "--api-secret-file", paramLabel = "<file>", order = 102,
            description = "A file holding the API secret (else KOMODO_API_SECRET, KOMODO_CLI_SECRET, or the km"
                    + " profile's secret).")
    Path apiSecretFile;

    @Option(names = "--api-secret", paramLabel = "<secret>", order = 103,
            description = "The API secret itself; it lands in shell history and `ps`: prefer --api-secret-file.")
    String apiSecret;

    @Option(names = {"--profile", "-p"}, paramLabel = "<name>", order = 104,
            description = "The profile (name or alias) of km's komodo.cli.toml (~/.config/komodo, ./) to use instead"
                    + " of its default_profile.")
    String profile;

    @Option(names = "--ca-file", paramLabel = "<pem>", order = 105,
            description = "Trust the certificate authorities in this file besides the JDK's (a Core with its own CA).")
    Path caFile;

    @Option(names = "--allow-partial", order = 106,
            description = "With a key that is not an admin's, read what it can (the snapshot is marked partial and"
                    + " plans warn) instead of stopping.")
    boolean allowPartial;

    /** Whether a flag asks for a live Core. */
    boolean given() {
        return url != null || profile != null;
    }

    /**
     * The connection, or {@link IllegalArgumentException} with a message for a person; warns on
     * {@code console}'s error stream when the secret was given on the command line.
     */
    KomodoConnection resolve(Console console) {
        KomodoConnection.Resolver resolver = KomodoConnection.resolver().environment(console.environment());
        if (url != null) {
            resolver.url(url, "--url");
        }
        if (apiKey != null) {
            resolver.apiKey(apiKey, "--api-key");
        }
        if (apiSecretFile != null) {
            resolver.apiSecret(Secret.of(read(apiSecretFile)), "--api-secret-file");
        } else if (apiSecret != null) {
            console.err().println("komodo-sync: warning: --api-secret puts the secret in your shell history and in `ps`;"
                    + " use --api-secret-file or KOMODO_API_SECRET");
            resolver.apiSecret(Secret.of(apiSecret), "--api-secret");
        }
        if (profile != null) {
            resolver.profile(profile);
        }
        if (caFile != null) {
            resolver.trustedCertificates(caFile);
        }
        return resolver.resolve();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the API secret file " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
