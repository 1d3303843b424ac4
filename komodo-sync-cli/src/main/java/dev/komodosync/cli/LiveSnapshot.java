package dev.komodosync.cli;

import dev.komodosync.client.FetchedSnapshot;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.KomodoConnection;
import dev.komodosync.client.KomodoException;
import dev.komodosync.client.SnapshotFetcher;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.LoadOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Reads a live Core for a command: resolves the connection, says on standard error which Core and
 * where the credentials came from, shows progress on a terminal, and turns every failure into one
 * line and a hint.
 */
final class LiveSnapshot {

    private LiveSnapshot() {}

    /**
     * What exists, from the snapshot file {@code state} (read within {@code limits}) or from the live Core {@code connection}
     * names (exactly one of them); empty after printing why there is none.
     */
    static Optional<SnapshotResult> read(Path state, LoadOptions limits, ConnectionOptions connection, Console console) {
        if (state != null && connection.given()) {
            console.err().println("komodo-sync: give --state <snapshot.json> or --url <core>, not both");
            return Optional.empty();
        }
        if (state != null) {
            return Optional.of(SnapshotReader.create(limits).read(state));
        }
        if (!connection.given()) {
            console.err().println("komodo-sync: what exists is needed: give --state <snapshot.json>, or --url <core>"
                    + " (or --profile <name>) to read a live Core");
            return Optional.empty();
        }
        return fetch(connection, console, Optional.empty()).map(FetchedSnapshot::result);
    }

    /**
     * The snapshot of the Core {@code options} name, {@code resourcesBound} told when its resources
     * are; empty after printing why it could not be read.
     */
    static Optional<FetchedSnapshot> fetch(ConnectionOptions options, Console console,
            Optional<SnapshotFetcher.ResourcesBound> resourcesBound) {
        KomodoConnection connection;
        KomodoClient client;
        ResourceKinds kinds;
        try {
            connection = options.resolve(console);
            // The JDK's HTTP client sets up TLS when it is made, even for http://, and the kinds are
            // found by reflection: a few hundred milliseconds each at start-up, done side by side.
            FutureTask<KomodoClient> made = new FutureTask<>(() -> KomodoClient.of(connection));
            Thread maker = new Thread(made, "komodo-sync-client");
            maker.setDaemon(true);
            maker.start();
            kinds = ResourceKinds.discover();
            client = made(made);
        } catch (IllegalArgumentException unusable) {
            console.err().println("komodo-sync: " + unusable.getMessage());
            return Optional.empty();
        }
        console.err().println("Reading " + connection.url() + " (" + connection.sources() + ")");
        SnapshotFetcher.Builder builder = SnapshotFetcher.builder(client)
                .kinds(kinds)
                .allowPartial(options.allowPartial)
                .progress(console.terminal() ? (done, total) -> progress(console, done, total) : (done, total) -> { });
        resourcesBound.ifPresent(builder::whenResourcesBound);
        SnapshotFetcher fetcher = builder.build();
        try {
            FetchedSnapshot fetched = fetcher.fetch();
            if (console.terminal()) {
                console.err().print("\r\033[K");
            }
            return Optional.of(fetched);
        } catch (KomodoException failed) {
            if (console.terminal()) {
                console.err().print("\r\033[K");
            }
            console.err().println("komodo-sync: " + failed.getMessage());
            hint(failed).ifPresent(hint -> console.err().println("  = hint: " + hint));
            return Optional.empty();
        }
    }

    /** The client {@code made} made; what it threw, thrown again. */
    private static KomodoClient made(FutureTask<KomodoClient> made) {
        try {
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the client was made", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw new IllegalStateException("making the client failed", e.getCause());
        }
    }

    private static synchronized void progress(Console console, int done, int total) {
        console.err().print("\r  " + done + "/" + total + " calls");
        console.err().flush();
    }

    /** What to do about a failure, where there is something to say. */
    static Optional<String> hint(KomodoException failed) {
        return switch (failed.problem()) {
            case UNREACHABLE -> Optional.of("check the address and that Core is running; give it with --url or KOMODO_ADDRESS");
            case TIMEOUT -> Optional.of("Core did not answer in time; try again, or check its load");
            case UNAUTHORIZED -> Optional.of("check the API key and secret (--api-key, --api-secret-file, KOMODO_API_KEY,"
                    + " KOMODO_API_SECRET, or the km profile); the key's user must be enabled");
            case RATE_LIMITED -> Optional.of("Core's rate limiter counts failed sign-ins per address: wait, then check"
                    + " the credentials");
            case NOT_THE_API -> Optional.of("--url takes Core's address, the one the UI is served at, with no path");
            case NOT_AN_ADMIN -> Optional.of("create an API key for an admin user, or add --allow-partial");
            case UNSUPPORTED_VERSION -> Optional.of("komodo-sync reads Komodo 2.x (v2.3.2)");
            case ERROR_RESPONSE -> failed.firstCause();
            case INTERRUPTED -> Optional.empty();
        };
    }
}
