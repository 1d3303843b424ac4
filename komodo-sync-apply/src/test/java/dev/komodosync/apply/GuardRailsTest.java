package dev.komodosync.apply;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.SyncOptions;
import org.junit.jupiter.api.Test;

class GuardRailsTest {

    private static Plan deletesThree() {
        return plan(declare(""), existing("""
                [[server]]
                name = "prod-db"
                [[server]]
                name = "scratch"
                [[stack]]
                name = "kept"
                tags = ["protect"]
                """).build(), SyncOptions.builder().delete(true).allowEmpty(true).build());
    }

    @Test
    void moreDeletesThanTheLimitRefuseTheWholeApply() {
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(deletesThree(), api, ApplyOptions.builder().maxDeletes(2).build(),
                ApplyListener.NONE);

        assertThat(api.calls).isEmpty();
        assertThat(report.refused()).isTrue();
        assertThat(report.succeeded()).isFalse();
        assertThat(report.refusals()).containsExactly(
                "the plan deletes 3 items (resources, variables and user groups), more than --max-deletes 2; nothing was changed");
    }

    @Test
    void deletesWithinTheLimitRun() {
        RecordingApi api = new RecordingApi();

        Applier.apply(deletesThree(), api, ApplyOptions.builder().maxDeletes(3).build(), ApplyListener.NONE);

        assertThat(api.calls).contains("DeleteServer scratch");
    }

    @Test
    void protectedResourcesAreNeverDeleted() {
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(deletesThree(), api, ApplyOptions.builder().protect("server:prod-*").build(),
                ApplyListener.NONE);

        assertThat(api.calls).containsExactly("DeleteServer scratch");
        assertThat(report.items()).extracting(o -> o.item().name() + ": " + o.status().label() + " " + o.detail())
                .containsExactlyInAnyOrder(
                        "prod-db: skipped protected by --protect",
                        "scratch: done ",
                        "kept: skipped protected: it carries the tag 'protect'");
    }

    @Test
    void deletingTheOwnSyncRefusesTheApply() {
        Plan plan = plan(declare(""), existing("""
                [[resource_sync]]
                name = "homelab"
                [resource_sync.config]
                repo = "acme/homelab"
                """).build(), SyncOptions.builder().delete(true).allowEmpty(true).build());
        RecordingApi api = new RecordingApi();

        ApplyReport report = Applier.apply(plan, api, ApplyOptions.builder().selfSync("homelab").build(), ApplyListener.NONE);

        assertThat(api.calls).isEmpty();
        assertThat(report.refusals()).singleElement().asString().contains("resource sync 'homelab'");
    }

    @Test
    void aMalformedProtectEntryIsRefusedWithTheEntry() {
        assertThatThrownBy(() -> ApplyOptions.builder().protect("prod-db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prod-db");
    }

    @Test
    void aWildcardKindProtectsEveryKind() {
        ApplyOptions options = ApplyOptions.builder().protect("*:scratch").build();

        assertThat(options.protects("server", "scratch")).isTrue();
        assertThat(options.protects("stack", "scratch")).isTrue();
        assertThat(options.protects("stack", "scratch2")).isFalse();
    }
}
