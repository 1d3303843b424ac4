package dev.komodosync.emulator;

import static java.util.Objects.requireNonNull;

/**
 * A user of the emulator with its API key pair, as {@link KomodoEmulator#addUser} made it.
 * {@link #toString()} never shows the secret.
 *
 * @param id the user's id (a 24-hex ObjectId)
 * @param username the username
 * @param apiKey the key, sent as {@code X-Api-Key}
 * @param apiSecret the secret, sent as {@code X-Api-Secret}
 */
public record EmulatorUser(String id, String username, String apiKey, String apiSecret) {

    /** Checks the arguments. */
    public EmulatorUser {
        requireNonNull(id, "id");
        requireNonNull(username, "username");
        requireNonNull(apiKey, "apiKey");
        requireNonNull(apiSecret, "apiSecret");
    }

    /** The user without its secret. */
    @Override
    public String toString() {
        return "EmulatorUser[id=" + id + ", username=" + username + ", apiKey=" + apiKey + ", apiSecret=***]";
    }
}
