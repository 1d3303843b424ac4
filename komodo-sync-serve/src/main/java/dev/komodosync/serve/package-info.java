/**
 * Runs Resource Syncs continuously, as Komodo Core does (behaviour §3.7–§3.9): {@link
 * dev.komodosync.serve.SyncRunner} polls each sync's source, keeps its pending plan, and executes
 * it through a {@link dev.komodosync.serve.PlanExecutor} when a trigger asks and the sync allows;
 * one task at a time per sync, different syncs in parallel up to a bound.
 *
 * <p>Execution is a port: the Komodo-backed executor (the applier of {@code komodo-sync-apply}
 * over the client's {@code KomodoApi}) is wired when that module lands; until then
 * {@link dev.komodosync.serve.PlanExecutor#unavailable()} refuses to execute, and says so.
 */
package dev.komodosync.serve;
