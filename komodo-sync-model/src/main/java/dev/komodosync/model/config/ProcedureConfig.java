package dev.komodosync.model.config;

import dev.komodosync.model.Secret;
import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import java.util.List;

/**
 * A procedure's configuration (behaviour §2.9, §8): stages of executions, run on demand, on a
 * schedule or by webhook. {@code stages} is compared as one value: any change anywhere updates
 * the whole list.
 *
 * @param stages the stages, in order
 * @param scheduleFormat how {@code schedule} is written
 * @param schedule when the procedure runs; empty means never
 * @param scheduleEnabled whether the schedule applies
 * @param scheduleTimezone the schedule's time zone; empty means Core's
 * @param scheduleAlert whether scheduled runs are alerted
 * @param failureAlert whether failures are alerted
 * @param webhookEnabled whether the webhook is accepted
 * @param webhookSecret the webhook's secret
 */
public record ProcedureConfig(
        @Alias("stage") List<ProcedureStage> stages,
        @Default("English") ScheduleFormat scheduleFormat,
        String schedule,
        @Default("true") boolean scheduleEnabled,
        String scheduleTimezone,
        @Default("true") boolean scheduleAlert,
        @Default("true") boolean failureAlert,
        @Default("true") boolean webhookEnabled,
        Secret webhookSecret) {

    /** Copies the list. */
    public ProcedureConfig {
        stages = List.copyOf(stages);
    }
}
