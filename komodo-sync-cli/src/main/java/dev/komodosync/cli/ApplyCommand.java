package dev.komodosync.cli;

import dev.komodosync.apply.Applier;
import dev.komodosync.apply.ApplyLock;
import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ApplyReportJson;
import dev.komodosync.apply.ApplyReportMarkdown;
import dev.komodosync.apply.ApplyReportText;
import dev.komodosync.apply.Cancellation;
import dev.komodosync.client.FetchedSnapshot;
import dev.komodosync.client.HttpKomodoApi;
import dev.komodosync.client.KomodoClient;
import dev.komodosync.client.KomodoConnection;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.render.RenderOptions;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code komodo-sync apply}: plans the files against a live Core, shows the plan, asks for
 * confirmation (or takes {@code --auto-approve}, or a saved plan whose fingerprint must still
 * match), then carries it out in Komodo's order and writes the report on standard output.
 * Exits 0 when every item was done, 1 otherwise.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Apply sync files to a live Komodo Core: plan, confirm, execute in Komodo's order, report."
                + " Exits 0 (every item done) or 1 (anything failed, refused or cancelled; errors).")
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private SyncSourceOptions sources;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private PlanOptions planOptions;

    @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
    private boolean autoApprove;

    @Option(names = "--plan", paramLabel = "<plan.json>",
            description = "A plan saved with `plan --format json -o <file>`: apply only if planning again gives the"
                    + " same plan (its fingerprint); a stale plan changes nothing.")
    private Path savedPlan;

    @Option(names = "--plan-fingerprint", paramLabel = "<sha256:…>",
            description = "Apply only if planning again gives a plan with this fingerprint.")
    private String fingerprint;

    @Option(names = "--max-deletes", paramLabel = "<n>",
            description = "Refuse the whole apply when the plan deletes more than n items.")
    private Integer maxDeletes;

    @Option(names = "--protect", paramLabel = "<kind:name-or-pattern>",
            description = "Never delete matching resources (repeatable; * and ? wildcards). A `protect` tag does the same.")
    private List<String> protect = new ArrayList<>();

    @Option(names = "--parallelism", paramLabel = "<n>",
            description = "Run at most n deploys of a round at once (default: all, as Komodo does).")
    private int parallelism;

    @Option(names = "--round-pause", paramLabel = "<ms>", defaultValue = "0",
            description = "Pause between deploy rounds (default 0: a round ends when its deploys have completed;"
                    + " Komodo sleeps 1000).")
    private long roundPause;

    @Option(names = "--deploy-timeout", paramLabel = "<seconds>", defaultValue = "1800",
            description = "Count a deploy that has not completed after this long as failed (default 1800).")
    private long deployTimeout;

    @Option(names = "--strict-deploys",
            description = "Any failed log fails a deploy (Komodo counts only Task/Spawn errors: a container that does"
                    + " not start still counts as deployed).")
    private boolean strictDeploys;

    @Option(names = "--format", paramLabel = "text|json|markdown", defaultValue = "text",
            description = "How to write the report: text (default), json (docs/apply-report-format.md) or markdown.")
    private PlanCommand.Format format;

    private final Console console;
    private final InputStream in;

    ApplyCommand(Console console, InputStream in) {
        this.console = console;
        this.in = in;
    }

    @Override
    @SuppressWarnings("try") // the apply lock is held for the whole apply; it is never read
    public Integer call() {
        if (!connection.given()) {
            return fail("apply needs a live Core: give --url <core> (or --profile <name>)");
        }
        if (savedPlan != null && fingerprint != null) {
            return fail("give --plan <plan.json> or --plan-fingerprint <fp>, not both");
        }
        Optional<String> expected;
        ApplyOptions applyOptions;
        try {
            expected = savedPlan != null ? Optional.of(SavedPlans.fingerprint(savedPlan)) : Optional.ofNullable(fingerprint);
            applyOptions = applyOptions();
        } catch (IllegalArgumentException badInput) {
            return fail(badInput.getMessage());
        }
        KomodoConnection resolved;
        try {
            resolved = connection.resolve(console);
        } catch (IllegalArgumentException unusable) {
            return fail(unusable.getMessage());
        }
        Optional<FetchedSnapshot> fetched = LiveSnapshot.fetch(connection, console, Optional.empty());
        if (fetched.isEmpty()) {
            return ExitCode.ERRORS;
        }
        SyncSourceOptions.Loaded read;
        SyncOptions options;
        try {
            read = sources.load(source.paths, SyncLoader.builder().strict(source.strict).options(source.loadOptions())
                    .build(), console, () -> Optional.of(fetched.get().result().snapshot()));
            options = planOptions.options(read, source.strict);
        } catch (SyncSourceOptions.Failure | IllegalArgumentException badInput) {
            return fail(badInput.getMessage());
        }
        LoadResult loaded = read.files();
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(fetched.get().result().diagnostics());
        Optional<Plan> plan = Optional.empty();
        if (!loaded.hasErrors() && !fetched.get().result().hasErrors()) {
            PlanResult planned = Planner.plan(loaded.declaration(), fetched.get().result().snapshot(), options);
            diagnostics.addAll(planned.diagnostics());
            plan = planned.plan();
        }
        boolean color = console.color() && !source.noColor;
        new DiagnosticPrinter(console.err(), color, loaded)
                .print(diagnostics.stream().sorted(Diagnostic.ORDER).toList());
        if (plan.isEmpty()) {
            return ExitCode.ERRORS;
        }
        console.err().print(PlanText.render(plan.get(),
                RenderOptions.defaults().withColor(color).withExisting(fetched.get().result().snapshot())));
        if (expected.isPresent() && !expected.get().equals(plan.get().fingerprint())) {
            return fail("the saved plan is stale: planning again against " + resolved.url() + " gives " + plan.get().fingerprint()
                    + ", not " + expected.get() + "; nothing was changed. Plan again and review it.");
        }
        if (!plan.get().hasChanges()) {
            return report(new ApplyReport(plan.get().fingerprint(), List.of(), List.of()));
        }
        if (expected.isEmpty() && !autoApprove) {
            if (!console.terminal()) {
                return fail("refusing to apply without confirmation: not on a terminal; give --auto-approve, or a saved"
                        + " plan with --plan <plan.json>");
            }
            if (!confirmed()) {
                console.err().println("Apply cancelled; nothing was changed.");
                return ExitCode.ERRORS;
            }
        }
        String key = resolved.url() + " " + syncKey(read);
        try (ApplyLock.Held held = FileApplyLock.in(console.environment()).acquire(key)) {
            HttpKomodoApi api = HttpKomodoApi.builder(KomodoClient.of(resolved))
                    .deployTimeout(Duration.ofSeconds(deployTimeout)).failOnAnyFailedLog(strictDeploys).build();
            ApplyProgress progress = new ApplyProgress(console.err(), console.terminal());
            CountDownLatch reported = new CountDownLatch(1);
            Thread hook = cancelOnInterrupt(applyOptions.cancellation(), reported);
            try {
                ApplyReport report;
                try {
                    report = Applier.apply(plan.get(), api, applyOptions, progress);
                } finally {
                    progress.done();
                }
                return report(report);
            } finally {
                reported.countDown();
                removeHook(hook);
            }
        } catch (ApplyLock.LockedException locked) {
            return fail(locked.getMessage());
        }
    }

    private ApplyOptions applyOptions() {
        if (parallelism < 0) {
            throw new IllegalArgumentException("--parallelism must not be negative: " + parallelism);
        }
        if (deployTimeout <= 0) {
            throw new IllegalArgumentException("--deploy-timeout must be positive: " + deployTimeout);
        }
        if (roundPause < 0) {
            throw new IllegalArgumentException("--round-pause must not be negative: " + roundPause);
        }
        ApplyOptions.Builder options = ApplyOptions.builder().parallelism(parallelism)
                .roundPause(Duration.ofMillis(roundPause)).cancellation(Cancellation.create());
        if (maxDeletes != null) {
            if (maxDeletes < 0) {
                throw new IllegalArgumentException("--max-deletes must not be negative: " + maxDeletes);
            }
            options.maxDeletes(maxDeletes);
        }
        protect.forEach(options::protect);
        if (planOptions.self != null) {
            options.selfSync(planOptions.self);
        }
        return options.build();
    }

    /** The sync an apply is of: --self, a declared --sync, or the source paths. */
    private String syncKey(SyncSourceOptions.Loaded read) {
        if (planOptions.self != null) {
            return "sync " + planOptions.self;
        }
        return read.sync().map(s -> "sync " + s).orElseGet(() -> "files " + source.paths.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList());
    }

    private boolean confirmed() {
        console.err().print("\nDo you want to perform these actions?\n  Komodo will carry out the plan above.\n"
                + "  Only 'yes' will be accepted to approve.\n\n  Enter a value: ");
        console.err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return "yes".equals(answer == null ? null : answer.strip());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private int report(ApplyReport report) {
        console.out().print(switch (format) {
            case json -> ApplyReportJson.render(report);
            case markdown -> ApplyReportMarkdown.render(report);
            case text -> ApplyReportText.render(report);
        });
        return report.succeeded() ? ExitCode.OK : ExitCode.ERRORS;
    }

    private int fail(String message) {
        console.err().println("komodo-sync: " + message);
        return ExitCode.ERRORS;
    }

    /**
     * Ctrl-C (or SIGTERM) asks the apply to stop between items and waits — at most a minute, for
     * the item or deploy round running — until it has written its report.
     */
    private static Thread cancelOnInterrupt(Cancellation cancellation, CountDownLatch reported) {
        Thread hook = new Thread(() -> {
            cancellation.cancel();
            try {
                reported.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "komodo-sync-cancel");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            cancellation.cancel();
        }
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the hook has run.
        }
    }
}
