package dev.komodosync.model.config;

import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Range;
import dev.komodosync.model.meta.Required;

/**
 * A window during which a server's, swarm's or alerter's alerts are held back (behaviour §2.1).
 *
 * @param name the window's name; required
 * @param description free text
 * @param scheduleType how the window recurs
 * @param dayOfWeek the day, for weekly windows
 * @param date the date ({@code YYYY-MM-DD}), for one-time windows
 * @param hour the starting hour (0–23)
 * @param minute the starting minute (0–59)
 * @param durationMinutes how long the window lasts; required
 * @param timezone the time zone; empty means Komodo Core's own
 * @param enabled whether the window applies
 */
public record MaintenanceWindow(
        @Required String name,
        String description,
        @Default("Daily") MaintenanceScheduleType scheduleType,
        String dayOfWeek,
        String date,
        @Range(min = 0, max = 255) int hour,
        @Range(min = 0, max = 255) int minute,
        @Required @Range(min = 0, max = 4_294_967_295L) long durationMinutes,
        String timezone,
        @Default("true") boolean enabled) {}
