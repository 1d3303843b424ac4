package dev.komodosync.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the real entry point with captured streams. */
record Cli(int exitCode, String out, String err) {

    /** The repository's top folder (tests run in komodo-sync-cli). */
    static final String ROOT = "..";

    static Cli run(String... args) {
        return run(false, Map.of(), args);
    }

    static Cli run(boolean terminal, Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, terminal);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String example(String path) {
        return ROOT + "/examples/" + path;
    }
}
