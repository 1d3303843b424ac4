/**
 * Komodo's API JSON to a snapshot, and back: {@link dev.komodosync.diff.snapshot.SnapshotReader}
 * reads a snapshot file (formats.md §1) as a stream, {@link dev.komodosync.diff.snapshot.SnapshotBinder}
 * binds the same documents one at a time as Komodo's read calls return them — with the same code
 * and the same diagnostics — and {@link dev.komodosync.diff.snapshot.SnapshotWriter} writes a
 * {@link dev.komodosync.model.Snapshot} as a snapshot file.
 */
package dev.komodosync.diff.snapshot;
