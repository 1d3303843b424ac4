package dev.komodosync.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * Where the command writes: plans and exports to {@code out}, diagnostics, usage and progress to
 * {@code err}; whether colour may be used; whether {@code err} is a terminal (for progress lines);
 * and the environment it runs in.
 *
 * @param out standard output
 * @param err standard error
 * @param color whether colour may be used
 * @param terminal whether the output goes to a terminal
 * @param environment the process environment (credentials for a live Core come from it)
 */
record Console(PrintStream out, PrintStream err, boolean color, boolean terminal, Map<String, String> environment) {}
