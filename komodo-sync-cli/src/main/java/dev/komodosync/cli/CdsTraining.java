package dev.komodosync.cli;

import dev.komodosync.emulator.KomodoEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run of the launcher's class-data archive ({@code bin/komodo-sync}), not a command:
 * it runs, in one process, what the archive should hold the classes of — {@code --help} (which
 * builds every subcommand), plans of the bundled homelab example as text, JSON and Markdown,
 * {@code snapshot --url} from a Komodo API emulator seeded with the same example's snapshot, on
 * 127.0.0.1 at a free port, and a JSON plan of eight small files whose warnings echo their lines.
 * The lambdas a run resolves are archived with the classes: a path left out of training spins its
 * lambdas' classes at run time (a cold 10k JSON plan spun 15 before JSON and echoes were trained).
 * Nothing is printed; the fetched snapshot and the small files go to a temporary folder that is
 * deleted, and the emulator is stopped, before the run ends.
 *
 * <pre>{@code
 * java -XX:DumpLoadedClassList=classes -cp komodo-sync.jar dev.komodosync.cli.CdsTraining examples/homelab
 * }</pre>
 *
 * <p>Exit code 0 when both commands succeeded, 1 otherwise (the launcher then records an archive
 * from what was loaded anyway), 2 when the argument is not an example folder.
 */
final class CdsTraining {

    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0], "sync"))
                || !Files.isRegularFile(Path.of(args[0], "snapshot.json"))) {
            System.err.println("usage: CdsTraining <example folder with sync/ and snapshot.json>");
            System.exit(2);
        }
        System.exit(train(Path.of(args[0])) ? 0 : 1);
    }

    /** Runs the plan and the fetch of {@code example}; whether both succeeded. */
    static boolean train(Path example) throws IOException {
        Path sync = example.resolve("sync");
        Path snapshot = example.resolve("snapshot.json");
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8");
        // A command line that names its subcommand builds only that one: help builds all eight,
        // so that every command's option classes are in the archive, not only plan's and snapshot's.
        Main.run(new String[] {"--help"}, discard, discard, Map.of(), false);
        // Exit code 2: the plan has changes, which the homelab example does.
        boolean planned = true;
        for (String format : List.of("text", "json", "markdown")) {
            // As Main.main runs a command line that names its subcommand: after the start-up thread.
            int code = Main.run(new String[] {"plan", sync.toString(), "--state", snapshot.toString(), "--format", format},
                    InputStream.nullInputStream(), discard, discard, Map.of(), false, StartUp.begin());
            planned &= code == ExitCode.OK || code == ExitCode.CHANGES;
        }
        Path folder = Files.createTempDirectory("komodo-sync-cds");
        Path fetched = folder.resolve("snapshot.json");
        List<Path> warned = new ArrayList<>();
        // Loopback only, whatever the host's name resolves to.
        try (KomodoEmulator emulator = KomodoEmulator.builder()
                .bindAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))
                .seed(snapshot)
                .build()
                .start()) {
            List<String> fetch = List.of("snapshot", "--url", emulator.url().toString(), "--api-key", emulator.adminKey(),
                    "-o", fetched.toString());
            // km's config files are looked for in the empty temporary folder only: never the user's.
            int read = Main.run(fetch.toArray(String[]::new), discard, discard,
                    Map.of("KOMODO_API_SECRET", emulator.adminSecret(), "KOMODO_CLI_CONFIG_PATHS", folder.toString()), false);
            // What Main.main does after a command, before it exits.
            QuickExit.stopHttpSelectors();
            // Diagnostics that echo their lines from files, eight of them (read side by side), in a JSON plan.
            for (int i = 0; i < 8; i++) {
                warned.add(Files.writeString(folder.resolve("warned-" + i + ".toml"), "[[server]]\nname = \"cds-" + i
                        + "\"\n[server.config]\nadress = \"http://cds-" + i + ":8120\"\n"));
            }
            int warnedPlan = Main.run(new String[] {"plan", folder.toString(), "--state", snapshot.toString(), "--format",
                "json"}, discard, discard, Map.of(), false);
            return planned && warnedPlan == ExitCode.CHANGES && read == ExitCode.OK;
        } finally {
            for (Path file : warned) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(fetched);
            Files.deleteIfExists(folder);
        }
    }
}
