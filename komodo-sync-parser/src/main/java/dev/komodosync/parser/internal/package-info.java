/**
 * Not API — may change in any release. Loading: file discovery ({@code FileWalker}), binding a
 * TOML or JSON tree to the model with located problems ({@code Binder}, {@code DocumentBinder}),
 * Komodo's extra input forms, unknown-key advice, and the checks over a whole declaration.
 * Reading TOML text is {@code .toml}, the string mini-formats and variables {@code .text}, name
 * patterns {@code .pattern}.
 */
package dev.komodosync.parser.internal;
