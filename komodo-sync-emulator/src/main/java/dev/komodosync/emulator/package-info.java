/**
 * A Komodo Core API emulator for tests and demos: {@link dev.komodosync.emulator.KomodoEmulator}
 * serves Komodo v2.3.2's HTTP API on loopback, seeded from a snapshot and dumped back as one,
 * with {@link dev.komodosync.emulator.Faults} to inject failures and
 * {@link dev.komodosync.emulator.RecordedRequest}s to assert on. Not a Komodo Core.
 */
package dev.komodosync.emulator;
