/**
 * Declaration and snapshot to a plan: {@link dev.komodosync.diff.plan.Planner#plan} compares a
 * {@link dev.komodosync.model.Declaration} with a {@link dev.komodosync.model.Snapshot} under
 * {@link dev.komodosync.diff.plan.SyncOptions}, a pure function, and gives a
 * {@link dev.komodosync.diff.plan.PlanResult}: the diagnostics and, when none is an error, the
 * {@link dev.komodosync.diff.plan.Plan} — resource creates, field-level updates and deletes,
 * variable and user-group changes, and deploy stages with a reason for every deploy and skip.
 */
package dev.komodosync.diff.plan;
