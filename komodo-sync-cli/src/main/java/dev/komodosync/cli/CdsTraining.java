package dev.komodosync.cli;

import dev.komodosync.emulator.KomodoEmulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The training run of the launcher's class-data archive ({@code bin/komodo-sync}), not a command:
 * it runs, in one process, what the archive should hold the classes of — {@code --help} (which
 * builds every subcommand), a plan of the bundled
 * homelab example, and {@code snapshot --url} from a Komodo API emulator seeded with the same
 * example's snapshot, on 127.0.0.1 at a free port. Nothing is printed; the fetched snapshot goes
 * to a temporary file that is deleted, and the emulator is stopped, before the run ends.
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
        int planned = Main.run(new String[] {"plan", sync.toString(), "--state", snapshot.toString()},
                discard, discard, Map.of(), false);
        Path folder = Files.createTempDirectory("komodo-sync-cds");
        Path fetched = folder.resolve("snapshot.json");
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
            return (planned == ExitCode.OK || planned == ExitCode.CHANGES) && read == ExitCode.OK;
        } finally {
            Files.deleteIfExists(fetched);
            Files.deleteIfExists(folder);
        }
    }
}
