package dev.komodosync.model.config;

import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import dev.komodosync.model.meta.ScalarForm;

/**
 * A further env file passed to a stack's compose command (behaviour §2.4); a bare string is the
 * path.
 *
 * @param path the file, relative to the run directory; required
 * @param track whether Komodo reads, shows and diffs the file's contents
 */
@ScalarForm("path")
public record AdditionalEnvFile(@Required String path, @Default("true") boolean track) {}
