package dev.komodosync.diff.plan;

import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.plan.internal.PlanRun;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.util.List;
import java.util.Optional;

/**
 * Plans: what applying a {@link Declaration} to what exists ({@link Snapshot}) would create,
 * update, delete and deploy, as Komodo's resource sync would (behaviour §3–§6, §9), with the
 * departures its known bugs call for (see README, "Differences from Komodo").
 *
 * <pre>{@code
 * PlanResult result = Planner.plan(declaration, snapshot, SyncOptions.builder().delete(true).build());
 * result.diagnostics().forEach(System.err::println);
 * result.plan().ifPresent(plan -> System.out.print(PlanText.render(plan, false)));
 * }</pre>
 *
 * <p>Without a snapshot, {@link #check} runs the checks that need none — what {@code komodo-sync
 * validate} runs:
 *
 * <pre>{@code
 * LoadResult loaded = SyncLoader.create().load(Path.of("sync"));
 * List<Diagnostic> problems = Planner.check(loaded.declaration(), SyncOptions.defaults());
 * }</pre>
 *
 * <p>Planning is a pure function: no I/O, no clock, no randomness; the same inputs give an equal
 * result. It never throws for any declaration or snapshot: problems are diagnostics.
 */
public final class Planner {

    private final ResourceKinds kinds;

    private Planner(ResourceKinds kinds) {
        this.kinds = kinds;
    }

    /** A planner that knows every kind on the class path, besides those the inputs hold. */
    public static Planner create() {
        return new Planner(ResourceKinds.discover());
    }

    /** A planner that knows {@code kinds}, besides those the inputs hold. */
    public static Planner withKinds(ResourceKinds kinds) {
        return new Planner(requireNonNull(kinds, "kinds"));
    }

    /** Plans with the kinds on the class path; see {@link #planFor}. */
    public static PlanResult plan(Declaration declaration, Snapshot snapshot, SyncOptions options) {
        return create().planFor(declaration, snapshot, options);
    }

    /**
     * The plan of {@code declaration} against {@code snapshot} under {@code options}, or the
     * diagnostics (errors among them) that prevent one.
     */
    public PlanResult planFor(Declaration declaration, Snapshot snapshot, SyncOptions options) {
        requireNonNull(declaration, "declaration");
        requireNonNull(snapshot, "snapshot");
        requireNonNull(options, "options");
        return new PlanRun(declaration, snapshot, options, kinds).plan();
    }

    /**
     * Does the part of planning {@code declaration} that needs no snapshot (finding the
     * {@code [[VARIABLE]]} placeholders that name none of its own variables), for
     * {@link #planFor(PreparedDeclaration, Snapshot, SyncOptions)} — for instance while the
     * snapshot is read on another thread.
     */
    public static PreparedDeclaration prepare(Declaration declaration) {
        return new PreparedDeclaration(requireNonNull(declaration, "declaration"));
    }

    /** Plans with the kinds on the class path; see {@link #planFor(PreparedDeclaration, Snapshot, SyncOptions)}. */
    public static PlanResult plan(PreparedDeclaration prepared, Snapshot snapshot, SyncOptions options) {
        return create().planFor(prepared, snapshot, options);
    }

    /**
     * The plan of a {@link #prepare prepared} declaration: the same as
     * {@link #planFor(Declaration, Snapshot, SyncOptions)} of its declaration.
     */
    public PlanResult planFor(PreparedDeclaration prepared, Snapshot snapshot, SyncOptions options) {
        requireNonNull(prepared, "prepared");
        requireNonNull(snapshot, "snapshot");
        requireNonNull(options, "options");
        return new PlanRun(prepared.declaration(), Optional.of(snapshot), Optional.of(prepared.undeclaredPlaceholders()),
                options, kinds).plan();
    }

    /** Checks with the kinds on the class path; see {@link #checkFor}. */
    public static List<Diagnostic> check(Declaration declaration, SyncOptions options) {
        return create().checkFor(declaration, options);
    }

    /**
     * The checks of a plan that need no snapshot, for a declaration not yet planned against what
     * exists: references (a server, a build, a procedure's or action's execution target, …) and
     * name patterns, {@code after} entries (an error for a cycle, which the message names in order,
     * or for a name both a declared deployment and a declared stack have), user-group permission
     * targets. A name that no file declares is a warning ({@code KS420 undeclared-reference}),
     * since it may exist in Komodo; {@link #planFor} checks it against what exists. Only the
     * declarations in the scope of {@code options} are checked, and {@link SyncOptions#strict()}
     * makes warnings errors, as in a plan.
     *
     * @return the diagnostics found, in print order; none is about the declaration's own loading
     */
    public List<Diagnostic> checkFor(Declaration declaration, SyncOptions options) {
        requireNonNull(declaration, "declaration");
        requireNonNull(options, "options");
        return new PlanRun(declaration, Optional.empty(), options, kinds).check();
    }
}
