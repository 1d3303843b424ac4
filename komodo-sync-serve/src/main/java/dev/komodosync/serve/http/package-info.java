/**
 * The HTTP face of a {@link dev.komodosync.serve.SyncRunner}: {@link
 * dev.komodosync.serve.http.SyncServer} serves Komodo's sync webhooks, an admin API behind a
 * bearer token, {@code /healthz} and {@code /metrics}, on the JDK's {@code com.sun.net.httpserver}.
 */
package dev.komodosync.serve.http;
