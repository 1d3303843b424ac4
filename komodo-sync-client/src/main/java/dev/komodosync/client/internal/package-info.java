/**
 * Not API — may change in any release. The HTTP transport with its retries and backoff, TLS with
 * an extra CA file, the calls of a snapshot read, and {@code km}'s config files.
 */
package dev.komodosync.client.internal;
