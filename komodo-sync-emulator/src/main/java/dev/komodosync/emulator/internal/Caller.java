package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The user a request runs as, resolved from its credentials.
 *
 * @param id the user's id
 * @param user the user's document in the store
 */
record Caller(String id, ObjectNode user) {

    boolean admin() {
        return user.path("admin").asBoolean(false) || user.path("super_admin").asBoolean(false);
    }

    String username() {
        return user.path("username").asText("");
    }
}
