package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Severity;
import dev.komodosync.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What could mislead a person about to say yes: a run that declares nothing but deletes, a plan
 * that deletes most of what exists, and options that name nothing.
 */
class SafetyWarningsTest {

    private static final String EXISTS = """
            [[stack]]
            name = "jellyfin"
            [[stack]]
            name = "sonarr"
            [[stack]]
            name = "radarr"
            [[resource_sync]]
            name = "homelab-sync"
            """;

    private static List<Diagnostic> of(PlanResult result, DiagnosticCode code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    private static PlanResult plan(Declaration declaration, SyncOptions options) {
        return Planner.plan(declaration, existing(EXISTS).build(), options);
    }

    @Test
    void declaringNothingAndDeletingIsAnErrorThatPlansNothing() {
        PlanResult result = plan(Declaration.empty(), SyncOptions.builder().delete(true).build());
        assertThat(result.plan()).isEmpty();
        assertThat(of(result, DiagnosticCode.NOTHING_DECLARED_TO_PLAN)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.message()).contains("delete all 3 resources in its scope");
            assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("--allow-empty"));
        });
    }

    @Test
    void allowingEmptyRunsPlansTheDeletesWithTheMassDeleteWarning() {
        PlanResult result = plan(Declaration.empty(), SyncOptions.builder().delete(true).allowEmpty(true).build());
        assertThat(result.plan()).hasValueSatisfying(p -> assertThat(p.summary().delete()).isEqualTo(3));
        assertThat(of(result, DiagnosticCode.NOTHING_DECLARED_TO_PLAN)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        assertThat(of(result, DiagnosticCode.MASS_DELETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("deletes 3 of the 3 resources"));
    }

    @Test
    void declaringNothingWithoutDeletingOnlyWarns() {
        PlanResult result = plan(Declaration.empty(), SyncOptions.defaults());
        assertThat(result.plan()).isPresent();
        assertThat(of(result, DiagnosticCode.NOTHING_DECLARED_TO_PLAN)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void deletingMoreThanHalfOfWhatExistsWarnsWithTheCount() {
        PlanResult result = plan(declare("[[stack]]\nname = \"jellyfin\"\n"), SyncOptions.builder().delete(true).build());
        assertThat(of(result, DiagnosticCode.MASS_DELETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo(
                        "the plan deletes 2 of the 3 resources that exist in this run's scope"));
        PlanResult half = plan(declare("[[stack]]\nname = \"jellyfin\"\n[[stack]]\nname = \"sonarr\"\n"),
                SyncOptions.builder().delete(true).build());
        assertThat(of(half, DiagnosticCode.MASS_DELETE)).as("one of three is not more than half").isEmpty();
    }

    @Test
    void theMassDeleteCountIsOfEveryExistingResourceInScopeRepeatedNamesIncluded() {
        String tagged = """
                [[stack]]
                name = "jellyfin"
                tags = ["media"]
                [[stack]]
                name = "sonarr"
                tags = ["media"]
                [[stack]]
                name = "radarr"
                tags = ["media"]
                [[deployment]]
                name = "lidarr"
                tags = ["media"]
                [[stack]]
                name = "gitea"
                [[stack]]
                name = "vault"
                [[deployment]]
                name = "grafana"
                """;
        Snapshot.Builder snapshot = existing(tagged);
        DeclaredResource<?> sonarr = declare(tagged).resources().get(1);
        snapshot.add(new ExistingResource<>("id-sonarr-again", sonarr.resource()));
        SyncOptions media = SyncOptions.builder().delete(true).matchTags(List.of("media")).build();
        PlanResult result = Planner.plan(declare("[[stack]]\nname = \"jellyfin\"\ntags = [\"media\"]\n"),
                snapshot.build(), media);
        // In scope: jellyfin, sonarr twice, radarr, lidarr; the untagged three are not counted.
        assertThat(of(result, DiagnosticCode.MASS_DELETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo(
                        "the plan deletes 3 of the 5 resources that exist in this run's scope"));
        PlanResult unrepeated = Planner.plan(declare("[[stack]]\nname = \"jellyfin\"\ntags = [\"media\"]\n"),
                existing(tagged).build(), media);
        assertThat(of(unrepeated, DiagnosticCode.MASS_DELETE)).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo(
                        "the plan deletes 3 of the 4 resources that exist in this run's scope"));
    }

    @Test
    void theMassDeleteWarningIsAnErrorUnderStrict() {
        PlanResult result = plan(declare("[[stack]]\nname = \"jellyfin\"\n"),
                SyncOptions.builder().delete(true).strict(true).build());
        assertThat(result.plan()).isEmpty();
        assertThat(of(result, DiagnosticCode.MASS_DELETE)).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void aRestrictionNamingNothingWarnsWithTheClosestName() {
        PlanResult result = plan(declare(EXISTS), SyncOptions.builder()
                .only(SyncOptions.Restriction.parse("stack:jellyfim")).build());
        assertThat(of(result, DiagnosticCode.RESTRICTION_MATCHES_NOTHING)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("`stack:jellyfim` names no declared or existing stack");
            assertThat(d.hint()).hasValue("did you mean `stack:jellyfin`?");
        });
        PlanResult named = plan(declare(EXISTS), SyncOptions.builder().only(SyncOptions.Restriction.parse("stack:sonarr"))
                .build());
        assertThat(of(named, DiagnosticCode.RESTRICTION_MATCHES_NOTHING)).isEmpty();
    }

    @Test
    void aRestrictionToAKindOfWhichNothingExistsWarns() {
        PlanResult result = plan(declare(EXISTS), SyncOptions.builder().only(SyncOptions.Restriction.parse("deployment"))
                .build());
        assertThat(of(result, DiagnosticCode.RESTRICTION_MATCHES_NOTHING)).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("no deployment is declared or exists"));
    }

    @Test
    void anUnknownSelfSyncWarnsWithTheClosestName() {
        PlanResult result = plan(declare(EXISTS), SyncOptions.builder().selfSync("homelab-snyc").build());
        assertThat(of(result, DiagnosticCode.SELF_SYNC_UNKNOWN)).singleElement()
                .satisfies(d -> assertThat(d.hint()).hasValue("did you mean `homelab-sync`?"));
        PlanResult known = plan(declare(EXISTS), SyncOptions.builder().selfSync("homelab-sync").build());
        assertThat(of(known, DiagnosticCode.SELF_SYNC_UNKNOWN)).isEmpty();
    }

    @Test
    void anOrdinaryPlanHasNoneOfThem() {
        PlanResult result = Planner.plan(declare(EXISTS), Snapshot.empty(), SyncOptions.builder().delete(true).build());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(
                DiagnosticCode.NOTHING_DECLARED_TO_PLAN, DiagnosticCode.MASS_DELETE,
                DiagnosticCode.RESTRICTION_MATCHES_NOTHING, DiagnosticCode.SELF_SYNC_UNKNOWN);
    }
}
