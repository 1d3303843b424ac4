package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule 2 (komodo-api §5.2, §1.3): API keys identify an enabled user; Authorization wins; 401s. */
class AuthTest {

    private KomodoEmulator emulator;

    @BeforeEach
    void start() {
        emulator = KomodoEmulator.builder().build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void noCredentialsIs401() {
        Http.Response response = new Http(emulator.url(), null, null)
                .send("POST", "/read/GetVersion", "{}", "Content-Type", "application/json");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error()).isEqualTo("Invalid client credentials");
    }

    @Test
    void aWrongSecretOrUnknownKeyIs401InvalidUserCredentials() {
        Http wrongSecret = new Http(emulator.url(), emulator.adminKey(), "S_wrong_S");
        Http unknownKey = new Http(emulator.url(), "K_unknown_K", emulator.adminSecret());
        for (Http http : new Http[] {wrongSecret, unknownKey}) {
            Http.Response response = http.read("GetVersion", "{}");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.error()).isEqualTo("Invalid user credentials");
            assertThat(response.text()).doesNotContain(emulator.adminSecret());
        }
    }

    @Test
    void aKeyWithoutSecretIs500() {
        Http.Response response = new Http(emulator.url(), null, null).send("POST", "/read/GetVersion", "{}",
                "Content-Type", "application/json", "X-Api-Key", emulator.adminKey());
        assertThat(response.status()).isEqualTo(500);
    }

    @Test
    void authorizationTakesPrecedenceAndAnInvalidJwtIs500() {
        Http.Response response = new Http(emulator.url(), null, null).send("POST", "/read/GetVersion", "{}",
                "Content-Type", "application/json", "X-Api-Key", emulator.adminKey(),
                "X-Api-Secret", emulator.adminSecret(), "Authorization", "Bearer not-a-jwt");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.error()).isEqualTo("Invalid user credentials");
    }

    @Test
    void getUserShowsTheCallerWithItsFlags() {
        Http.Response response = Http.admin(emulator).send("GET", "/user", null, "X-Api-Key", emulator.adminKey(),
                "X-Api-Secret", emulator.adminSecret());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("username").asText()).isEqualTo("admin");
        assertThat(response.json().path("admin").asBoolean()).isTrue();
        assertThat(response.json().path("enabled").asBoolean()).isTrue();
        assertThat(Http.id(response.json())).isEqualTo(emulator.adminUserId());
    }

    @Test
    void aDisabledUserIsRefusedButGetUserStillAnswers() {
        EmulatorUser bob = emulator.addUser("bob");
        emulator.setUserEnabled("bob", false);
        Http http = Http.as(emulator, bob);
        assertThat(http.read("GetVersion", "{}").status()).isEqualTo(401);
        Http.Response user = http.send("GET", "/user", null, "X-Api-Key", bob.apiKey(), "X-Api-Secret", bob.apiSecret());
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void givenAdminCredentialsAreUsedAndNeverShown() {
        try (KomodoEmulator fixed = KomodoEmulator.builder().admin("root", "K_fixed_K", "S_fixed_S").build().start()) {
            Http http = new Http(fixed.url(), "K_fixed_K", "S_fixed_S");
            assertThat(http.read("GetVersion", "{}").status()).isEqualTo(200);
            assertThat(fixed.requests()).singleElement().satisfies(request -> {
                assertThat(request.header("X-Api-Key")).isEqualTo("K_fixed_K");
                assertThat(request.headers()).doesNotContainKeys("x-api-secret");
                assertThat(request.toString()).doesNotContain("S_fixed_S");
            });
            assertThat(fixed.addUser("eve").toString()).doesNotContain("S_").contains("apiSecret=***");
        }
    }

    @Test
    void theOptionalRateLimitCountsFailedKeysPerClientAndThenRefusesEveryone() {
        try (KomodoEmulator limited = KomodoEmulator.builder().authRateLimit(2, java.time.Duration.ofMinutes(1)).build().start()) {
            Http wrong = new Http(limited.url(), limited.adminKey(), "S_wrong_S");
            Http.Response first = wrong.read("GetVersion", "{}");
            assertThat(first.status()).isEqualTo(401);
            assertThat(first.error()).isEqualTo("Invalid user credentials | You have 1 attempts remaining");
            assertThat(wrong.read("GetVersion", "{}").error()).endsWith("You have 0 attempts remaining");
            Http.Response refused = Http.admin(limited).read("GetVersion", "{}");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.error()).matches("Too many attempts \\| Try again in \\d+s");
            Http.Response otherClient = Http.admin(limited).send("POST", "/read/GetVersion", "{}", "Content-Type",
                    "application/json", "X-Api-Key", limited.adminKey(), "X-Api-Secret", limited.adminSecret(),
                    "X-Forwarded-For", "10.0.0.7");
            assertThat(otherClient.status()).as("another client IP").isEqualTo(200);
        }
    }
}
