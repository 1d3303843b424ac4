package dev.komodosync.cli;

import dev.komodosync.model.KindRegistrationException;
import dev.komodosync.model.ResourceKinds;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs the parsed command with the plug-in jars loaded: their class loader is the context class
 * loader while the command runs (every {@code ResourceKinds.discover()} then finds their kinds),
 * and the kinds are registered once first, so that a broken plug-in stops the command with one
 * line before it reads anything.
 */
final class Plugins {

    private Plugins() {}

    static int run(ParseResult parsed, List<Path> options, Map<String, String> environment, PrintStream err,
            StartUp startUp) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        List<Path> folders = PluginJars.folders(options, environment);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        URLClassLoader loader = null;
        try {
            if (!folders.isEmpty()) {
                loader = PluginJars.loader(PluginJars.jars(folders), Main.class.getClassLoader());
                thread.setContextClassLoader(loader);
            }
            // The start-up thread initialises model classes too: one thread at a time does.
            startUp.awaitDone();
            ResourceKinds.discover();
            return new CommandLine.RunLast().execute(parsed);
        } catch (PluginJars.Unusable unusable) {
            err.println("komodo-sync: " + unusable.getMessage());
            return ExitCode.ERRORS;
        } catch (KindRegistrationException badPlugin) {
            err.println("komodo-sync: " + badPlugin.getMessage());
            return ExitCode.ERRORS;
        } finally {
            thread.setContextClassLoader(before);
            close(loader);
        }
    }

    private static void close(URLClassLoader loader) {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException ignored) {
                // The command is over; an open jar is released when the process ends.
            }
        }
    }
}
