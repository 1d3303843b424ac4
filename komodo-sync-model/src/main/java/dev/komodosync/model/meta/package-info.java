/**
 * Field metadata: the annotations config records carry, and the descriptions
 * ({@link dev.komodosync.model.meta.RecordType}, {@link dev.komodosync.model.meta.UnionType},
 * {@link dev.komodosync.model.meta.FieldSpec}) that the parser, planner and renderers read to
 * treat every kind alike.
 */
package dev.komodosync.model.meta;
