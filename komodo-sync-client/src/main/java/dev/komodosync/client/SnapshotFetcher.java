package dev.komodosync.client;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.komodosync.client.internal.SnapshotCalls;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.util.Optional;

/**
 * Reads everything a plan needs from a live Core into a {@link dev.komodosync.model.Snapshot}:
 * version, tags, every resource of Komodo's kinds ({@code ListFull*}), variables, users, user
 * groups and their permissions, deployment and stack states with their containers' images, and
 * the latest versions of the builds that running deployments track (komodo-api §2.1). What it
 * reads is bound by {@link dev.komodosync.diff.snapshot.SnapshotBinder}, the code that reads a
 * snapshot file, with the same diagnostics.
 *
 * <pre>{@code
 * FetchedSnapshot fetched = SnapshotFetcher.builder(client).build().fetch();
 * Snapshot snapshot = fetched.result().snapshot();
 * }</pre>
 *
 * <p>Independent calls run concurrently, a few at a time ({@link Builder#concurrency}), so that a
 * large Core is read in a few round trips' time. A complete snapshot needs an admin's key: with
 * another, {@link #fetch()} fails with {@link KomodoException.Problem#NOT_AN_ADMIN}, naming what
 * such a key cannot read, unless {@link Builder#allowPartial} was set. The read is not atomic
 * (Core has no such call): each call sees Core as it is when it runs. Fetchers are immutable; each
 * {@code fetch()} reads anew.
 */
public final class SnapshotFetcher {

    /** Told how far a fetch is: {@code done} of {@code total} calls, {@code total} growing as calls are found. */
    @FunctionalInterface
    public interface Progress {
        /** Called after each call, from any thread. */
        void calls(int done, int total);
    }

    /**
     * Told once, during a fetch, when the tags and every resource are bound: the calls that read the
     * rest (variables, users, permissions, states, build versions) may still be running. The
     * snapshot so far holds the resources and tags the result will hold (as {@link Snapshot} values,
     * with their files), and little else. A writer may start on the resources then
     * ({@link dev.komodosync.diff.snapshot.SnapshotWriter#prepare}). Called on a thread of the fetch,
     * which waits for it; what it throws fails the fetch.
     */
    @FunctionalInterface
    public interface ResourcesBound {
        /** The resources and tags are bound; {@code soFar} is the snapshot of them. */
        void bound(Snapshot soFar);
    }

    private final KomodoClient client;
    private final ResourceKinds kinds;
    private final int concurrency;
    private final boolean allowPartial;
    private final Progress progress;
    private final Optional<ResourcesBound> resourcesBound;

    private SnapshotFetcher(Builder builder) {
        this.client = builder.client;
        this.kinds = builder.kinds;
        this.concurrency = builder.concurrency;
        this.allowPartial = builder.allowPartial;
        this.progress = builder.progress;
        this.resourcesBound = builder.resourcesBound;
    }

    /** A builder for a fetcher reading through {@code client}. */
    public static Builder builder(KomodoClient client) {
        return new Builder(client);
    }

    /**
     * Reads the Core. Bad content is a diagnostic in the result, as in a file; a call that fails is
     * a {@link KomodoException} (Core unreachable, credentials refused, not an admin, not Komodo 2.x).
     */
    public FetchedSnapshot fetch() throws KomodoException {
        return new SnapshotCalls(client, kinds, concurrency, allowPartial, progress::calls,
                resourcesBound.isPresent() ? resourcesBound.get()::bound : null).fetch();
    }

    /** Builds a {@link SnapshotFetcher}. */
    public static final class Builder {
        private final KomodoClient client;
        private ResourceKinds kinds = ResourceKinds.discover();
        private int concurrency = 4;
        private boolean allowPartial;
        private Progress progress = (done, total) -> { };
        private Optional<ResourcesBound> resourcesBound = Optional.empty();

        private Builder(KomodoClient client) {
            this.client = requireNonNull(client, "client");
        }

        /** The kinds to bind (those of the class path by default); only Komodo's own are read from Core. */
        public Builder kinds(ResourceKinds value) {
            this.kinds = requireNonNull(value, "kinds");
            return this;
        }

        /** How many calls may run at once; 4 by default. */
        public Builder concurrency(int value) {
            checkArgument(value >= 1 && value <= 64, "concurrency must be between 1 and 64: %s", value);
            this.concurrency = value;
            return this;
        }

        /** Whether a key that is not an admin's may read what it can, the snapshot marked partial. */
        public Builder allowPartial(boolean value) {
            this.allowPartial = value;
            return this;
        }

        /** Told after each call how far the fetch is. */
        public Builder progress(Progress value) {
            this.progress = requireNonNull(value, "progress");
            return this;
        }

        /** Told when the tags and resources are bound, while the rest is read (none by default). */
        public Builder whenResourcesBound(ResourcesBound value) {
            this.resourcesBound = Optional.of(requireNonNull(value, "resourcesBound"));
            return this;
        }

        /** The fetcher. */
        public SnapshotFetcher build() {
            return new SnapshotFetcher(this);
        }
    }
}
