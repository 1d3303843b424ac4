/**
 * A snapshot (or a declaration) to sync TOML: {@link dev.komodosync.diff.export.Exporter} writes
 * what exists in Komodo's layout so that every value reads back identically, and
 * {@link dev.komodosync.diff.export.WriteBack} writes it back into existing sync files in place.
 */
package dev.komodosync.diff.export;
