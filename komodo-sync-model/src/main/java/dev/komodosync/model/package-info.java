/**
 * The komodo-sync model: resource kinds ({@link dev.komodosync.model.ResourceKind},
 * {@link dev.komodosync.model.KomodoKinds}, {@link dev.komodosync.model.ResourceKinds}), what
 * sync files declare ({@link dev.komodosync.model.Declaration}), what exists
 * ({@link dev.komodosync.model.Snapshot}), and problems found on the way
 * ({@link dev.komodosync.model.Diagnostic}).
 *
 * <p>Every type here is immutable and null-free; absent values are empty collections,
 * {@code Optional}s, or defaults. Config records of each kind live in
 * {@code dev.komodosync.model.config}, executions in {@code dev.komodosync.model.execution}, and
 * the field metadata that drives parsing, diffing and rendering in {@code dev.komodosync.model.meta}.
 */
package dev.komodosync.model;
