/**
 * Carrying a confirmed {@link dev.komodosync.diff.plan.Plan} out against Komodo: the
 * {@link dev.komodosync.apply.KomodoApi} port (the calls an execution needs, implemented over
 * HTTP by {@code komodo-sync-client} and in memory by tests), the {@link dev.komodosync.apply.Applier}
 * that makes them in Komodo's order, and the {@link dev.komodosync.apply.ApplyReport} of what
 * became of every item, rendered as text, JSON and Markdown.
 */
package dev.komodosync.apply;
