package dev.komodosync.cli;

import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.PreparedDeclaration;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.render.PlanMarkdown;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.diff.render.PlanTomlDiff;
import dev.komodosync.diff.render.RenderOptions;
import dev.komodosync.diff.render.internal.PlanDocument;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.LoadOptions;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code komodo-sync plan}: what applying the files to what exists would do. */
@Command(name = "plan", mixinStandardHelpOptions = true, addMethodSubcommands = false, sortOptions = false,
        description = "Plan sync files against what exists: a snapshot file (Komodo's API JSON) or a live Core (--url)."
                + " Exits 0 (nothing to do), 2 (the plan has changes) or 1 (errors).")
final class PlanCommand implements Callable<Integer> {

    /** How a report is written (apply's {@code --format}). */
    enum Format { text, json, markdown }

    /** How the plan is written: a report's formats, and the diff of the TOML. */
    enum PlanFormat {
        text, json, markdown, toml_diff;

        /** Reads {@code --format}'s value: {@code toml-diff} is written with a dash. */
        static final class Converter implements CommandLine.ITypeConverter<PlanFormat> {
            @Override
            public PlanFormat convert(String value) {
                for (PlanFormat format : values()) {
                    if (format.name().replace('_', '-').equals(value)) {
                        return format;
                    }
                }
                throw new CommandLine.TypeConversionException(
                        "expected one of text, json, markdown, toml-diff but was '" + value + "'");
            }
        }
    }

    @Mixin
    private SourceOptions source;

    @Mixin
    private SyncSourceOptions sources;

    @Option(names = "--state", paramLabel = "<snapshot.json>",
            description = "What exists: a snapshot file (formats: docs/snapshot-format.md); or read a live Core with"
                    + " --url.")
    private Path state;

    @Mixin
    private ConnectionOptions connection;

    @Mixin
    private PlanOptions planOptions;

    @Option(names = "--format", paramLabel = "text|json|markdown|toml-diff", defaultValue = "text",
            converter = PlanFormat.Converter.class,
            description = "How to write the plan: text (default), json (formats: docs/plan-format.md), markdown"
                    + " (a pull-request comment) or toml-diff (per changed resource, a unified diff of the exported"
                    + " TOML of what exists against the declared TOML, as Komodo's UI shows it).")
    private PlanFormat format;

