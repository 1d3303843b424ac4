package dev.komodosync.serve.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The branch a push webhook names (komodo-api §4.3): the body's {@code ref} with every
 * {@code refs/heads/} removed, so {@code refs/heads/main} is {@code main} and {@code refs/tags/v1}
 * stays as it is.
 */
public final class PushedBranch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PushedBranch() {}

    /** The branch of a push body; empty when the body is not JSON or has no string {@code ref} (a GitHub ping). */
    public static Optional<String> of(byte[] body) {
        JsonNode tree;
        try {
            tree = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
        if (tree == null || !tree.path("ref").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(tree.get("ref").asText().replace("refs/heads/", ""));
    }
}
