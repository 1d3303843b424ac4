package dev.komodosync.model.config;

import dev.komodosync.model.meta.Interpolated;
import dev.komodosync.model.meta.MultilineCommand;

/**
 * A shell command run by Komodo around a clone, pull, build or deploy (behaviour §10.3).
 *
 * @param path the directory the command runs in, relative to the resource's own directory
 * @param command the command, in the multi-line command format unless {@code shellMode}
 * @param shellMode whether the command is passed to the shell as written
 */
public record SystemCommand(String path, @MultilineCommand @Interpolated String command, boolean shellMode) {}
