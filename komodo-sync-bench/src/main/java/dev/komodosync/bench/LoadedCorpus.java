package dev.komodosync.bench;

import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;

/** A corpus loaded for a benchmark: its declaration and its snapshot, both known to load cleanly and to plan. */
record LoadedCorpus(Declaration declaration, Snapshot snapshot) {

    /** Loads {@code corpus}; fails the benchmark's set-up when it does not load cleanly or does not plan with {@code options}. */
    static LoadedCorpus of(Corpus corpus, SyncOptions options) {
        LoadResult loaded = SyncLoader.create().load(corpus.syncFolder());
        SnapshotResult read = SnapshotReader.create().read(corpus.snapshotFile());
        if (loaded.hasErrors() || read.hasErrors()) {
            throw new IllegalStateException("the corpus does not load cleanly: " + loaded.errors() + read.diagnostics());
        }
        if (Planner.plan(loaded.declaration(), read.snapshot(), options).plan().isEmpty()) {
            throw new IllegalStateException("the corpus " + corpus.syncFolder() + " does not plan");
        }
        return new LoadedCorpus(loaded.declaration(), read.snapshot());
    }
}
