package dev.komodosync.apply;

import static java.util.Objects.requireNonNull;

/**
 * How a completed deploy ended.
 *
 * @param success whether it counts as deployed
 * @param message why not, from Komodo's failed log (empty when it succeeded)
 */
public record DeployOutcome(boolean success, String message) {

    /** Checks the arguments. */
    public DeployOutcome {
        requireNonNull(message, "message");
    }

    /** Deployed. */
    public static DeployOutcome deployed() {
        return new DeployOutcome(true, "");
    }

    /** Failed, with Komodo's reason. */
    public static DeployOutcome failed(String message) {
        return new DeployOutcome(false, message);
    }
}
