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
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.RuntimeState;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON and text renderings of a plan that has a bit of everything, against golden files
 * ({@code -Dkomodo.updateGolden=true} rewrites them after a deliberate change).
 */
class PlanRenderingTest {

    private static final String DECLARED = """
            [[server]]
            name = "nas"
            tags = ["infra"]

            [[server]]
            name = "edge"
            config.address = "https://edge:8120"

            [[stack]]
            name = "db"
            deploy = true
            [stack.config]
            server = "nas"
            environment = \"""
            POSTGRES_USER = app
            POSTGRES_DB = app
            PGDATA = /data
            \"""

            [[stack]]
            name = "api"
            deploy = true
            after = ["db"]
            tags = ["apps", "prod"]
            config.server = "nas"
            config.branch = "release"

            [[stack]]
            name = "web"
            deploy = true
            after = ["api"]
            config.server = "nas"

            [[variable]]
            name = "API_TOKEN"
            value = "new-secret"
            is_secret = true

            [[variable]]
            name = "DOMAIN"
            value = "example.com"

            [[user_group]]
            name = "ops"
            all.Stack = "Execute"
            """;

    private static final String EXISTING = """
            [[server]]
            name = "nas"
            tags = ["infra"]

            [[stack]]
            name = "db"
            [stack.config]
            server_id = "id-nas"
            environment = \"""
            POSTGRES_USER = app
            PGDATA = /var/lib/postgresql/data
            \"""

            [[stack]]
            name = "api"
            tags = ["apps"]
            config.server_id = "id-nas"

            [[stack]]
            name = "web"
            config.server_id = "id-nas"

            [[stack]]
            name = "legacy"

            [[variable]]
            name = "API_TOKEN"
            value = "old-secret"
            is_secret = true
            """;

    private static PlanResult result() {
        Declaration declared = declare(DECLARED);
        Snapshot snapshot = existing(EXISTING).runtime(new RuntimeState(Map.of("stacks", Map.of(
                "db", RuntimeState.TargetState.of("running"),
                "api", RuntimeState.TargetState.of("running"),
                "web", RuntimeState.TargetState.of("unknown"))), Map.of())).build();
        return Planner.plan(declared, snapshot, SyncOptions.builder().delete(true).includeVariables(true)
                .includeUserGroups(true).build());
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        golden("showcase.json", PlanJson.render(result()));
    }

    @Test
    void textMatchesTheGoldenFile() throws IOException {
        golden("showcase.txt", PlanText.render(result(), false));
    }

    @Test
    void colouredTextMarksAdditionsRemovalsAndChanges() {
        String text = PlanText.render(result(), true);
        assertThat(text).contains("\u001b[32m+\u001b[0m server").contains("\u001b[31m-\u001b[0m stack legacy")
                .contains("\u001b[33m~\u001b[0m stack api");
        assertThat(PlanText.render(result(), false)).doesNotContain("\u001b[");
    }

    @Test
    void textListsDeletesFirstAndEndsWithTheSummary() {
        String text = PlanText.render(result(), false);
        assertThat(text.indexOf("- stack legacy")).isLessThan(text.indexOf("~ stack"));
        assertThat(text.strip()).endsWith(
                "Plan: 1 to create, 2 to update, 1 to delete, 2 to deploy; 2 variables to change, 1 user group to change.");
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        JsonNode document = new ObjectMapper().readTree(PlanJson.render(result()));
        List<String> keys = names(document);
        assertThat(keys).containsExactly("format_version", "fingerprint", "summary", "diagnostics", "resources",
                "variables", "user_groups", "deploys");
        assertThat(document.get("fingerprint").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(names(document.get("summary"))).containsExactly("create", "update", "delete", "deploy", "variables",
                "user_groups");
        assertThat(names(document.get("deploys"))).containsExactly("stages", "skipped");
        JsonNode delete = document.get("resources").get(document.get("resources").size() - 1);
        assertThat(names(delete)).containsExactly("kind", "name", "action");
        assertThat(document.toString()).doesNotContain("null").doesNotContain("new-secret").doesNotContain("old-secret");
    }

    @Test
    void withErrorsTheJsonHoldsOnlyTheDiagnostics() throws IOException {
        PlanResult errors = Planner.plan(declare("[[stack]]\nname = \"a\"\nconfig.server = \"nowhere\"\n"), Snapshot.empty(),
                SyncOptions.defaults());
        JsonNode document = new ObjectMapper().readTree(PlanJson.render(errors));
        assertThat(names(document)).containsExactly("format_version", "diagnostics");
        JsonNode diagnostic = document.get("diagnostics").get(0);
        assertThat(names(diagnostic)).containsExactly("severity", "code", "message", "file", "line", "column", "hint");
        assertThat(diagnostic.get("code").asText()).isEqualTo("KS401");
        assertThat(PlanText.render(errors, false)).isEqualTo("No plan: 1 error (see the diagnostics).\n");
    }

    @Test
    void theFingerprintIgnoresLocationsAndWording() {
        Plan plan = result().plan().orElseThrow();
        Plan moved = Planner.plan(declare("\n\n" + DECLARED), existing(EXISTING).runtime(new RuntimeState(Map.of("stacks",
                Map.of("db", RuntimeState.TargetState.of("running"), "api", RuntimeState.TargetState.of("running"),
                        "web", RuntimeState.TargetState.of("unknown"))), Map.of())).build(),
                SyncOptions.builder().delete(true).includeVariables(true).includeUserGroups(true).build()).plan().orElseThrow();
        assertThat(moved.fingerprint()).isEqualTo(plan.fingerprint());
        assertThat(PlanJson.render(moved, List.<Diagnostic>of())).isNotEqualTo(PlanJson.render(plan, List.of()));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("komodo.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; run with -Dkomodo.updateGolden=true to write it").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
