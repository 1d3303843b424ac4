package dev.komodosync.diff.render;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.SourceOrigin;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a plan says of where its files came from: the JSON {@code source}, the text header, the Markdown line. */
class PlanSourceRenderingTest {

    private static final SourceOrigin GIT = SourceOrigin.git("https://git.example.com/ops/sync.git", "main",
            "1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d", "Add immich");

    private static PlanResult result() {
        return Planner.plan(declare("[[server]]\nname = \"nas\"\n"), Snapshot.empty(), SyncOptions.builder().build());
    }

    @Test
    void theJsonSourceFollowsTheFingerprintWhichItDoesNotChange() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode with = json.readTree(PlanJson.render(result(), Optional.of(GIT)));
        JsonNode without = json.readTree(PlanJson.render(result()));

        assertThat(with.fieldNames()).toIterable().startsWith("format_version", "fingerprint", "source", "summary");
        assertThat(with.get("source").toString()).isEqualTo("{\"type\":\"git\",\"location\":\"https://git.example.com/ops/sync.git\","
                + "\"branch\":\"main\",\"commit\":\"1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d\",\"message\":\"Add immich\"}");
        assertThat(with.get("fingerprint")).isEqualTo(without.get("fingerprint"));
        assertThat(PlanJson.render(result(), Optional.empty())).isEqualTo(PlanJson.render(result()));
    }

    @Test
    void aFolderSourceHasNoGitMembers() throws Exception {
        JsonNode source = new ObjectMapper().readTree(PlanJson.render(result(), Optional.of(SourceOrigin.folder("sync"))))
                .get("source");

        assertThat(source.toString()).isEqualTo("{\"type\":\"folder\",\"location\":\"sync\"}");
    }

    @Test
    void theTextPlanOpensWithItsSource() {
        assertThat(PlanText.render(result().plan().orElseThrow(), false, GIT)).startsWith(
                "Source: git https://git.example.com/ops/sync.git main @ 1a2b3c4d5e6f: Add immich\n\nResources:\n");
    }

    @Test
    void theMarkdownPlanSaysWhatItWasMadeFromUnderItsHeading() {
        assertThat(PlanMarkdown.render(result(), GIT)).startsWith("### komodo-sync plan\n\nMade from git "
                + "`https://git.example.com/ops/sync.git`, branch `main`, commit `1a2b3c4d5e6f7a8b9c0d1a2b3c4d5e6f7a8b9c0d`:"
                + " Add immich\n\n| Create |");
    }
}
