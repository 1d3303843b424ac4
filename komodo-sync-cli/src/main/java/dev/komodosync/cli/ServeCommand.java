package dev.komodosync.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.client.HttpKomodoApi;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.KomodoConnection;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import dev.komodosync.serve.PlanExecutor;
import dev.komodosync.serve.SnapshotSource;
import dev.komodosync.serve.SyncCommitter;
import dev.komodosync.serve.SyncDefinition;
import dev.komodosync.serve.SyncRunner;
import dev.komodosync.serve.http.SyncServer;
import dev.komodosync.source.GitOptions;
import dev.komodosync.source.GitSource;
import dev.komodosync.source.SourceException;
import dev.komodosync.source.SourceSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code komodo-sync serve}: runs every Resource Sync a sync file declares, continuously, against
 * a live Core, with Komodo's webhooks and an admin API on HTTP. Stops on SIGTERM or Ctrl-C after
 * the running work (an execution) has finished.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = {"Run the Resource Syncs declared in --sync-file continuously against a Komodo Core: poll their"
                + " sources, keep their pending plans, and serve Komodo's sync webhooks"
                + " (/listener/{github|gitlab}/sync/<name>/{refresh|sync}) and an admin API behind a bearer token"
                + " (/syncs, /metrics; /healthz is open). POST /syncs/<name>/commit writes what exists back into a"
                + " managed sync's repository and pushes it.",
                "Executing plans (apply on push, POST /syncs/<name>/execute) needs the applier, which is not in"
                        + " this build yet: executions are recorded as failed and plans stay pending."})
final class ServeCommand implements Callable<Integer> {


    @Option(names = "--sync-file", paramLabel = "<file-or-dir>", required = true,
            description = "Where the [[resource_sync]] entries to run (and the repos their linked_repo names) are"
                    + " declared (repeatable).")
    List<Path> syncFiles = new ArrayList<>();

