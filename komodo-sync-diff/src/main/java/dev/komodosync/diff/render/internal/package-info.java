/** Not API — may change in any release. The plan JSON document, and line diffs of multi-line values. */
package dev.komodosync.diff.render.internal;
