package dev.komodosync.parser.internal;

import dev.komodosync.model.meta.internal.RecordType;

/**
 * Where a {@link Binder} is: the record type of the table being bound, where it was written, and
 * the frame of the table around it (null at the top).
 */
record BindFrame(RecordType type, RawPath raw, BindFrame parent) {}
