package dev.komodosync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** A plan saved with {@code plan --format json -o <file>}: its fingerprint. */
final class SavedPlans {

    private SavedPlans() {}

    /** The saved plan's {@code fingerprint}, or {@link IllegalArgumentException} saying why there is none. */
    static String fingerprint(Path file) {
        JsonNode plan;
        try {
            plan = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the saved plan " + file + ": it is not a plan JSON"
                    + " (save one with `plan --format json -o " + file + "`)");
        }
        String fingerprint = plan == null ? "" : plan.path("fingerprint").asText("");
        if (!fingerprint.startsWith("sha256:")) {
            throw new IllegalArgumentException("the saved plan " + file + " has no fingerprint: it was saved with"
                    + " errors, or is not a plan JSON");
        }
        return fingerprint;
    }
}
