package dev.komodosync.emulator.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.komodosync.emulator.Faults;
import dev.komodosync.emulator.RecordedRequest;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The running emulator behind {@link dev.komodosync.emulator.KomodoEmulator}: the store seeded,
 * the handlers registered, the JDK HTTP server on a bounded pool of daemon threads, and a
 * scheduler thread that completes executions.
 */
public final class EmulatorCore {

    /** What the public builder collected. */
    public record Options(ObjectNode seed, InetAddress address, int port, int threads, int pageSize,
            boolean transparentMode, boolean disableNonAdminCreate, Duration deployDuration, int authMaxAttempts,
            Duration authWindow, String adminUsername, String adminKey, String adminSecret, int requestLogLimit) {

        /** The settings without the seed and the admin's secret. */
        @Override
        public String toString() {
            return "Options[address=" + address.getHostAddress() + ", port=" + port + ", threads=" + threads
                    + ", pageSize=" + pageSize + ", transparentMode=" + transparentMode + ", disableNonAdminCreate="
                    + disableNonAdminCreate + ", deployDuration=" + deployDuration + ", authMaxAttempts=" + authMaxAttempts
                    + ", authWindow=" + authWindow + ", admin=" + adminUsername
                    + ", adminKey=" + adminKey + ", adminSecret=***, requestLogLimit=" + requestLogLimit + "]";
        }
    }

    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY,
        // Nagle's algorithm and the client's delayed ACK add ~40 ms to every call. Read once, when
        // the JDK's server classes load; a value the user set is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Store store;
    private final Auth auth;
    private final FaultTable faults;
    private final RequestLog log;
    private final Router router;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final String adminId;

    private EmulatorCore(Options options) throws IOException {
        log = new RequestLog(options.requestLogLimit());
        store = new Store(new Store.Settings(options.transparentMode(), options.disableNonAdminCreate(), options.pageSize()));
        Documents.seed(store, options.seed());
        auth = new Auth(store);
        adminId = store.user(options.adminUsername())
                .map(existing -> {
                    existing.put("admin", true);
                    existing.put("enabled", true);
                    return Ids.of(existing);
                })
                .orElseGet(() -> auth.addUser(options.adminUsername(), true, true, true));
        auth.addKey(adminId, options.adminKey(), options.adminSecret());
        faults = new FaultTable(store);
        scheduler = Executors.newSingleThreadScheduledExecutor(daemons("komodo-emulator-executions"));
        Api api = new Api();
        Permissions permissions = new Permissions(store);
        new ResourceReads(store, permissions).register(api);
        new ResourceWrites(store, permissions).register(api);
        new MetaCalls(store, permissions).register(api);
        new VariableCalls(store).register(api);
        new GroupCalls(store).register(api);
        new Executions(store, permissions, faults, scheduler, options.deployDuration()).register(api);
        new CoreInfo(store).register(api);
        router = new Router(store, auth, api, faults, log,
                new AuthRateLimit(options.authMaxAttempts(), options.authWindow()));
        workers = Executors.newFixedThreadPool(options.threads(), daemons("komodo-emulator-http"));
        server = HttpServer.create(new InetSocketAddress(options.address(), options.port()), 64);
        server.createContext("/", router);
        server.setExecutor(workers);
    }

    /** Seeds, binds and starts serving. */
    public static EmulatorCore start(Options options) throws IOException {
        EmulatorCore core = new EmulatorCore(options);
        core.server.start();
        return core;
    }

    /** The address and port it listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The admin user's id. */
    public String adminUserId() {
        return adminId;
    }

    /** Adds an enabled user with an API key; its id. */
    public String addUser(String username, boolean admin, boolean createServers, boolean createBuilds, String key,
            String secret) {
        synchronized (store) {
            String id = auth.addUser(username, admin, createServers, createBuilds);
            auth.addKey(id, key, secret);
            return id;
        }
    }

    /** Enables or disables a user (rule 2: a disabled user's key is refused). */
    public void setEnabled(String username, boolean enabled) {
        synchronized (store) {
            store.user(username).orElseThrow(() -> new IllegalArgumentException("no user '" + username + "'"))
                    .put("enabled", enabled);
        }
    }

    /** The fault table. */
    public Faults faults() {
        return faults;
    }

    /** Every request received so far. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** Forgets the requests received so far. */
    public void clearRequests() {
        log.clear();
    }

    /** The store as a snapshot file's JSON, with every field Core holds. */
    public String documents() {
        synchronized (store) {
            return Documents.dump(store).toPrettyString();
        }
    }

    /** What the emulator holds, bound by the snapshot binding. */
    public Snapshot snapshot() {
        ObjectNode dump;
        synchronized (store) {
            dump = Documents.dump(store);
        }
        return ModelBridge.bind(dump);
    }

    /** {@link #snapshot()} written by {@code SnapshotWriter}. */
    public String snapshotText() {
        return ModelBridge.write(snapshot());
    }

    /** Stops accepting, lets running requests finish (a short grace), then stops every thread. */
    public void stop() {
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        while (router.active() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        workers.shutdownNow();
        scheduler.shutdownNow();
        try {
            workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads a seed snapshot file's text, checked by the snapshot binding. */
    public static ObjectNode readSeed(String name, String json) {
        return ModelBridge.readSeed(name, json);
    }

    /** A model snapshot as a seed. */
    public static ObjectNode seedOf(Snapshot snapshot) {
        return ModelBridge.toJson(snapshot);
    }

    /** No seed: an empty Core. */
    public static ObjectNode emptySeed() {
        return ModelBridge.JSON.createObjectNode();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
