/**
 * The emulator's implementation: HTTP transport, authentication, the document store, one class
 * per area of Komodo's API, fault injection and the request log. <strong>Not API</strong>: these
 * types may change in any release; use {@link dev.komodosync.emulator.KomodoEmulator}.
 *
 * <p>Every call runs holding the {@link dev.komodosync.emulator.internal.Store}'s lock, so calls
 * are atomic and the store needs no finer locking; only executions complete later, on a thread of
 * their own, and take the same lock to do so.
 */
package dev.komodosync.emulator.internal;
