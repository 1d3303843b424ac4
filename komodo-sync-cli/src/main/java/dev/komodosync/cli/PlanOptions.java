package dev.komodosync.cli;

import dev.komodosync.diff.plan.SyncOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of a plan that mirror a ResourceSync's config, shared by {@code plan} and {@code apply}. */
final class PlanOptions {

    @Option(names = "--delete", description = "Delete existing resources no file declares.")
    boolean delete;

    @Option(names = "--allow-empty",
            description = "Let a run that declares no resource delete what exists (without it, that is an error:"
                    + " a wrong path would delete everything).")
    private boolean allowEmpty;

    @Option(names = "--match-tag", paramLabel = "<tag>",
            description = "Plan only resources carrying this tag (repeatable: all are required).")
    List<String> matchTags = new ArrayList<>();

    @Option(names = "--include-variables", description = "Plan variables too.")
    boolean includeVariables;

    @Option(names = "--include-user-groups", description = "Plan user groups too.")
    boolean includeUserGroups;

    @Option(names = "--no-include-resources", description = "Plan no resources (nor their deploys).")
    boolean noResources;

    @Option(names = "--only", paramLabel = "<kind>[:<name>]",
            description = "Restrict the run to a kind, or one resource (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--self", paramLabel = "<sync name>",
            description = "The resource sync that reads these files, so that the plan flags changes to it.")
    String self;

    /** The planner's options from these flags and the loaded source's own (a declared sync's). */
    SyncOptions options(SyncSourceOptions.Loaded read, boolean strict) throws SyncSourceOptions.Failure {
        if (read.sync().isPresent() && (delete || !matchTags.isEmpty() || includeVariables || includeUserGroups
                || noResources || self != null)) {
            throw new SyncSourceOptions.Failure("--sync plans with the sync's own options: drop --delete, --match-tag,"
                    + " --include-*, --no-include-resources and --self");
        }
        SyncOptions.Builder options = SyncOptions.builder()
                .delete(delete)
                .includeResources(!noResources)
                .includeVariables(includeVariables)
                .includeUserGroups(includeUserGroups)
                .matchTags(matchTags)
                .allowEmpty(allowEmpty)
                .strict(strict);
        for (String restriction : only) {
            options.only(SyncOptions.Restriction.parse(restriction));
        }
        if (self != null) {
            options.selfSync(self);
        }
        read.applyTo(options);
        return options.build();
    }
}
