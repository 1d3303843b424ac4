package dev.komodosync.serve.internal;

import dev.komodosync.model.Secret;
import dev.komodosync.serve.SyncCommitter;
import dev.komodosync.serve.SyncRunner;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * What the handlers share: the runner, the secrets, the limits, the log and the webhook counters.
 *
 * @param runner the syncs
 * @param adminToken the admin API's bearer token (none: the admin API answers 401 to everyone)
 * @param webhookSecret the global webhook secret, for syncs without their own
 * @param maxBody the largest body accepted, in bytes
 * @param failures failed authentications per address
 * @param committer managed-mode commits, when configured
 * @param log one line per event
 * @param accepted webhooks that authenticated
 * @param rejected webhooks that did not
 */
public record ServerSettings(SyncRunner runner, Optional<Secret> adminToken, Secret webhookSecret, int maxBody,
        FailureLimiter failures, Optional<SyncCommitter> committer, Consumer<String> log, AtomicLong accepted,
        AtomicLong rejected) {

    /** Secrets stay out of the text. */
    @Override
    public String toString() {
        return "ServerSettings[maxBody=" + maxBody + ", adminToken=" + (adminToken.isPresent() ? Secret.MASK : "none")
                + ", webhookSecret=" + Secret.MASK + "]";
    }
}
