package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.actions;
import static dev.komodosync.diff.plan.PlanTesting.changes;
import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.deploys;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static dev.komodosync.diff.plan.PlanTesting.skipped;
import static dev.komodosync.diff.plan.PlanTesting.states;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Severity;
import dev.komodosync.model.Snapshot;
import org.junit.jupiter.api.Test;

/** Creates, updates and deletes (behaviour §3.1, §3.5, §3.8, §4), with the departures of the architecture. */
class ResourcePlanningTest {

    @Test
    void aDeclaredResourceThatDoesNotExistIsCreated() {
        Plan plan = plan(declare("[[server]]\nname = \"nas\"\n"), Snapshot.empty());
        assertThat(actions(plan)).containsExactly("create server nas");
    }

    @Test
    void anUnchangedResourceIsNotTouched() {
        String toml = "[[server]]\nname = \"nas\"\nconfig.address = \"https://nas:8120\"\n";
        assertThat(plan(declare(toml), existing(toml).build()).hasChanges()).isFalse();
    }

    @Test
    void changedFieldsAreListedWithTheirPathsAndValues() {
        Plan plan = plan(
                declare("[[deployment]]\nname = \"api\"\n[deployment.config]\nnetwork = \"bridge\"\nreplicas = 2\n"),
                existing("[[deployment]]\nname = \"api\"\n[deployment.config]\nnetwork = \"host\"\n").build());
        assertThat(changes(plan)).containsExactly("config.network: \"host\" → \"bridge\"", "config.replicas: 1 → 2");
    }

    @Test
    void aFieldLeftOutResetsToItsDefault() {
        Plan plan = plan(declare("[[stack]]\nname = \"web\"\n"),
                existing("[[stack]]\nname = \"web\"\nconfig.auto_pull = false\nconfig.branch = \"dev\"\n").build());
        assertThat(changes(plan)).containsExactly("config.auto_pull: false → true", "config.branch: \"dev\" → \"main\"");
    }

    @Test
    void nestedTablesAndUnionParamsAreDescendedInto() {
        Plan plan = plan(
                declare("""
                        [[deployment]]
                        name = "api"
                        config.image = { type = "Image", params = { image = "nginx:2" } }
                        [[stack]]
                        name = "web"
                        config.pre_deploy.command = "ls"
                        """),
                existing("""
                        [[deployment]]
                        name = "api"
                        config.image = { type = "Image", params = { image = "nginx:1" } }
                        [[stack]]
                        name = "web"
                        """).build());
        assertThat(plan.resources()).hasSize(2);
        assertThat(((ResourceChange.Update) plan.resources().get(0)).changes()).extracting(FieldChange::path)
                .containsExactly("config.pre_deploy.command");
        assertThat(((ResourceChange.Update) plan.resources().get(1)).changes()).extracting(PlanTesting::describe)
                .containsExactly("config.image.params.image: \"nginx:1\" → \"nginx:2\"");
    }

    @Test
    void metadataChangesAreUpdatesAndTagOrderMatters() {
        Plan plan = plan(declare("[[server]]\nname = \"nas\"\ndescription = \"new\"\ntags = [\"b\", \"a\"]\ntemplate = true\n"),
                existing("[[server]]\nname = \"nas\"\ndescription = \"old\"\ntags = [\"a\", \"b\"]\n").build());
        assertThat(changes(plan)).containsExactly("description: \"old\" → \"new\"", "template: false → true",
                "tags: [\"a\",\"b\"] → [\"b\",\"a\"]");
    }

    @Test
    void aTemplateOnlyChangeIsShown() {
        // Departure from behaviour §4.2: Komodo's pending view hides it although execution applies it.
        Plan plan = plan(declare("[[server]]\nname = \"nas\"\ntemplate = true\n"), existing("[[server]]\nname = \"nas\"\n").build());
        assertThat(changes(plan)).containsExactly("template: false → true");
    }

    @Test
    void duplicateNamesInADeclarationBuiltInCodeAreAnError() {
        Declaration twice = Declaration.builder()
                .add(dev.komodosync.model.Resource.withDefaults(dev.komodosync.model.KomodoKinds.SERVER, "nas"))
                .add(dev.komodosync.model.Resource.withDefaults(dev.komodosync.model.KomodoKinds.SERVER, "nas"))
                .build();
        PlanResult result = Planner.plan(twice, Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.DUPLICATE_NAME);
    }

    @Test
    void storedIdsAreComparedAsTheNamesTheyStandFor() {
        Declaration declared = declare("""
                [[server]]
                name = "nas"
                [[stack]]
                name = "web"
                config.server = "nas"
                """);
        Snapshot snapshot = existing("""
                [[server]]
                name = "nas"
                [[stack]]
                name = "web"
                config.server_id = "id-nas"
                """).build();
        assertThat(plan(declared, snapshot).hasChanges()).isFalse();
    }

