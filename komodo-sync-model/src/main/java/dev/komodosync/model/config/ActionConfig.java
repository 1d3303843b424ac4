package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.FileText;
import dev.komodosync.model.meta.Interpolated;

/**
 * An action's configuration (behaviour §2.10): a TypeScript script run with Deno.
 *
 * @param runAtStartup whether the action runs when Core starts
 * @param scheduleFormat how {@code schedule} is written
 * @param schedule when the action runs; empty means never
 * @param scheduleEnabled whether the schedule applies
 * @param scheduleTimezone the schedule's time zone; empty means Core's
 * @param scheduleAlert whether scheduled runs are alerted
 * @param failureAlert whether failures are alerted
 * @param webhookEnabled whether the webhook is accepted
 * @param webhookSecret the webhook's secret
 * @param reloadDenoDeps whether Deno dependencies are reloaded on each run
 * @param fileContents the script
 * @param argumentsFormat how {@code arguments} is written
 * @param arguments the default arguments
 */
public record ActionConfig(
        boolean runAtStartup,
        @Default("English") ScheduleFormat scheduleFormat,
        String schedule,
        @Default("true") boolean scheduleEnabled,
        String scheduleTimezone,
        @Default("true") boolean scheduleAlert,
        @Default("true") boolean failureAlert,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret,
        boolean reloadDenoDeps,
        @FileText @Interpolated String fileContents,
        @Default("key_value") FileFormat argumentsFormat,
        @FileText @Interpolated String arguments) {}
