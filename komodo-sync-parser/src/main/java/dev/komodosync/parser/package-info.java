/**
 * Files to a declaration: {@link dev.komodosync.parser.SyncLoader} loads folders and files of
 * Komodo sync TOML into a {@link dev.komodosync.model.Declaration}, with every problem of a run as
 * a located {@link dev.komodosync.model.Diagnostic} ({@link dev.komodosync.parser.LoadResult}).
 * The TOML reader, the binder, the mini-format parsers, {@code [[VARIABLE]]} interpolation and name
 * patterns are implementation, in {@code dev.komodosync.parser.internal} and below.
 */
package dev.komodosync.parser;