    @Test
    void aStoredIdThatNoLongerResolvesIsEmpty() {
        Plan plan = plan(declare("[[server]]\nname = \"nas\"\n[[stack]]\nname = \"web\"\nconfig.server = \"nas\"\n"),
                existing("[[server]]\nname = \"nas\"\n[[stack]]\nname = \"web\"\nconfig.server_id = \"id-gone\"\n").build());
        assertThat(changes(plan)).containsExactly("config.server: \"\" → \"nas\"");
    }

    @Test
    void buildVersionLeftOutNeverResetsTheStoredOne() {
        String existing = "[[build]]\nname = \"api\"\nconfig.version = \"1.4.2\"\n";
        assertThat(plan(declare("[[build]]\nname = \"api\"\n"), existing(existing).build()).hasChanges()).isFalse();
        assertThat(changes(plan(declare("[[build]]\nname = \"api\"\nconfig.version = \"2.0.0\"\n"),
                existing(existing).build()))).containsExactly("config.version: \"1.4.2\" → \"2.0.0\"");
    }

    @Test
    void aBuilderTypeChangeWithDefaultParamsIsAnUpdate() {
        // Departure from behaviour §4.5: Komodo computes no diff and never applies it.
        Plan plan = plan(declare("[[builder]]\nname = \"b\"\nconfig = { type = \"Url\", params = {} }\n"),
                existing("[[builder]]\nname = \"b\"\nconfig = { type = \"Aws\", params = {} }\n").build());
        assertThat(changes(plan)).hasSize(2).first().isEqualTo("config.type: \"Aws\" → \"Url\"");
        assertThat(changes(plan).get(1)).startsWith("config.params: {\"region\":\"us-east-1\"");
    }

    @Test
    void lineEndingsNeverMakeADiff() {
        Declaration declared = declare("[[stack]]\nname = \"web\"\nconfig.environment = \"A = 1\\nB = 2\"\n");
        Snapshot snapshot = existing("[[stack]]\nname = \"web\"\nconfig.environment = \"A = 1\\r\\nB = 2\\r\\n\"\n").build();
        assertThat(plan(declared, snapshot).hasChanges()).isFalse();
    }

    @Test
    void deletesHappenOnlyInDeleteOrManagedMode() {
        Declaration declared = declare("[[server]]\nname = \"keep\"\n");
        Snapshot snapshot = existing("[[server]]\nname = \"keep\"\n[[server]]\nname = \"old\"\n[[stack]]\nname = \"s\"\n").build();
        assertThat(actions(plan(declared, snapshot))).isEmpty();
        assertThat(actions(plan(declared, snapshot, SyncOptions.builder().delete(true).build())))
                .containsExactly("delete server old", "delete stack s");
        assertThat(actions(plan(declared, snapshot, SyncOptions.builder().managed(true).build())))
                .containsExactly("delete server old", "delete stack s");
    }

    @Test
    void changesAreInApplyOrderWithProceduresDeletingFirst() {
        Declaration declared = declare("""
                [[procedure]]
                name = "p-new"
                [[deployment]]
                name = "d-new"
                [[stack]]
                name = "b"
                [[stack]]
                name = "a"
                config.branch = "dev"
                [[server]]
                name = "s-new"
                """);
        Snapshot snapshot = existing("[[procedure]]\nname = \"p-old\"\n[[stack]]\nname = \"a\"\n[[stack]]\nname = \"z\"\n")
                .build();
        assertThat(actions(plan(declared, snapshot, SyncOptions.builder().delete(true).build()))).containsExactly(
                "create server s-new", "create stack b", "update stack a", "delete stack z", "create deployment d-new",
                "delete procedure p-old", "create procedure p-new");
    }