    @Option(names = "--listen", paramLabel = "<address>", defaultValue = "127.0.0.1",
            description = "The address to serve on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String listen;

    @Option(names = "--port", paramLabel = "<n>", defaultValue = "9120", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--admin-token-file", paramLabel = "<file>",
            description = "A file holding the bearer token of the admin API and /metrics (without it they answer 401).")
    Path adminTokenFile;

    @Option(names = "--webhook-secret-file", paramLabel = "<file>",
            description = "A file holding the webhook secret of syncs whose webhook_secret is empty (Core's global one).")
    Path webhookSecretFile;

    @Option(names = "--execute", paramLabel = "<sync>",
            description = "Apply on push: a /sync webhook to this sync's branch executes its plan (repeatable)."
                    + " Without, webhooks only refresh.")
    List<String> execute = new ArrayList<>();

    @Option(names = "--execute-all", description = "Apply on push for every sync.")
    boolean executeAll;

    @Option(names = "--poll-interval", paramLabel = "<duration>", defaultValue = "1m",
            description = "How often each source is polled, e.g. 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String pollInterval;

    @Option(names = "--replan-interval", paramLabel = "<duration>", defaultValue = "10m",
            description = "Re-plan at least this often though the files did not change: what exists drifts too"
                    + " (default: ${DEFAULT-VALUE}).")
    String replanInterval;

    @Option(names = "--parallelism", paramLabel = "<n>", defaultValue = "2",
            description = "How many syncs may refresh or execute at once (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--git-url", paramLabel = "<sync>=<url>",
            description = "Read this sync's repository from <url> instead of the declared one (a mirror, a local path;"
                    + " repeatable).")
    Map<String, String> gitUrls = new LinkedHashMap<>();

    @Option(names = "--sync-directory", paramLabel = "<dir>",
            description = "Core's sync directory, for syncs with files_on_host (default: /syncs).")
    Path syncDirectory = Path.of("/syncs");

    @Option(names = "--info-file", paramLabel = "<file>",
            description = "Write {\"url\": ...} here once serving, in one rename (for scripts and tests).")
    Path infoFile;

    @Mixin
    GitAccessOptions access = new GitAccessOptions();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    private final Console console;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Object logLock = new Object();
    private Path commitWork;

    private final PlanExecutor executor;
    private final boolean executorGiven;

    /** The command, executing plans with the applier over the Core's HTTP API. */
    ServeCommand(Console console) {
        this(console, PlanExecutor.unavailable(), false);
    }

    /** A command executing plans with {@code executor} instead of the applier: tests give a recording one. */
    ServeCommand(Console console, PlanExecutor executor) {
        this(console, executor, true);
    }

    private ServeCommand(Console console, PlanExecutor executor, boolean executorGiven) {
        this.console = console;
        this.executor = executor;
        this.executorGiven = executorGiven;
    }

    @Override
    public Integer call() {
        SyncRunner runner;
        SyncServer server;
        try {
            List<SyncDefinition> syncs = syncs();
            KomodoConnection core = connection.resolve(console);
            KomodoClient client = KomodoClient.of(core);
            log("serving " + syncs.size() + " sync(s) " + syncs.stream().map(SyncDefinition::name).toList() + " against "
                    + core.url() + " (" + core.sources() + ")");
            PlanExecutor executing = executorGiven ? executor : PlanExecutor.applying(HttpKomodoApi.of(client));
            SnapshotSource snapshots = SnapshotSource.of(client);
            runner = SyncRunner.builder().syncs(syncs).snapshots(snapshots)
                    .executor(executing).listener(event -> log(event.line()))
                    .pollInterval(Durations.parse(pollInterval, "--poll-interval"))
                    .replanInterval(Durations.parse(replanInterval, "--replan-interval")).parallelism(parallelism).build();
            SyncServer.Builder builder = SyncServer.builder(runner).address(InetAddress.getByName(listen)).port(port)
                    .log(this::log).committer(SyncCommitter.git(snapshots, commitWork));
            if (adminTokenFile != null) {
                builder.adminToken(Secret.of(read(adminTokenFile, "--admin-token-file")));
            } else {
                log("warning: no --admin-token-file: the admin API and /metrics answer 401 to everyone");
            }
            if (webhookSecretFile != null) {
                builder.webhookSecret(Secret.of(read(webhookSecretFile, "--webhook-secret-file")));
            }
            server = builder.build();
        } catch (SyncSourceOptions.Failure | IllegalArgumentException | IllegalStateException | SourceException problem) {
            console.err().println("komodo-sync: " + problem.getMessage());
            return ExitCode.ERRORS;
        } catch (UnknownHostException e) {
            console.err().println("komodo-sync: --listen " + listen + ": not an address");
            return ExitCode.ERRORS;
        }
        try {
            server.start();
        } catch (UncheckedIOException cannotListen) {
            runner.close();
            console.err().println("komodo-sync: " + cannotListen.getMessage());
            return ExitCode.ERRORS;
        }
        runner.start();
        Thread hook = new Thread(() -> shutDown(server, runner), "komodo-sync-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (infoFile != null) {
                ObjectNode info = JsonNodeFactory.instance.objectNode().put("url", server.url().toString());
                // In one rename: a script waiting for the file to appear never reads it empty or cut off.
                dev.komodosync.diff.export.internal.AtomicFiles.write(infoFile, JsonText.compact(info) + "\n",
                        dev.komodosync.diff.export.internal.FileWrites.REAL);
            }
            stop.await();
        } catch (IOException e) {
            console.err().println("komodo-sync: cannot write --info-file " + infoFile + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            shutDown(server, runner);
        } catch (IllegalStateException exiting) {
            // The JVM is shutting down: the hook does it.
        }
        return ExitCode.OK;
    }

    /** Ends {@link #call()} as SIGTERM would; for tests. */
    void requestStop() {
        stop.countDown();
    }

    private synchronized void shutDown(SyncServer server, SyncRunner runner) {
        log("stopping: finishing the running work");
        server.close();
        runner.close();
        log("stopped");
    }

    private List<SyncDefinition> syncs() throws SyncSourceOptions.Failure, SourceException {
        LoadResult declarations = SyncLoader.create().load(syncFiles);
        if (declarations.hasErrors()) {
            declarations.errors().forEach(error -> console.err().println(error));
            throw new SyncSourceOptions.Failure("the --sync-file has errors");
        }
        List<DeclaredResource<ResourceSyncConfig>> declared =
                declarations.declaration().resources(KomodoKinds.RESOURCE_SYNC);
        if (declared.isEmpty()) {
            throw new SyncSourceOptions.Failure("no [[resource_sync]] is declared in " + syncFiles);
        }
        for (String name : execute) {
            if (declared.stream().noneMatch(sync -> sync.name().equals(name))) {
                throw new SyncSourceOptions.Failure("--execute " + name + ": no such resource_sync in " + syncFiles);
            }
        }
        for (String name : gitUrls.keySet()) {
            if (declared.stream().noneMatch(sync -> sync.name().equals(name))) {
                throw new SyncSourceOptions.Failure("--git-url " + name + ": no such resource_sync in " + syncFiles);
            }
        }
        GitOptions gitOptions = access.gitOptions(console);
        commitWork = gitOptions.cacheDirectory().resolveSibling("commits");
        SourceSettings settings = SourceSettings.builder().syncDirectory(syncDirectory).git(gitOptions)
                .repos(declarations.declaration()).build();
        List<SyncDefinition> syncs = new ArrayList<>();
        for (DeclaredResource<ResourceSyncConfig> sync : declared) {
            SyncDefinition definition = SyncDefinition.of(sync, settings)
                    .withExecute(executeAll || execute.contains(sync.name()));
            Optional<String> url = Optional.ofNullable(gitUrls.get(sync.name()));
            if (url.isPresent()) {
                if (!(definition.source() instanceof GitSource git)) {
                    throw new SyncSourceOptions.Failure("--git-url " + sync.name() + ": that sync reads no repository");
                }
                definition = definition.withSource(new GitSource(url.get(), git.branch(), git.commit(),
                        git.resourcePaths(), git.options()));
            }
            syncs.add(definition);
        }
        return syncs;
    }

    /** One line on standard error; its own lock, as workers log while {@link #shutDown} waits for them. */
    private void log(String line) {
        synchronized (logLock) {
            console.err().println(Instant.now() + " " + line);
        }
    }

    private static String read(Path file, String flag) throws SyncSourceOptions.Failure {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new SyncSourceOptions.Failure(flag + " " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new SyncSourceOptions.Failure("cannot read " + flag + " " + file + " (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    /** Durations as people write them: {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO-8601 ({@code PT5M}). */
    static final class Durations {
        private Durations() {}

        static Duration parse(String text, String flag) {
            String value = text.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                if (value.startsWith("pt") || value.startsWith("p")) {
                    return positive(Duration.parse(value.toUpperCase(java.util.Locale.ROOT)), flag, text);
                }
                if (value.endsWith("ms")) {
                    return positive(Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2))), flag, text);
                }
                long amount = Long.parseLong(value.substring(0, value.length() - 1));
                return positive(switch (value.charAt(value.length() - 1)) {
                    case 's' -> Duration.ofSeconds(amount);
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> throw new NumberFormatException();
                }, flag, text);
            } catch (RuntimeException unreadable) {
                throw new IllegalArgumentException(flag + " " + text + ": not a duration (e.g. 30s, 5m, 1h)");
            }
        }

        private static Duration positive(Duration value, String flag, String text) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(flag + " " + text + ": must be positive");
            }
            return value;
        }
    }
}
