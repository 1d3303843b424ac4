package dev.komodosync.serve;

import static java.util.Objects.requireNonNull;

import dev.komodosync.client.FetchedSnapshot;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.SnapshotFetcher;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import java.util.stream.Collectors;

/** What exists in Komodo, read afresh for each plan. */
@FunctionalInterface
public interface SnapshotSource {

    /**
     * What exists now.
     *
     * @throws Exception when it cannot be read (its message is recorded, so it must hold no secret)
     */
    Snapshot read() throws Exception;

    /** A live Core, read with {@link SnapshotFetcher}; a read with errors fails with them. */
    static SnapshotSource of(KomodoClient client) {
        requireNonNull(client, "client");
        SnapshotFetcher fetcher = SnapshotFetcher.builder(client).build();
        return () -> {
            FetchedSnapshot fetched = fetcher.fetch();
            if (fetched.result().hasErrors()) {
                throw new IllegalStateException("what exists in " + client.url() + " could not be read: "
                        + fetched.result().diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message)
                                .limit(3).collect(Collectors.joining("; ")));
            }
            return fetched.result().snapshot();
        };
    }

    /** Always {@code snapshot} (tests, or planning against a file). */
    static SnapshotSource of(Snapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        return () -> snapshot;
    }
}
