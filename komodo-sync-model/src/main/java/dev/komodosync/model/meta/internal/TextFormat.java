package dev.komodosync.model.meta.internal;

import dev.komodosync.model.meta.FileText;
import dev.komodosync.model.meta.Key;
import dev.komodosync.model.meta.KeyValueText;
import dev.komodosync.model.meta.MultilineCommand;

/** The mini-format a string field is written in (behaviour §10). */
public enum TextFormat {
    /** Any text, compared as written. */
    PLAIN,
    /** Key/value lines (behaviour §10.1); see {@link KeyValueText}. */
    KEY_VALUE,
    /** File contents (behaviour §10.4); see {@link FileText}. */
    FILE,
    /** A multi-line shell command (behaviour §10.3); see {@link MultilineCommand}. */
    COMMAND
}