    @Option(names = "--compact",
            description = "Text and Markdown: one line per created or deleted resource, without its attributes.")
    private boolean compact;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>",
            description = "Write the plan to this file instead of standard output (e.g. --format json -o plan.json,"
                    + " for `apply --plan plan.json`).")
    private Path output;

    private final Console console;

    PlanCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        LoadOptions limits;
        try {
            limits = source.loadOptions();
        } catch (IllegalArgumentException badLimit) {
            console.err().println("komodo-sync: " + badLimit.getMessage());
            return ExitCode.ERRORS;
        }
        // The snapshot is read on a thread of its own while the files load: both cores work.
        CompletableFuture<Optional<SnapshotResult>> reading = CompletableFuture.supplyAsync(
                new ReadSnapshot(limits), new Daemon("komodo-sync-snapshot"));
        SyncSourceOptions.Loaded read;
        SyncOptions options;
        try {
            read = sources.load(source.paths, SyncLoader.builder().strict(source.strict).options(limits).build(), console,
                    new ReadSnapshotWithoutErrors(reading));
            options = planOptions.options(read, source.strict);
        } catch (SyncSourceOptions.Failure | IllegalArgumentException badInput) {
            console.err().println("komodo-sync: " + badInput.getMessage());
            return ExitCode.ERRORS;
        }
        LoadResult loaded = read.files();
        boolean color = console.color() && !source.noColor && output == null;
        // Made before the snapshot is waited for: finding the declaration's secrets takes a while
        // for a big sync, and the snapshot, read on the other core, is mostly not ready yet.
        DiagnosticPrinter printer = new DiagnosticPrinter(console.err(), color, loaded);
        // Likewise the part of the plan that needs no snapshot, unless the snapshot is there already
        // (then the plan does it beside its other work, on both cores).
        Optional<PreparedDeclaration> prepared = loaded.hasErrors() || reading.isDone() ? Optional.empty()
                : Optional.of(Planner.prepare(loaded.declaration()));
        Optional<SnapshotResult> existing = join(reading);
        if (existing.isEmpty()) {
            return ExitCode.ERRORS;
        }
        SnapshotResult snapshot = existing.get();
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        diagnostics.addAll(snapshot.diagnostics());
        PlanResult result;
        if (loaded.hasErrors() || snapshot.hasErrors()) {
            diagnostics.sort(Diagnostic.ORDER);
            result = new PlanResult(Optional.empty(), diagnostics);
        } else {
            PlanResult planned = prepared.isPresent() ? Planner.plan(prepared.get(), snapshot.snapshot(), options)
                    : Planner.plan(loaded.declaration(), snapshot.snapshot(), options);
            diagnostics.addAll(planned.diagnostics());
            diagnostics.sort(Diagnostic.ORDER);
            result = new PlanResult(planned.plan(), diagnostics);
        }
        // The plan is rendered on a thread of its own while the diagnostics are (both take a while
        // for a big sync, and the second core is idle by then); they are printed in the same order.
        CompletableFuture<Rendered> rendering = CompletableFuture.supplyAsync(
                new RenderPlan(result, loaded, snapshot, color), new Daemon("komodo-sync-render"));
        printer.print(result.diagnostics());
        Rendered rendered = join(rendering);
        console.err().print(rendered.notice());
        if (output == null) {
            // As bytes, encoded on the rendering thread: printed as a string, a big plan is encoded a
            // character at a time, the last thing a run does (standard output is UTF-8, as Main makes it).
            console.out().write(rendered.plan(), 0, rendered.plan().length);
        } else {
            // Replaced in one step, as export and snapshot do: a failed write leaves a saved plan whole.
            try {
                dev.komodosync.diff.export.internal.AtomicFiles.write(output, rendered.plan(),
                        dev.komodosync.diff.export.internal.FileWrites.REAL);
            } catch (IOException e) {
                console.err().println("komodo-sync: " + e.getMessage());
                return ExitCode.ERRORS;
            }
        }
        if (result.plan().isEmpty()) {
            return ExitCode.ERRORS;
        }
        return result.plan().get().hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }

    /**
     * What the command writes once the diagnostics are printed.
     *
     * @param notice for standard error: why there is no plan (text formats), else empty
     * @param plan the plan as {@code --format} asks, in UTF-8, for standard output or {@code --output}
     */
    private record Rendered(String notice, byte[] plan) {

        /** {@code plan} encoded. */
        static Rendered of(String notice, String plan) {
            return new Rendered(notice, plan.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Rendered render(PlanResult result, LoadResult loaded, SnapshotResult snapshot, boolean color) {
        RenderOptions view = RenderOptions.defaults().withCompact(compact).withColor(color)
                .withExisting(snapshot.snapshot());
        return switch (format) {
            // The fingerprint on a thread of its own while the rest of the document is written:
            // with the diagnostics being printed meanwhile, three tasks of about the same length.
            case json -> new Rendered("", PlanDocument.utf8(result, loaded.origin(), new Daemon("komodo-sync-fingerprint")));
            case markdown -> Rendered.of("", loaded.origin().isPresent()
                    ? PlanMarkdown.render(result, loaded.origin().get(), view) : PlanMarkdown.render(result, view));
            case text, toml_diff -> {
                if (result.plan().isEmpty()) {
                    yield Rendered.of(PlanText.render(result, false), "");
                } else if (format == PlanFormat.toml_diff) {
                    yield Rendered.of("", PlanTomlDiff.render(result.plan().get(), snapshot.snapshot()));
                } else {
                    yield Rendered.of("", loaded.origin().isPresent()
                            ? PlanText.render(result.plan().get(), view, loaded.origin().get())
                            : PlanText.render(result.plan().get(), view));
                }
            }
        };
    }

    // Named classes rather than lambdas and method references: each links a call site the first
    // time it runs, which a cold plan pays for (docs/architecture.md, "Start-up path").

    /** Reads the snapshot from --state or --url. */
    private final class ReadSnapshot implements Supplier<Optional<SnapshotResult>> {
        private final LoadOptions limits;

        ReadSnapshot(LoadOptions limits) {
            this.limits = limits;
        }

        @Override
        public Optional<SnapshotResult> get() {
            return LiveSnapshot.read(state, limits, connection, console);
        }
    }

    /** The snapshot being read, when it has no errors (for a sync's linked_repo). */
    private static final class ReadSnapshotWithoutErrors implements Supplier<Optional<Snapshot>> {
        private final CompletableFuture<Optional<SnapshotResult>> reading;

        ReadSnapshotWithoutErrors(CompletableFuture<Optional<SnapshotResult>> reading) {
            this.reading = reading;
        }

        @Override
        public Optional<Snapshot> get() {
            Optional<SnapshotResult> read = join(reading);
            return read.isPresent() && !read.get().hasErrors() ? Optional.of(read.get().snapshot()) : Optional.empty();
        }
    }

    /** Renders the plan as --format asks. */
    private final class RenderPlan implements Supplier<Rendered> {
        private final PlanResult result;
        private final LoadResult loaded;
        private final SnapshotResult snapshot;
        private final boolean color;

        RenderPlan(PlanResult result, LoadResult loaded, SnapshotResult snapshot, boolean color) {
            this.result = result;
            this.loaded = loaded;
            this.snapshot = snapshot;
            this.color = color;
        }

        @Override
        public Rendered get() {
            return render(result, loaded, snapshot, color);
        }
    }

    /** Runs each task on a daemon thread of its own, with a name saying what it does. */
    private static final class Daemon implements Executor {
        private final String name;

        Daemon(String name) {
            this.name = name;
        }

        @Override
        public void execute(Runnable task) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private static <T> T join(CompletableFuture<T> reading) {
        try {
            return reading.join();
        } catch (CompletionException failed) {
            // A bug, not bad input (the reader reports that as diagnostics): rethrow what was thrown.
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }
}
