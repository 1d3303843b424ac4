package dev.komodosync.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where the command writes: plans and exports to {@code out}, diagnostics, usage and progress to
 * {@code err}; and whether colour may be used.
 *
 * @param out standard output
 * @param err standard error
 * @param color whether colour may be used
 * @param environment the environment variables (tokens, the cache folder)
 */
record Console(PrintStream out, PrintStream err, boolean color, Map<String, String> environment) {

    Console(PrintStream out, PrintStream err, boolean color) {
        this(out, err, color, Map.of());
    }
}
