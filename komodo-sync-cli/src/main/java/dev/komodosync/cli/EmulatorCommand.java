package dev.komodosync.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.emulator.KomodoEmulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code komodo-sync emulator}: serves a Komodo Core API emulator until stopped (Ctrl-C, SIGTERM),
 * for tests and demos. Not a Komodo Core: nothing is deployed anywhere.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = {"Serve a Komodo Core API emulator (Komodo v2.3.2's HTTP API and rules) until Ctrl-C.",
            "It is an emulator for tests and demos, NOT a Komodo Core: nothing is deployed anywhere.",
            "Prints its URL and an admin API key and secret (generated, or KOMODO_API_KEY / KOMODO_API_SECRET)."})
final class EmulatorCommand implements Callable<Integer> {


    @Option(names = "--state", paramLabel = "<snapshot.json>",
            description = "Seed from a snapshot file (formats: docs/snapshot-format.md); empty without it.")
    private Path state;

    @Option(names = "--port", paramLabel = "<n>", defaultValue = "9120",
            description = "The port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    private int port;

    @Option(names = "--listen", paramLabel = "<address>", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}).")
    private String listen;

    @Option(names = "--info-file", paramLabel = "<file>",
            description = "Once ready, write {\"url\", \"key\", \"secret\", \"version\"} as JSON to this file.")
    private Path infoFile;

    @Option(names = "--dump-on-exit", paramLabel = "<file>",
            description = "On exit, write what the emulator holds to this file as a snapshot.")
    private Path dumpOnExit;

    private final Console console;
    private final Map<String, String> environment;
    private final CountDownLatch stop = new CountDownLatch(1);

    EmulatorCommand(Console console, Map<String, String> environment) {
        this.console = console;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        // Nothing reads the request log of an emulator the command serves until Ctrl-C: it keeps none.
        KomodoEmulator.Builder builder = KomodoEmulator.builder().port(port).requestLogLimit(0);
        String key = environment.getOrDefault("KOMODO_API_KEY", "");
        String secret = environment.getOrDefault("KOMODO_API_SECRET", "");
        boolean given = !key.isBlank() && !secret.isBlank();
        try {
            builder.bindAddress(InetAddress.getByName(listen));
            if (given) {
                builder.admin("admin", key, secret);
            }
            if (state != null) {
                builder.seed(state);
            }
        } catch (UnknownHostException e) {
            console.err().println("komodo-sync: --listen " + listen + ": not an address");
            return ExitCode.ERRORS;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            console.err().println("komodo-sync: " + e.getMessage());
            return ExitCode.ERRORS;
        }
        KomodoEmulator emulator;
        try {
            emulator = builder.build().start();
        } catch (UncheckedIOException e) {
            console.err().println("komodo-sync: " + e.getMessage());
            return ExitCode.ERRORS;
        }
        Thread hook = new Thread(() -> shutDown(emulator), "komodo-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (infoFile != null) {
                writeInfo(emulator);
            }
        } catch (IOException e) {
            console.err().println("komodo-sync: cannot write --info-file " + infoFile + ": " + e.getMessage());
            Runtime.getRuntime().removeShutdownHook(hook);
            shutDown(emulator);
            return ExitCode.ERRORS;
        }
        console.out().println("komodo-sync emulator: a Komodo Core API emulator for tests and demos, NOT a Komodo Core.");
        console.out().println("  URL:        " + emulator.url());
        console.out().println("  API key:    " + emulator.adminKey());
        console.out().println("  API secret: " + (given ? "(from KOMODO_API_SECRET)" : emulator.adminSecret()));
        console.out().println("Serving until Ctrl-C" + (dumpOnExit == null ? "." : "; then writes " + dumpOnExit + "."));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            shutDown(emulator);
        } catch (IllegalStateException exiting) {
            // The JVM is shutting down: the hook does it.
        }
        return ExitCode.OK;
    }

    /** Ends {@link #call()} as Ctrl-C would; for tests. */
    void requestStop() {
        stop.countDown();
    }

    private synchronized void shutDown(KomodoEmulator emulator) {
        try {
            if (dumpOnExit != null) {
                String snapshot = emulator.dumpText();
                writeAtomically(dumpOnExit, snapshot);
                console.err().println("komodo-sync emulator: wrote " + dumpOnExit);
            }
        } catch (IOException | RuntimeException e) {
            console.err().println("komodo-sync emulator: cannot write --dump-on-exit " + dumpOnExit + ": " + e.getMessage());
        } finally {
            emulator.close();
            stop.countDown();
        }
    }

    private void writeInfo(KomodoEmulator emulator) throws IOException {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("url", emulator.url().toString());
        info.put("key", emulator.adminKey());
        info.put("secret", emulator.adminSecret());
        info.put("version", "2.3.2");
        writeAtomically(infoFile, info.toPrettyString() + "\n");
    }

    /** Written beside the target, readable by its owner only (it holds credentials), then moved into place. */
    private static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps its folder's access rules.
        }
        try {
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
