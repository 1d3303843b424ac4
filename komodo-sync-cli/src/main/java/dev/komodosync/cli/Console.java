package dev.komodosync.cli;

import java.io.PrintStream;

/**
 * Where the command writes: plans and exports to {@code out}, diagnostics, usage and progress to
 * {@code err}; and whether colour may be used.
 *
 * @param out standard output
 * @param err standard error
 * @param color whether colour may be used
 */
record Console(PrintStream out, PrintStream err, boolean color) {}
