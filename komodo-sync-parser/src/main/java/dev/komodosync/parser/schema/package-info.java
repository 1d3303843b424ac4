/**
 * A JSON Schema (draft-07) of sync TOML, generated from the resource kinds the parser binds:
 * {@link dev.komodosync.parser.schema.SyncSchema#generate}. It lives beside the parser because it
 * describes exactly what the parser reads — every kind under its TOML keys, every field under
 * its key and aliases, every input form Komodo accepts — so editors (Taplo, tombi) flag what the
 * loader's unknown-key, wrong-type and invalid-value diagnostics flag.
 */
package dev.komodosync.parser.schema;
