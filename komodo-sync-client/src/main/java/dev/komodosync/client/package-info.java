/**
 * Komodo Core's HTTP API: {@link dev.komodosync.client.KomodoClient} (RPC over POST, API-key
 * authentication, Komodo's errors as {@link dev.komodosync.client.KomodoException}, reads tried
 * again as a {@link dev.komodosync.client.RetryPolicy} says), {@link dev.komodosync.client.SnapshotFetcher}
 * (a live Core read into a {@link dev.komodosync.model.Snapshot} by the snapshot file's own
 * binding), and {@link dev.komodosync.client.KomodoConnection} (an address and credentials found
 * the way Komodo's own tools find them).
 */
package dev.komodosync.client;
