/**
 * Not API — may change in any release. TOML text to a tree with positions: a one-pass TOML 1.1
 * reader for well-formed files ({@code FastTomlParser} and its layers) that gives the same tree and
 * positions as tomlj, tomlj itself for files with syntax errors, and Komodo's {@code """} rule.
 */
package dev.komodosync.parser.internal.toml;
