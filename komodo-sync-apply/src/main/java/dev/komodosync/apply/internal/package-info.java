/**
 * The applier's parts: the run in Komodo's order, deploy rounds, guard rails, the report's JSON
 * document. Not API.
 */
package dev.komodosync.apply.internal;
