package dev.komodosync.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.model.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials are found where Komodo's own tools keep them, each value from the first place that has it. */
class KomodoConnectionTest {

    @TempDir
    Path home;

    private static final String KM = """
            default_profile = "home"
            host = "https://top.example"

            [[profile]]
            name = "home"
            aliases = ["h"]
            host = "https://home.example"
            key = "K-home"
            secret = "S-home-secret"

            [[profile]]
            name = "work"
            alias = "w"
            host = "https://work.example"
            cli_key = "K-work"
            cli_secret = "S-work-secret"
            """;

    @Test
    void flagsComeFirst() throws IOException {
        write(KM);
        KomodoConnection connection = resolver(Map.of("KOMODO_ADDRESS", "https://env.example",
                        "KOMODO_API_KEY", "K-env", "KOMODO_API_SECRET", "S-env"))
                .url("https://flag.example", "--url").apiKey("K-flag", "--api-key")
                .apiSecret(Secret.of("S-flag"), "--api-secret-file").resolve();
        assertThat(connection.url()).hasToString("https://flag.example");
        assertThat(connection.apiKey()).isEqualTo("K-flag");
        assertThat(connection.apiSecret().reveal()).isEqualTo("S-flag");
        assertThat(connection.sources()).isEqualTo("url from --url, key from --api-key, secret from --api-secret-file");
    }

    @Test
    void theRustClientsEnvironmentComesBeforeKms() throws IOException {
        write(KM);
        KomodoConnection connection = resolver(Map.of(
                "KOMODO_ADDRESS", "https://rust.example", "KOMODO_API_KEY", "K-rust", "KOMODO_API_SECRET", "S-rust",
                "KOMODO_CLI_HOST", "https://km.example", "KOMODO_CLI_KEY", "K-km", "KOMODO_CLI_SECRET", "S-km"))
                .resolve();
        assertThat(connection.url()).hasToString("https://rust.example");
        assertThat(connection.apiKey()).isEqualTo("K-rust");
        assertThat(connection.sources()).isEqualTo(
                "url from KOMODO_ADDRESS, key from KOMODO_API_KEY, secret from KOMODO_API_SECRET");
    }

    @Test
    void kmsEnvironmentComesBeforeItsProfiles() throws IOException {
        write(KM);
        KomodoConnection connection = resolver(Map.of("KOMODO_HOST", "https://host.example", "KOMODO_CLI_KEY", "K-km"))
                .resolve();
        assertThat(connection.url()).hasToString("https://host.example");
        assertThat(connection.apiKey()).isEqualTo("K-km");
        assertThat(connection.apiSecret().reveal()).isEqualTo("S-home-secret");
        assertThat(connection.sources()).endsWith("secret from profile 'home' (" + home.resolve("komodo.cli.toml") + ")");
    }

    @Test
    void theDefaultProfileAppliesWithoutAFlag() throws IOException {
        write(KM);
        KomodoConnection connection = resolver(Map.of()).resolve();
        assertThat(connection.url()).hasToString("https://home.example");
        assertThat(connection.sources()).isEqualTo(
                "url, key and secret from profile 'home' (" + home.resolve("komodo.cli.toml") + ")");
    }

    @Test
    void aProfileIsChosenByNameOrAlias() throws IOException {
        write(KM);
        assertThat(resolver(Map.of()).profile("work").resolve().apiKey()).isEqualTo("K-work");
        assertThat(resolver(Map.of()).profile("w").resolve().apiSecret().reveal()).isEqualTo("S-work-secret");
        assertThat(resolver(Map.of()).profile("h").resolve().url()).hasToString("https://home.example");
        assertThat(resolver(Map.of("KOMODO_CLI_DEFAULT_PROFILE", "work")).resolve().apiKey()).isEqualTo("K-work");
    }

    @Test
    void aMissingProfileIsAnErrorNamingIt() throws IOException {
        write(KM);
        assertThatThrownBy(() -> resolver(Map.of()).profile("prod").resolve())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no profile 'prod'");
    }

    @Test
    void aJsonConfigIsReadToo() throws IOException {
        Files.writeString(home.resolve("komodo.cli.json"), """
                {"profile": [{"name": "j", "host": "https://json.example", "key": "K-j", "secret": "S-j"}]}""");
        assertThat(resolver(Map.of()).profile("j").resolve().url()).hasToString("https://json.example");
    }

    @Test
    void whatIsMissingIsNamedWithWhereItWasLookedFor() {
        assertThatThrownBy(() -> resolver(Map.of("KOMODO_ADDRESS", "https://x.example")).resolve())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no API key")
                .hasMessageContaining("--api-key")
                .hasMessageContaining("KOMODO_API_KEY")
                .hasMessageContaining(home.toString());
        assertThatThrownBy(() -> resolver(Map.of()).resolve())
                .hasMessageContaining("no Core address").hasMessageContaining("--url");
    }

    @Test
    void theSecretIsNeverInTheConnectionsText() throws IOException {
        write(KM);
        KomodoConnection connection = resolver(Map.of()).resolve();
        assertThat(connection.toString()).doesNotContain("S-home-secret");
        assertThat(KomodoClient.of(connection).toString()).doesNotContain("S-home-secret").contains("K-home");
    }

    @Test
    void kmsConfigPathsVariableNamesTheFolders() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("my.komodo.cli.toml"), """
                [[profile]]
                name = "x"
                host = "https://elsewhere.example"
                key = "K"
                secret = "S"
                """);
        KomodoConnection connection = KomodoConnection.resolver()
                .environment(Map.of("KOMODO_CLI_CONFIG_PATHS", elsewhere.toString()))
                .profile("x").resolve();
        assertThat(connection.url()).hasToString("https://elsewhere.example");
    }

    private KomodoConnection.Resolver resolver(Map<String, String> environment) {
        return KomodoConnection.resolver().environment(environment).configFolders(List.of(home));
    }

    private void write(String toml) throws IOException {
        Files.writeString(home.resolve("komodo.cli.toml"), toml);
    }
}
