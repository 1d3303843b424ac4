/**
 * Not API — may change in any release. The snapshot binding: the streaming walk of a snapshot
 * file, binding one element at a time (on a second thread, in stream order), assembly, and problems
 * located in code-point columns.
 */
package dev.komodosync.diff.snapshot.internal;
