/** Not API — may change in any release. TOML text: blocks of declarations, statements located in files, in-place edits. */
package dev.komodosync.diff.export.internal;
