/**
 * Not API — may change in any release. Type descriptions read from the annotations of
 * {@code dev.komodosync.model.meta} ({@code RecordType}, {@code UnionType}, {@code FieldSpec},
 * {@code ValueType}, {@code ConfigTypes}), generic walks over config values
 * ({@code ConfigWalker}) and typed values as JSON ({@code ValueJson}): what the parser, planner
 * and renderers use to treat every kind alike.
 */
package dev.komodosync.model.meta.internal;
