package dev.komodosync.client;

import static dev.komodosync.client.ApplyHarness.EVERYTHING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.apply.ApplyOptions;
import dev.komodosync.apply.ApplyReport;
import dev.komodosync.apply.ApplyReportJson;
import dev.komodosync.apply.ApplyReportText;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.emulator.KomodoEmulator;
import dev.komodosync.emulator.RecordedRequest;
import dev.komodosync.model.Declaration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The applier over HTTP against the emulator: Komodo's requests, in Komodo's order. */
class HttpKomodoApiTest {

    @Test
    void theHomelabApplyMakesKomodosRequestsInKomodosOrder() throws Exception {
        Declaration homelab = ApplyHarness.homelab();
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            Plan plan = ApplyHarness.plan(homelab, ApplyHarness.fetch(core), EVERYTHING);
            core.clearRequests();

            ApplyReport report = ApplyHarness.apply(core, plan, ApplyOptions.builder().parallelism(1).build());

            assertThat(report.succeeded()).as(ApplyReportText.render(report)).isTrue();
            List<String> calls = core.requests().stream()
                    .filter(r -> !"GetUpdate".equals(r.type()))
                    .map(r -> r.method() + " " + r.path() + " " + r.body()).toList();
            Path golden = Path.of("src/test/resources/homelab-apply-requests.txt");
            if (Boolean.getBoolean("komodo.updateGolden")) {
                Files.writeString(golden, String.join("\n", calls) + "\n");
            }
            assertThat(calls).isEqualTo(Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList());
            for (RecordedRequest request : core.requests()) {
                assertThat(request.header("X-Api-Key")).isEqualTo(core.adminKey());
            }
        }
    }

    @Test
    void afterTheHomelabApplyThePlanIsEmpty() throws Exception {
        Declaration homelab = ApplyHarness.homelab();
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            Plan plan = ApplyHarness.plan(homelab, ApplyHarness.fetch(core), EVERYTHING);
            assertThat(plan.hasChanges()).isTrue();

            ApplyReport report = ApplyHarness.apply(core, plan, ApplyOptions.defaults());

            assertThat(report.succeeded()).as(ApplyReportText.render(report)).isTrue();
            Plan again = ApplyHarness.plan(homelab, ApplyHarness.fetch(core), EVERYTHING);
            assertThat(again.hasChanges()).as(PlanText.render(again, false)).isFalse();
        }
    }

    @Test
    void aSecretVariableValueIsSentButNeverReported() throws Exception {
        Declaration declaration = dev.komodosync.parser.SyncLoader.create().loadString("v.toml", """
                [[variable]]
                name = "TOKEN"
                value = "s3cr3t-value\\nwith a control character"
                is_secret = true
                """).declaration();
        try (KomodoEmulator core = KomodoEmulator.builder().port(0).build().start()) {
            Plan plan = ApplyHarness.plan(declaration, ApplyHarness.fetch(core), EVERYTHING);

            ApplyReport report = ApplyHarness.apply(core, plan, ApplyOptions.defaults());

            assertThat(core.requests()).anySatisfy(r -> assertThat(r.body()).contains("s3cr3t-value"));
            assertThat(report.succeeded()).isFalse();
            assertThat(ApplyReportJson.render(report)).contains("\"failed\"").doesNotContain("s3cr3t");
        }
    }

    @Test
    void aFailedLogCountsAsDeployedAsKomodoJudgesItAndAsFailedWhenStrict() throws Exception {
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            core.faults().failNextDeploy("jellyfin", dev.komodosync.emulator.DeployFailure.FAILED_LOG, "container exited");
            assertThat(ApplyHarness.api(core).deploy(dev.komodosync.model.KomodoKinds.STACK, "jellyfin").success()).isTrue();

            core.faults().failNextDeploy("jellyfin", dev.komodosync.emulator.DeployFailure.FAILED_LOG, "container exited");
            HttpKomodoApi strict = HttpKomodoApi.builder(SnapshotFetcherTest.admin(core))
                    .pollInterval(java.time.Duration.ofMillis(2)).failOnAnyFailedLog(true).build();
            dev.komodosync.apply.DeployOutcome outcome = strict.deploy(dev.komodosync.model.KomodoKinds.STACK, "jellyfin");

            assertThat(outcome.success()).isFalse();
            assertThat(outcome.message()).contains("container exited");
        }
    }

    @Test
    void aDeployOfAMissingTargetIsKomodosError() throws Exception {
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            assertThatThrownBy(() -> ApplyHarness.api(core).deploy(dev.komodosync.model.KomodoKinds.DEPLOYMENT, "nope"))
                    .isInstanceOf(dev.komodosync.apply.KomodoApiException.class)
                    .hasMessageContaining("nope");
        }
    }

    @Test
    void anErrorThatEchoesASecretHasItMasked() throws Exception {
        try (KomodoEmulator core = KomodoEmulator.builder().port(0).build().start()) {
            core.faults().failNext("CreateVariable", "TOKEN", 400, "invalid value 'hunter2-secret'");

            assertThatThrownBy(() -> ApplyHarness.api(core).createVariable(
                    dev.komodosync.model.Variable.of("TOKEN", "hunter2-secret", true)))
                    .hasMessage("invalid value '***'");
        }
    }

    @Test
    void deletingAUserGroupSendsItsId() throws Exception {
        try (KomodoEmulator core = ApplyHarness.homelabCore()) {
            HttpKomodoApi api = ApplyHarness.api(core);
            api.createUserGroup("temp");
            core.clearRequests();

            api.deleteUserGroup("temp");

            assertThat(core.requests()).extracting(RecordedRequest::type).containsExactly("GetUserGroup", "DeleteUserGroup");
            assertThat(core.requests().get(1).body()).matches("\\{\"id\":\"[0-9a-f]{24}\"\\}");
        }
    }
}
