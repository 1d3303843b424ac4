package dev.komodosync.diff.render;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nested values shown member by member, in every renderer, against golden files
 * ({@code -Dkomodo.updateGolden=true} rewrites them after a deliberate change): one member changed
 * inside a procedure stage, an execution inserted and one removed, a maintenance window changed and
 * one added, string lists as line diffs, image registries and alerter targets matched by identity.
 */
class NestedRenderingTest {

    private static final String DECLARED = """
            [[server]]
            name = "nas"
            [server.config]
            links = ["https://nas.lan", "https://grafana.lan/nas"]
            maintenance_windows = [
              { name = "nightly", hour = 3, minute = 30, duration_minutes = 60 },
              { name = "weekly", schedule_type = "Weekly", day_of_week = "Sunday", hour = 4, duration_minutes = 120 },
            ]

            [[deployment]]
            name = "api"

            [[deployment]]
            name = "api-canary"

            [[deployment]]
            name = "worker"

            [[deployment]]
            name = "cache"

            [[build]]
            name = "api-image"
            [build.config]
            image_registry = [
              { domain = "ghcr.io", organization = "acme", account = "release-bot" },
              { domain = "docker.io", organization = "acme", account = "hub-bot" },
            ]

            [[alerter]]
            name = "ops"
            config.resources = [{ type = "Server", id = "nas" }, { type = "Deployment", id = "api" }]

            [[procedure]]
            name = "release"
            [[procedure.config.stage]]
            name = "Pull"
            executions = [
              { execution.type = "Sleep", execution.params.duration_ms = 1000 },
            ]
            [[procedure.config.stage]]
            name = "Deploy"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "api-canary" },
              { execution.type = "Deploy", execution.params.deployment = "worker" },
            ]

            [[procedure]]
            name = "nightly"
            [[procedure.config.stage]]
            name = "Restart"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "api" },
              { execution.type = "Deploy", execution.params.deployment = "worker" },
              { execution.type = "Deploy", execution.params.deployment = "cache", enabled = false },
            ]
            [[procedure.config.stage]]
            name = "Cleanup"
            executions = [
              { execution.type = "Sleep", execution.params.duration_ms = 500 },
            ]
            """;

    private static final String EXISTING = """
            [[server]]
            name = "nas"
            [server.config]
            links = ["https://nas.lan", "https://old-grafana.lan"]
            maintenance_windows = [
              { name = "nightly", hour = 2, minute = 30, duration_minutes = 60 },
            ]

            [[deployment]]
            name = "api"

            [[deployment]]
            name = "api-canary"

            [[deployment]]
            name = "worker"

            [[deployment]]
            name = "cache"

            [[build]]
            name = "api-image"
            [build.config]
            image_registry = [
              { domain = "docker.io", organization = "acme", account = "hub-bot" },
              { domain = "ghcr.io", organization = "acme", account = "old-bot" },
            ]

            [[alerter]]
            name = "ops"
            config.resources = [{ type = "Server", id = "id-nas" }, { type = "Stack", id = "id-web" }]

            [[stack]]
            name = "web"

            [[procedure]]
            name = "release"
            [[procedure.config.stage]]
            name = "Pull"
            executions = [
              { execution.type = "Sleep", execution.params.duration_ms = 1000 },
            ]
            [[procedure.config.stage]]
            name = "Deploy"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "id-api" },
              { execution.type = "Deploy", execution.params.deployment = "id-worker" },
            ]

            [[procedure]]
            name = "nightly"
            [[procedure.config.stage]]
            name = "Restart"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "id-api" },
              { execution.type = "Deploy", execution.params.deployment = "id-cache", enabled = false },
            ]
            [[procedure.config.stage]]
            name = "Cleanup"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "id-worker" },
              { execution.type = "Sleep", execution.params.duration_ms = 500 },
            ]
            """;

    private static Snapshot snapshot() {
        return existing(EXISTING).build();
    }

    private static PlanResult result() {
        PlanResult result = Planner.plan(declare(DECLARED), snapshot(), SyncOptions.defaults());
        assertThat(result.plan()).as("diagnostics: %s", result.diagnostics()).isPresent();
        return result;
    }

    @Test
    void textMatchesTheGoldenFile() throws IOException {
        Golden.matches("nested/nested.txt", PlanText.render(result(), RenderOptions.defaults()));
    }

    @Test
    void markdownMatchesTheGoldenFile() throws IOException {
        Golden.matches("nested/nested.md", PlanMarkdown.render(result()));
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        Golden.matches("nested/nested.json", PlanJson.render(result()));
    }

    @Test
    void tomlDiffMatchesTheGoldenFile() throws IOException {
        Golden.matches("nested/nested.toml-diff", PlanTomlDiff.render(result().plan().orElseThrow(), snapshot()));
    }

    @Test
    void aOneMemberChangeInsideAStageShowsOnlyThatMemberUnderExportsKeys() {
        String text = PlanText.render(result(), RenderOptions.defaults());
        assertThat(text).contains(
                "~ config.stage[1] \"Deploy\".executions[0].execution.params.deployment: \"api\" → \"api-canary\"\n");
        assertThat(text).doesNotContain("config.stages").doesNotContain("\"Pull\"");
    }

    @Test
    void anInsertedAndARemovedExecutionAreShownWholeAsToml() {
        String text = PlanText.render(result(), RenderOptions.defaults());
        assertThat(text).contains("+ config.stage[0] \"Restart\".executions[1]: "
                + "{ execution.type = \"Deploy\", execution.params.deployment = \"worker\" }\n");
        assertThat(text).contains("- config.stage[1] \"Cleanup\".executions[0]: "
                + "{ execution.type = \"Deploy\", execution.params.deployment = \"worker\" }\n");
    }

    @Test
    void theJsonKeepsFormatsPathGrammarAndAddsMembers() throws IOException {
        JsonNode document = new ObjectMapper().readTree(PlanJson.render(result()));
        List<String> paths = new ArrayList<>();
        List<String> memberPaths = new ArrayList<>();
        for (JsonNode resource : document.get("resources")) {
            for (JsonNode change : resource.path("changes")) {
                paths.add(change.get("path").asText());
                change.path("members").forEach(member -> memberPaths.add(member.get("path").asText()));
            }
        }
        assertThat(paths).contains("config.stages", "config.maintenance_windows", "config.links").doesNotContain("config.stage");
        assertThat(memberPaths).contains("config.stages[1].executions[0].execution.params.deployment",
                "config.stages[0].executions[1]", "config.maintenance_windows[0].hour", "config.maintenance_windows[1]");
    }

    @Test
    void membersLeaveTheFingerprintAlone() {
        Plan plan = result().plan().orElseThrow();
        String json = PlanJson.render(result());
        assertThat(json).contains("\"fingerprint\" : \"" + plan.fingerprint() + "\"");
        assertThat(plan.fingerprint()).isEqualTo(dev.komodosync.diff.plan.internal.PlanActions.fingerprint(
                plan.resources(), plan.variables(), plan.userGroups(), plan.deploys()));
    }
}
