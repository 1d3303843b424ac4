/**
 * Not API — may change in any release. Name patterns as Komodo matches them: wildcards and
 * {@code \regex\} patterns, in linear time (RE2/J).
 */
package dev.komodosync.parser.internal.pattern;
