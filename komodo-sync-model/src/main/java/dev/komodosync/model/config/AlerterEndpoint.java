package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.Union;
import java.util.Optional;

/**
 * Where an alerter sends alerts (behaviour §2.8). Every endpoint URL is a {@link Secret}: chat
 * webhooks embed their tokens in the URL.
 */
@Union(defaultVariant = "Custom")
public sealed interface AlerterEndpoint
        permits AlerterEndpoint.Custom,
                AlerterEndpoint.Slack,
                AlerterEndpoint.Discord,
                AlerterEndpoint.Ntfy,
                AlerterEndpoint.Pushover {

    /**
     * An HTTP endpoint receiving each alert as JSON.
     *
     * @param url the endpoint
     */
    record Custom(@Default("http://localhost:7000") @Interpolated Secret url) implements AlerterEndpoint {}

    /**
     * A Slack app.
     *
     * @param url the Slack webhook URL
     */
    record Slack(
            @Default("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX") @Interpolated
                    Secret url) implements AlerterEndpoint {}

    /**
     * A Discord app.
     *
     * @param url the Discord webhook URL
     */
    record Discord(
            @Default("https://discord.com/api/webhooks/XXXXXXXXXXXX/XXXX-XXXXXXXXXX") @Interpolated Secret url)
            implements AlerterEndpoint {}

    /**
     * An ntfy topic.
     *
     * @param url the topic URL
     * @param email an address ntfy also mails the alert to
     */
    record Ntfy(@Default("http://localhost:8080/komodo") @Interpolated Secret url, Optional<String> email)
            implements AlerterEndpoint {}

    /**
     * Pushover.
     *
     * @param url the Pushover messages URL with its token and user
     */
    record Pushover(
            @Default("https://api.pushover.net/1/messages.json?token=XXXXXXXXXXXXX&user=XXXXXXXXXXXXX")
                    @Interpolated Secret url) implements AlerterEndpoint {}
}
