/**
 * Not API — may change in any release. Komodo's string mini-formats — key/value text
 * (environment, labels, build args), string lists, multi-line commands — and {@code [[VARIABLE]]}
 * interpolation and references.
 */
package dev.komodosync.parser.internal.text;
