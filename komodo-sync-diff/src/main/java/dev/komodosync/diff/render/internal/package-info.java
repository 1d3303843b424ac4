/**
 * Not API — may change in any release. The plan JSON document; line, unified and nested (member by
 * member) diffs; element identities and export's spelling of paths; TOML of resources and elements
 * with secrets masked.
 */
package dev.komodosync.diff.render.internal;
