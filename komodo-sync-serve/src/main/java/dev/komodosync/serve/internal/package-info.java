/** Not API: the runner's per-sync state and queue, the HTTP handlers, metrics, JSON and the managed-mode commit. */
package dev.komodosync.serve.internal;
