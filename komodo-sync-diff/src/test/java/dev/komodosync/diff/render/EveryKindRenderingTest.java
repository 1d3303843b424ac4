package dev.komodosync.diff.render;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A create and a delete of every built-in kind (and of variables, and a user group's create), in
 * every renderer, against golden files
 * ({@code -Dkomodo.updateGolden=true} rewrites them): creates show what they declare, as TOML with
 * the defaults they differ from; deletes show what is deleted, references by name; {@code compact}
 * keeps one line per resource; every secret shows as {@code ***}.
 */
class EveryKindRenderingTest {

    private static final String DECLARED = """
            [[server]]
            name = "edge"
            description = "the edge box"
            tags = ["infra"]
            [server.config]
            address = "https://edge:8120"
            enabled = true
            passkey = "DECLARED-PASSKEY"

            [[alerter]]
            name = "pager"
            [alerter.config]
            enabled = true
            endpoint.type = "Slack"
            endpoint.params.url = "https://hooks.slack.com/services/DECLARED-HOOK"

            [[action]]
            name = "backup"
            [action.config]
            file_contents = \"""
            await komodo.execute("BackupCoreDatabase", {});
            console.log("done");
            \"""

            [[swarm]]
            name = "cluster"
            config.servers = ["edge"]

            [[builder]]
            name = "local"
            config.type = "Server"
            config.params.servers = ["edge"]

            [[repo]]
            name = "configs"
            [repo.config]
            server = "edge"
            repo = "acme/configs"
            branch = "release"

            [[build]]
            name = "app"
            [build.config]
            builder = "local"
            repo = "acme/app"
            webhook_secret = "DECLARED-WEBHOOK"
            image_registry = { domain = "ghcr.io", account = "bot", organization = "acme" }

            [[stack]]
            name = "media"
            deploy = true
            [stack.config]
            server = "edge"
            file_contents = \"""
            services:
              jellyfin:
                image: jellyfin/jellyfin
            \"""

            [[resource_sync]]
            name = "homelab"
            [resource_sync.config]
            repo = "acme/homelab"
            resource_path = ["sync"]

            [[deployment]]
            name = "web"
            [deployment.config]
            server = "edge"
            image.type = "Image"
            image.params.image = "nginx:1.27"
            restart = "unless-stopped"

            [[procedure]]
            name = "deploy-web"
            config.schedule = "Every day at 04:00"
            [[procedure.config.stage]]
            name = "Deploy"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "web" },
            ]

            [[variable]]
            name = "DOMAIN"
            value = "example.com"

            [[variable]]
            name = "API_TOKEN"
            value = "DECLARED-VARIABLE"
            is_secret = true

            [[user_group]]
            name = "ops"
            all.Stack = "Execute"
            permissions = [{ target = { type = "Stack", id = "media" }, level = "Write" }]
            """;

    private static final String EXISTING = """
            [[server]]
            name = "old-box"
            [server.config]
            address = "https://old-box:8120"
            passkey = "STORED-PASSKEY"

            [[alerter]]
            name = "old-pager"
            [alerter.config]
            endpoint.type = "Discord"
            endpoint.params.url = "https://discord.com/api/webhooks/STORED-HOOK"

            [[action]]
            name = "old-action"
            config.file_contents = "console.log(1);"

            [[swarm]]
            name = "old-swarm"
            config.servers = ["id-old-box"]

            [[builder]]
            name = "old-builder"
            config.type = "Server"
            config.params.servers = ["id-old-box"]

            [[repo]]
            name = "old-repo"
            config.server_id = "id-old-box"
            config.repo = "acme/old"

            [[build]]
            name = "old-build"
            config.builder_id = "id-old-builder"
            config.webhook_secret = "STORED-WEBHOOK"

            [[stack]]
            name = "old-stack"
            config.server_id = "id-old-box"

            [[resource_sync]]
            name = "old-sync"
            config.repo = "acme/old-sync"

            [[deployment]]
            name = "old-web"
            config.server_id = "id-old-box"
            config.image.type = "Build"
            config.image.params.build_id = "id-old-build"

            [[procedure]]
            name = "old-procedure"
            [[procedure.config.stage]]
            name = "Deploy"
            executions = [
              { execution.type = "Deploy", execution.params.deployment = "id-old-web" },
            ]

            [[variable]]
            name = "OLD_TOKEN"
            value = "STORED-VARIABLE"
            is_secret = true
            """;

    private static Snapshot snapshot() {
        return existing(EXISTING).build();
    }

    private static PlanResult result() {
        PlanResult result = Planner.plan(declare(DECLARED), snapshot(),
                SyncOptions.builder().delete(true).includeVariables(true).includeUserGroups(true).build());
        assertThat(result.plan()).as("diagnostics: %s", result.diagnostics()).isPresent();
        return result;
    }

    private static RenderOptions options() {
        return RenderOptions.defaults().withExisting(snapshot());
    }

    @Test
    void thePlanCreatesAndDeletesOneOfEveryKind() {
        Plan plan = result().plan().orElseThrow();
        String everyKind = ResourceKinds.builtIn().all().stream().map(k -> k.key()).sorted().collect(Collectors.joining(","));
        for (ChangeAction action : new ChangeAction[] {ChangeAction.CREATE, ChangeAction.DELETE}) {
            assertThat(plan.resources().stream().filter(c -> c.action() == action).map(ResourceChange::kind)
                    .map(k -> k.key()).sorted().collect(Collectors.joining(","))).as(action.label()).isEqualTo(everyKind);
        }
    }

    @Test
    void textMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds.txt", PlanText.render(result(), options()));
    }

    @Test
    void compactTextMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds-compact.txt", PlanText.render(result(), options().withCompact(true)));
    }

    @Test
    void markdownMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds.md", PlanMarkdown.render(result(), options()));
    }

    @Test
    void compactMarkdownMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds-compact.md", PlanMarkdown.render(result(), options().withCompact(true)));
    }

    @Test
    void jsonMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds.json", PlanJson.render(result()));
    }

    @Test
    void tomlDiffMatchesTheGoldenFile() throws IOException {
        Golden.matches("kinds/kinds.toml-diff", PlanTomlDiff.render(result().plan().orElseThrow(), snapshot()));
    }

    @Test
    void aCreateMarksTheDefaultsItDiffersFrom() {
        assertThat(PlanText.render(result(), options())).contains("+ enabled = true  # default: false\n")
                .contains("+ restart = \"unless-stopped\"  # default: \"no\"\n");
    }

    @Test
    void aDeleteNamesItsReferencesWithTheSnapshotAndShowsThemAsStoredWithout() {
        assertThat(PlanText.render(result(), options())).contains("- server = \"old-box\"\n");
        assertThat(PlanText.render(result(), RenderOptions.defaults())).contains("- server = \"id-old-box\"\n");
    }

    @Test
    void noRenderingShowsASecret() {
        Plan plan = result().plan().orElseThrow();
        for (String shown : new String[] {PlanText.render(result(), options()), PlanMarkdown.render(result(), options()),
                PlanTomlDiff.render(plan, snapshot())}) {
            assertThat(shown).doesNotContain("DECLARED-").doesNotContain("STORED-")
                    .contains("passkey = \"***\"").contains("webhook_secret = \"***\"").contains("url = \"***\"");
        }
        assertThat(PlanJson.render(result())).doesNotContain("DECLARED-").doesNotContain("STORED-");
    }
}
