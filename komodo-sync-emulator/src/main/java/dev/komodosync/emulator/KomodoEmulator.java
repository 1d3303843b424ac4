package dev.komodosync.emulator;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.emulator.internal.EmulatorCore;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Komodo Core API emulator: a real HTTP server, on loopback by default, that speaks Komodo
 * v2.3.2's API (komodo-api §1–§3) and enforces its rules (§5), for tests and demos. It is not a
 * Komodo Core: nothing is deployed anywhere, executions only change what the emulator reports.
 *
 * <pre>{@code
 * try (KomodoEmulator core = KomodoEmulator.builder().seed(Path.of("snapshot.json")).build().start()) {
 *     URI url = core.url();                  // http://127.0.0.1:<free port>
 *     String key = core.adminKey(), secret = core.adminSecret();
 *     // ... run the code under test against url ...
 *     Snapshot after = core.dump();           // what Core holds now
 * }
 * }</pre>
 *
 * <p>It stores Komodo's JSON documents as Core does (with {@code base_permission}, {@code info},
 * {@code updated_at}, users' flags, API keys), seeded from a snapshot file (formats §1) or empty,
 * and dumps them back as a snapshot through the snapshot binding. Where the API spec leaves a
 * choice open, the emulator's README says what it does. Instances are thread-safe;
 * {@link #close()} stops the server and its threads.
 */
public final class KomodoEmulator implements AutoCloseable {

    private final EmulatorCore.Options options;
    private volatile EmulatorCore core;

    private KomodoEmulator(EmulatorCore.Options options) {
        this.options = options;
    }

    /** A builder: empty Core, 127.0.0.1, a free port, generated admin credentials. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and starts serving; returns this emulator.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when already started
     */
    public synchronized KomodoEmulator start() {
        if (core != null) {
            throw new IllegalStateException("the emulator is already started");
        }
        try {
            core = EmulatorCore.start(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.address().getHostAddress() + ":"
                    + options.port() + ": " + e.getMessage(), e);
        }
        return this;
    }

    private EmulatorCore core() {
        EmulatorCore running = core;
        if (running == null) {
            throw new IllegalStateException("the emulator is not started: call start() first");
        }
        return running;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    public URI url() {
        InetSocketAddress address = core().address();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /** The port it listens on. */
    public int port() {
        return core().address().getPort();
    }

    /** The admin user's API key. */
    public String adminKey() {
        return options.adminKey();
    }

    /** The admin user's API secret. */
    public String adminSecret() {
        return options.adminSecret();
    }

    /** The admin user's id. */
    public String adminUserId() {
        return core().adminUserId();
    }

    /**
     * Adds an enabled user with a generated API key, e.g. a non-admin to test permissions
     * (rule 10), which then gets what {@code UpdatePermissionOnTarget} and groups give it.
     *
     * @throws IllegalArgumentException when the username is taken
     */
    public EmulatorUser addUser(String username, UserRight... rights) {
        requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("a username must not be blank");
        }
        Set<UserRight> granted = rights.length == 0 ? EnumSet.noneOf(UserRight.class) : EnumSet.copyOf(List.of(rights));
        String key = Credentials.generate('K');
        String secret = Credentials.generate('S');
        String id = core().addUser(username, granted.contains(UserRight.ADMIN), granted.contains(UserRight.CREATE_SERVERS),
                granted.contains(UserRight.CREATE_BUILDS), key, secret);
        return new EmulatorUser(id, username, key, secret);
    }

    /** Enables or disables a user: a disabled user's key gets 401 (rule 2). */
    public void setUserEnabled(String username, boolean enabled) {
        core().setEnabled(username, enabled);
    }

    /** Fault injection for the next calls. */
    public Faults faults() {
        return core().faults();
    }

    /**
     * The requests received so far, in arrival order, secrets left out of the headers: every one,
     * unless the builder's {@link Builder#requestLogLimit} keeps only the latest.
     */
    public List<RecordedRequest> requests() {
        return core().requests();
    }

    /** Forgets the requests received so far. */
    public void clearRequests() {
        core().clearRequests();
    }

    /** What the emulator holds, as a {@link Snapshot} (bound by the snapshot binding). */
    public Snapshot dump() {
        return core().snapshot();
    }

    /** {@link #dump()} as a snapshot file's text, written by {@code SnapshotWriter}. */
    public String dumpText() {
        return core().snapshotText();
    }

    /**
     * The stored documents as one snapshot-shaped JSON text, with every field Core holds (also those a
     * {@link Snapshot} does not carry: {@code base_permission}, {@code info}, {@code updated_at},
     * users' {@code admin} and {@code enabled}); API keys are not included.
     */
    public String documents() {
        return core().documents();
    }

    /** Stops serving: running requests get a short grace, then every thread ends. Idempotent. */
    @Override
    public synchronized void close() {
        EmulatorCore running = core;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public String toString() {
        EmulatorCore running = core;
        return "KomodoEmulator[" + (running == null ? "not started" : url()) + "]";
    }

    /** Configures an emulator; every setting has a default. */
    public static final class Builder {

        private ObjectNode seed = EmulatorCore.emptySeed();
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port;
        private int threads = 8;
        private int pageSize = 50;
        private boolean transparentMode;
        private boolean disableNonAdminCreate;
        private Duration deployDuration = Duration.ofMillis(100);
        private int authMaxAttempts;
        private Duration authWindow = Duration.ofSeconds(15);
        private int requestLogLimit = Integer.MAX_VALUE;
        private String adminUsername = "admin";
        private String adminKey = Credentials.generate('K');
        private String adminSecret = Credentials.generate('S');

        private Builder() {}

        /**
         * Seeds from a snapshot file (formats §1); seeded ids are kept.
         *
         * @throws UncheckedIOException when the file cannot be read
         * @throws IllegalArgumentException when the snapshot binding finds errors in it
         */
        public Builder seed(Path snapshotFile) {
            requireNonNull(snapshotFile, "snapshotFile");
            try {
                seed = EmulatorCore.readSeed(snapshotFile.toString(),
                        Files.readString(snapshotFile, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the seed " + snapshotFile, e);
            }
            return this;
        }

        /** Seeds from a snapshot; seeded ids are kept. */
        public Builder seed(Snapshot snapshot) {
            seed = EmulatorCore.seedOf(requireNonNull(snapshot, "snapshot"));
            return this;
        }

        /** Seeds from a snapshot file's text. */
        public Builder seedJson(String snapshotJson) {
            seed = EmulatorCore.readSeed("seed", requireNonNull(snapshotJson, "snapshotJson"));
            return this;
        }

        /** The address to listen on; default loopback (127.0.0.1). */
        public Builder bindAddress(InetAddress value) {
            address = requireNonNull(value, "value");
            return this;
        }

        /** The port; 0 (the default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("a port is 0..65535: " + value);
            }
            port = value;
            return this;
        }

        /** The threads answering requests; default 8. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be positive: " + value);
            }
            threads = value;
            return this;
        }

        /** Core's {@code default_pagination_limit}; default 50. */
        public Builder pageSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the page size must be positive: " + value);
            }
            pageSize = value;
            return this;
        }

        /** Core's {@code transparent_mode}: everyone reads everything. Default off. */
        public Builder transparentMode(boolean value) {
            transparentMode = value;
            return this;
        }

        /** Core's {@code disable_non_admin_create}. Default off. */
        public Builder disableNonAdminCreate(boolean value) {
            disableNonAdminCreate = value;
            return this;
        }

        /** How long a deploy runs (its target busy) before it completes; default 100 ms. */
        public Builder deployDuration(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("a duration is not negative: " + value);
            }
            deployDuration = value;
            return this;
        }

        /**
         * Turns on Core's limit on failed authentications (komodo-api §1.6; Core's defaults are 5
         * attempts in 15 s): per client IP, once {@code maxAttempts} failed key pairs fall within
         * {@code window}, every request gets 429 {@code Too many attempts | Try again in Ns}. Off by
         * default, so that tests of bad credentials do not lock each other out.
         */
        public Builder authRateLimit(int maxAttempts, Duration window) {
            if (maxAttempts < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit needs at least one attempt in a positive window: "
                        + maxAttempts + " in " + window);
            }
            authMaxAttempts = maxAttempts;
            authWindow = window;
            return this;
        }

        /**
         * The admin's username and API key pair (default {@code admin} and a generated pair). A seeded
         * user of that name becomes the admin.
         */
        public Builder admin(String username, String key, String secret) {
            requireNonNull(username, "username");
            requireNonNull(key, "key");
            requireNonNull(secret, "secret");
            if (username.isBlank() || key.isBlank() || secret.isBlank()) {
                throw new IllegalArgumentException("the admin's username, key and secret must not be blank");
            }
            adminUsername = username;
            adminKey = key.trim();
            adminSecret = secret.trim();
            return this;
        }

        /**
         * How many requests {@link KomodoEmulator#requests()} keeps: the latest this many, the
         * oldest let go first; 0 keeps none. Every request by default, which a test wants; an
         * emulator that serves for days (the {@code emulator} command) keeps none, or would hold
         * every request it ever answered.
         */
        public Builder requestLogLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("the request log's limit is not negative: " + value);
            }
            requestLogLimit = value;
            return this;
        }

        /** An emulator with these settings, not yet started. */
        public KomodoEmulator build() {
            return new KomodoEmulator(new EmulatorCore.Options(seed, address, port, threads, pageSize,
                    transparentMode, disableNonAdminCreate, deployDuration, authMaxAttempts, authWindow, adminUsername,
                    adminKey, adminSecret, requestLogLimit));
        }
    }
}
