package dev.komodosync.client;

import static dev.komodosync.client.ApplyHarness.EVERYTHING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ApplyReportText;
import dev.komodosync.apply.ItemOutcome;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.emulator.DeployFailure;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.model.Declaration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Faults injected into the emulator mid-apply: the report names every failed and skipped item,
 * nothing runs after a failed deploy round, and applying again converges.
 */
class ApplyFaultsTest {

    private static final Declaration HOMELAB = ApplyHarness.homelab();

    /** Applies the homelab with {@code fault} injected, checks the report, applies again and checks convergence. */
    private static ApplyReport faulted(Consumer<KomodoEmulator> fault, Consumer<KomodoEmulator> repair) throws Exception {
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            Plan plan = ApplyHarness.plan(HOMELAB, ApplyHarness.fetch(core), EVERYTHING);
            fault.accept(core);

            ApplyReport report = ApplyHarness.apply(core, plan, ApplyOptions.defaults());

            assertThat(report.succeeded()).isFalse();
            repair.accept(core);
            Plan second = ApplyHarness.plan(HOMELAB, ApplyHarness.fetch(core), EVERYTHING);
            ApplyReport again = ApplyHarness.apply(core, second, ApplyOptions.defaults());
            assertThat(again.succeeded()).as(ApplyReportText.render(again)).isTrue();
            Plan last = ApplyHarness.plan(HOMELAB, ApplyHarness.fetch(core), EVERYTHING);
            assertThat(last.hasChanges()).as(PlanText.render(last, false)).isFalse();
            return report;
        }
    }

    private static List<String> notDone(ApplyReport report) {
        return report.items().stream().filter(o -> o.status() != ItemOutcome.Status.DONE)
                .map(o -> o.status().label() + " " + o.item().describe() + ": " + o.detail()).toList();
    }

    @Test
    void aFailedCreateFailsItsItemAndSkipsItsDeploy() throws Exception {
        ApplyReport report = faulted(core -> core.faults().failNext("CreateStack", "prowlarr", 500, "invalid ports"),
                core -> {});

        assertThat(notDone(report)).containsExactly(
                "failed create stack 'prowlarr': invalid ports",
                "skipped deploy stack 'prowlarr': its resource change failed");
    }

    @Test
    void aFailedUpdateFailsItsItem() throws Exception {
        ApplyReport report = faulted(core -> core.faults().failNext("UpdateStack", "monitoring", 500,
                "No Attach permission on repo"), core -> {});

        assertThat(notDone(report)).containsExactly("failed update stack 'monitoring': No Attach permission on repo");
    }

    @Test
    void aBusyResourceFailsItsUpdateWithCoresText() throws Exception {
        ApplyReport report = faulted(core -> core.faults().markBusy("Deployment", "vaultwarden"),
                core -> core.faults().clearBusy("Deployment", "vaultwarden"));

        assertThat(notDone(report)).first().asString()
                .startsWith("failed update deployment 'vaultwarden': Deployment busy");
        assertThat(notDone(report)).contains("skipped deploy deployment 'vaultwarden': its resource change failed");
    }

    @Test
    void aTaskErrorStopsEveryLaterRound() throws Exception {
        List<List<DeployPlan.Deploy>> stages;
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            stages = ApplyHarness.plan(HOMELAB, ApplyHarness.fetch(core), EVERYTHING).deploys().stages();
        }
        assertThat(stages).hasSizeGreaterThan(1);
        String first = stages.get(0).get(0).name();
        List<String> later = stages.subList(1, stages.size()).stream().flatMap(List::stream)
                .map(d -> "skipped deploy " + d.kind().key() + " '" + d.name() + "': deploy round 1 failed").toList();

        ApplyReport report = faulted(core -> core.faults().failNextDeploy(first, DeployFailure.TASK_ERROR, "no such image"),
                core -> {});

        assertThat(notDone(report)).first().asString().startsWith("failed deploy " + stages.get(0).get(0).kind().key()
                + " '" + first + "': Task Error");
        assertThat(notDone(report)).containsAll(later).hasSize(1 + later.size());
    }

    @Test
    void aDroppedConnectionFailsTheCallAndTheRunGoesOn() throws Exception {
        ApplyReport report = faulted(core -> core.faults().dropNext("UpdateServer", "atlas"), core -> {});

        assertThat(notDone(report)).singleElement().asString().startsWith("failed update server 'atlas': ");
        assertThat(report.items()).anySatisfy(o -> {
            assertThat(o.item().action()).isEqualTo("deploy");
            assertThat(o.status()).isEqualTo(ItemOutcome.Status.DONE);
        });
    }
}
