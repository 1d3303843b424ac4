/**
 * The config record of every Komodo resource kind and the types they hold (behaviour §2). Each
 * field's key, aliases, default, and the metadata the planner acts on are annotations on the
 * record component; see {@code dev.komodosync.model.meta}.
 */
package dev.komodosync.model.config;
