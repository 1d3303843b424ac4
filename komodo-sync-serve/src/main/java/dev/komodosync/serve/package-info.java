/**
 * Runs Resource Syncs continuously, as Komodo Core does (behaviour §3.7–§3.9): {@link
 * dev.komodosync.serve.SyncRunner} polls each sync's source, keeps its pending plan, and executes
 * it through a {@link dev.komodosync.serve.PlanExecutor} when a trigger asks and the sync allows;
 * one task at a time per sync, different syncs in parallel up to a bound.
 *
 * <p>Execution is a port: {@link dev.komodosync.serve.PlanExecutor#applying} is the applier of
 * {@code komodo-sync-apply} through a {@code KomodoApi} (Komodo's HTTP API in {@code komodo-sync
 * serve}); a runner built without one refuses to execute ({@code PlanExecutor.unavailable()}), and
 * says so.
 */
package dev.komodosync.serve;
