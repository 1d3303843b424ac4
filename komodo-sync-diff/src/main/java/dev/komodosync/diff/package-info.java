/**
 * Planning: {@link dev.komodosync.diff.Planner} compares a
 * {@link dev.komodosync.model.Declaration} with a {@link dev.komodosync.model.Snapshot} and gives
 * a {@link dev.komodosync.diff.Plan} — creates, field-level updates, deletes, variable and user
 * group changes, and deploy stages with reasons — or the diagnostics that prevent one. Also
 * reading snapshot files and rendering plans as JSON and text.
 */
package dev.komodosync.diff;