    @Test
    void matchTagsLimitBothSides() {
        Declaration declared = declare("""
                [[server]]
                name = "tagged"
                tags = ["prod"]
                [[server]]
                name = "untagged"
                """);
        Snapshot snapshot = existing("[[server]]\nname = \"other-tagged\"\ntags = [\"prod\"]\n[[server]]\nname = \"other\"\n")
                .build();
        PlanResult result = Planner.plan(declared, snapshot,
                SyncOptions.builder().matchTags(java.util.List.of("prod")).delete(true).build());
        assertThat(actions(result.plan().orElseThrow())).containsExactly("create server tagged", "delete server other-tagged");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.EXCLUDED_BY_OPTIONS);
        assertThat(result.diagnostics().get(0).message())
                .isEqualTo("1 resource declaration not planned (lacks match tag prod): server untagged");
    }

    @Test
    void anExistingResourceInScopeIsDeletedWhenOnlyAnOutOfScopeDeclarationHasItsName() {
        // The declaration lacks the match tag, so it neither updates nor keeps the tagged resource.
        Declaration declared = declare("""
                [[server]]
                name = "shared"
                [[server]]
                name = "kept"
                tags = ["prod"]
                """);
        Snapshot snapshot = existing("""
                [[server]]
                name = "shared"
                tags = ["prod"]
                [[server]]
                name = "kept"
                tags = ["prod"]
                [[server]]
                name = "gone"
                tags = ["prod"]
                [[server]]
                name = "untouched"
                """).build();
        PlanResult result = Planner.plan(declared, snapshot,
                SyncOptions.builder().matchTags(java.util.List.of("prod")).delete(true).build());
        assertThat(actions(result.plan().orElseThrow())).containsExactly("delete server gone", "delete server shared");
    }

    @Test
    void declarationsOutOfScopeAreReportedInDeclarationOrderHoweverManyThereAre() {
        // Twenty declarations, checked in several runs side by side: the report keeps the order of
        // Declaration.resources() (the stacks, then the servers), whichever run saw each first.
        StringBuilder toml = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            toml.append(i % 2 == 0 ? "[[stack]]\n" : "[[server]]\n").append("name = \"n").append(19 - i).append("\"\n");
            if (i % 3 == 0) {
                toml.append("tags = [\"prod\"]\n");
            }
        }
        PlanResult result = Planner.plan(declare(toml.toString()), Snapshot.empty(),
                SyncOptions.builder().matchTags(java.util.List.of("prod")).build());
        assertThat(result.diagnostics()).filteredOn(d -> d.code() == DiagnosticCode.EXCLUDED_BY_OPTIONS)
                .extracting(Diagnostic::message)
                .containsExactly("13 resource declarations not planned (lacks match tag prod): stack n17, stack n15,"
                        + " stack n11, stack n9, stack n5, …");
    }

    @Test
    void ofTwoExistingResourcesWithOneNameTheFirstInScopeIsCompared() {
        // Komodo keeps names unique, but a snapshot file can say anything: the one that match_tags
        // lets through is compared, not simply the first.
        Declaration declared = declare("""
                [[server]]
                name = "nas"
                tags = ["prod"]
                config.address = "https://nas:8120"
                """);
        Snapshot snapshot = Snapshot.builder()
                .add(new ExistingResource<>("id-1", declare("[[server]]\nname = \"nas\"\nconfig.address = \"https://old:8120\"\n")
                        .resources().get(0).resource()))
                .add(new ExistingResource<>("id-2", declare("[[server]]\nname = \"nas\"\ntags = [\"prod\"]\n"
                        + "config.address = \"https://nas:8120\"\n").resources().get(0).resource()))
                .build();
        SyncOptions prodOnly = SyncOptions.builder().matchTags(java.util.List.of("prod")).delete(true).build();
        assertThat(actions(plan(declared, snapshot, prodOnly))).isEmpty();
        // Without the filter, the first is compared.
        assertThat(changes(plan(declared, snapshot, SyncOptions.builder().build())))
                .contains("config.address: \"https://old:8120\" → \"https://nas:8120\"");
    }

    @Test
    void aMatchTagsFilterThatMatchesNothingWarns() {
        PlanResult result = Planner.plan(declare("[[server]]\nname = \"s\"\n"), Snapshot.empty(),
                SyncOptions.builder().matchTags(java.util.List.of("prdo")).build());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.MATCH_TAGS_MATCH_NOTHING);
    }

    @Test
    void aCreateThatWouldCollideWithAnOutOfScopeResourceIsLeftOutWithAWarning() {
        // Issue 13: KS414 was an error that stopped the whole plan; now only that create is left out.
        PlanResult result = Planner.plan(declare("[[server]]\nname = \"nas\"\ntags = [\"prod\"]\n"
                        + "[[server]]\nname = \"new\"\ntags = [\"prod\"]\n"),
                existing("[[server]]\nname = \"nas\"\n").build(),
                SyncOptions.builder().matchTags(java.util.List.of("prod")).build());
        assertThat(actions(result.plan().orElseThrow())).containsExactly("create server new");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.NAME_TAKEN);
        Diagnostic taken = result.diagnostics().get(0);
        assertThat(taken.severity()).isEqualTo(Severity.WARNING);
        assertThat(taken.location().orElseThrow().line()).isEqualTo(2);
        assertThat(taken.message()).contains("server `nas` is not created", "Komodo would try to create it and fail:"
                + " a resource of that name exists outside this sync's scope", "lacks match tag prod");
    }

    @Test
    void aNameTakenOutsideTheScopeIsAnErrorInStrictMode() {
        PlanResult result = Planner.plan(declare("[[server]]\nname = \"nas\"\ntags = [\"prod\"]\n"),
                existing("[[server]]\nname = \"nas\"\n").build(),
                SyncOptions.builder().matchTags(java.util.List.of("prod")).strict(true).build());
        assertThat(result.plan()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.NAME_TAKEN, Severity.ERROR));
    }

    @Test
    void aDeployTargetWhoseNameIsTakenOutsideTheScopeDoesNotDeploy() {
        Plan plan = plan(declare("[[stack]]\nname = \"web\"\ntags = [\"prod\"]\ndeploy = true\n"),
                existing("[[stack]]\nname = \"web\"\n").runtime(states("stacks:web=running")).build(),
                SyncOptions.builder().matchTags(java.util.List.of("prod")).build());
        assertThat(actions(plan)).isEmpty();
        assertThat(deploys(plan)).isEmpty();
        assertThat(skipped(plan)).containsExactly(
                "stack web: not created: a stack of that name exists outside this sync's scope");
    }

    @Test
    void aRestrictedRunFiltersDeclaredAndExistingAlike() {
        Declaration declared = declare("[[stack]]\nname = \"a\"\nconfig.branch = \"x\"\n[[stack]]\nname = \"b\"\n[[server]]\nname = \"s\"\n");
        Snapshot snapshot = existing("[[stack]]\nname = \"a\"\n[[stack]]\nname = \"c\"\n").build();
        Plan plan = plan(declared, snapshot, SyncOptions.builder().delete(true)
                .only(SyncOptions.Restriction.parse("stack:a")).only(SyncOptions.Restriction.parse("stack:c")).build());
        assertThat(actions(plan)).containsExactly("update stack a", "delete stack c");
    }

    @Test
    void anUnknownKindInARestrictionIsAnError() {
        PlanResult result = Planner.plan(Declaration.empty(), Snapshot.empty(),
                SyncOptions.builder().only(SyncOptions.Restriction.parse("stak")).build());
        // Nothing is declared either: KS418 says so beside the error.
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder(DiagnosticCode.OPTION_CONFLICT, DiagnosticCode.NOTHING_DECLARED_TO_PLAN);
    }

    @Test
    void syncsDefinedInKomodosUiAreNeverTouched() {
        Declaration declared = declare("""
                [[resource_sync]]
                name = "ui-defined"
                config.file_contents = "[[server]]\\nname = \\"x\\""
                [[resource_sync]]
                name = "from-git"
                config.repo = "acme/sync"
                """);
        Snapshot snapshot = existing("[[resource_sync]]\nname = \"unconfigured\"\n").build();
        assertThat(actions(plan(declared, snapshot, SyncOptions.builder().delete(true).build())))
                .containsExactly("create resource_sync from-git");
    }

    @Test
    void withIncludeResourcesOffNothingIsPlannedAndThatIsSaid() {
        PlanResult result = Planner.plan(declare("[[server]]\nname = \"s\"\n[[stack]]\nname = \"w\"\ndeploy = true\n"),
                Snapshot.empty(), SyncOptions.builder().includeResources(false).build());
        Plan plan = result.plan().orElseThrow();
        assertThat(plan.resources()).isEmpty();
        assertThat(plan.deploys().count()).isZero();
        assertThat(PlanTesting.skipped(plan)).containsExactly("stack w: include_resources is off");
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("2 resource entries ignored: include_resources is off", "include_resources is off,"
                        + " so this plan deploys nothing; Komodo v2.3.2 would still deploy 1 deploy = true target: stack w");
    }

    @Test
    void aPlanThatChangesItsOwnSyncSaysSoAndDeletingItIsAnError() {
        Declaration declared = declare("[[resource_sync]]\nname = \"self\"\nconfig.repo = \"acme/new\"\n");
        Snapshot snapshot = existing("[[resource_sync]]\nname = \"self\"\nconfig.repo = \"acme/old\"\n").build();
        PlanResult changed = Planner.plan(declared, snapshot, SyncOptions.builder().selfSync("self").build());
        assertThat(changed.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.CHANGES_OWN_SYNC);
        PlanResult deleted = Planner.plan(Declaration.empty(), snapshot,
                SyncOptions.builder().selfSync("self").delete(true).build());
        assertThat(deleted.plan()).isEmpty();
        // Declaring nothing while deleting is an error of its own too (KS418).
        assertThat(deleted.diagnostics()).extracting(Diagnostic::code)
                .containsExactlyInAnyOrder(DiagnosticCode.DELETES_OWN_SYNC, DiagnosticCode.NOTHING_DECLARED_TO_PLAN);
    }

    @Test
    void strictModeTurnsWarningsIntoErrors() {
        Declaration declared = declare("[[server]]\nname = \"s\"\n");
        SyncOptions options = SyncOptions.builder().matchTags(java.util.List.of("nothing")).strict(true).build();
        assertThat(Planner.plan(declared, Snapshot.empty(), options).plan()).isEmpty();
    }
}
