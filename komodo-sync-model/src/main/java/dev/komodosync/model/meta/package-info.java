/**
 * Field metadata for config records: the annotations ({@link dev.komodosync.model.meta.Default},
 * {@link dev.komodosync.model.meta.Alias}, {@link dev.komodosync.model.meta.Reference},
 * {@link dev.komodosync.model.meta.RedeployTrigger}, {@link dev.komodosync.model.meta.Union}, ...)
 * that say once, next to a field, what parsing, diffing, planning and rendering need to know, and
 * {@link dev.komodosync.model.meta.KomodoEnum}, which enums of config values implement. This is
 * what a plug-in kind (see {@code dev.komodosync.model.spi}) writes; the descriptions read from it
 * live in {@code dev.komodosync.model.meta.internal}.
 */
package dev.komodosync.model.meta;
