/**
 * Reading sync files: {@link dev.komodosync.parser.SyncLoader} loads folders of Komodo sync
 * TOML into a {@link dev.komodosync.model.Declaration} with exact diagnostics; the mini-format
 * parsers, {@code [[VARIABLE]]} interpolation and name patterns are public for embedders.
 */
package dev.komodosync.parser;
