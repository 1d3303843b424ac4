package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import dev.komodosync.model.internal.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Users and API keys (rule 2, komodo-api §1.3). An {@code Authorization} header wins and, as the
 * emulator issues no JWTs, always fails (500, as an invalid JWT does in Core); otherwise
 * {@code X-Api-Key} needs {@code X-Api-Secret}; a wrong pair, an expired key or a disabled user is
 * 401 {@code Invalid user credentials}; no credentials 401 {@code Invalid client credentials}.
 * Secrets are kept only as SHA-256 digests (Core keeps bcrypt hashes) and compared in constant time.
 */
final class Auth {

    static final String KEY_HEADER = "X-Api-Key";
    static final String SECRET_HEADER = "X-Api-Secret";
    private static final long SKEW_MILLIS = 5 * 60 * 1000;

    private final Store store;

    Auth(Store store) {
        this.store = store;
    }

    /** Adds a user, enabled, with the given rights; its id. */
    String addUser(String username, boolean admin, boolean createServers, boolean createBuilds) {
        if (store.user(username).isPresent()) {
            throw new IllegalArgumentException("a user named '" + username + "' exists already");
        }
        String id = Ids.next();
        ObjectNode user = JsonNodeFactory.instance.objectNode();
        user.set("_id", Ids.oid(id));
        user.put("username", username);
        user.put("enabled", true);
        user.put("super_admin", false);
        user.put("admin", admin);
        user.put("create_server_permissions", createServers);
        user.put("create_build_permissions", createBuilds);
        ObjectNode config = user.putObject("config");
        config.put("type", "Service");
        config.putObject("data").put("description", "emulator user");
        user.putObject("all");
        user.put("external_skip_2fa", false);
        user.put("updated_at", System.currentTimeMillis());
        store.users.put(id, user);
        return id;
    }

    /** Gives the user a key pair; an existing key is replaced. */
    void addKey(String userId, String key, String secret) {
        if (key.isBlank() || secret.isBlank()) {
            throw new IllegalArgumentException("an API key and its secret must not be blank");
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("name", "emulator");
        entry.put("key", key.trim());
        entry.put("secret_sha256", digest(secret.trim()));
        entry.put("user_id", userId);
        entry.put("created_at", System.currentTimeMillis());
        entry.put("expires", 0);
        store.apiKeys.put(key.trim(), entry);
    }

    /**
     * The caller of a request; {@code requireEnabled} is false only for {@code GET /user}.
     *
     * @throws ApiError 401 or 500 as Core answers
     */
    Caller authenticate(Headers headers, boolean requireEnabled) {
        if (headers.containsKey("Authorization")) {
            // No JWT is ever issued here, so every one is invalid: 500, as komodo-api §1.5 says.
            throw ApiError.internal("Invalid user credentials", "the emulator issues no JWTs; use an API key");
        }
        String key = headers.getFirst(KEY_HEADER);
        if (key == null) {
            throw ApiError.status(401, "Invalid client credentials");
        }
        String secret = headers.getFirst(SECRET_HEADER);
        if (secret == null) {
            throw ApiError.internal("Missing X-Api-Secret header");
        }
        ObjectNode entry = store.apiKeys.get(key.trim());
        if (entry == null || !MessageDigest.isEqual(
                entry.path("secret_sha256").asText().getBytes(StandardCharsets.US_ASCII),
                digest(secret.trim()).getBytes(StandardCharsets.US_ASCII))) {
            throw ApiError.status(401, "Invalid user credentials");
        }
        long expires = entry.path("expires").asLong(0);
        if (expires != 0 && expires + SKEW_MILLIS < System.currentTimeMillis()) {
            throw ApiError.status(401, "Invalid user credentials");
        }
        String userId = entry.path("user_id").asText();
        ObjectNode user = store.users.get(userId);
        if (user == null) {
            throw ApiError.status(401, "No user found matching '" + userId + "'");
        }
        if (requireEnabled && !user.path("enabled").asBoolean(false)) {
            throw ApiError.status(401, "Invalid user credentials");
        }
        return new Caller(userId, user);
    }

    private static String digest(String secret) {
        return Sha256.hex(secret);
    }
}
