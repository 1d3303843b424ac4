package dev.komodosync.diff.render;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A name cannot hijack its rendering: control characters (terminal escape sequences among them)
 * are shown as escapes in text, and a newline with {@code <!--} cannot leave its Markdown line
 * and hide the rest of a pull-request comment.
 */
class HostileNamesRenderingTest {

    private static final String HOSTILE = "web\n<!-- hidden\u001b[2J";

    private static Plan hostilePlan() {
        String toml = "[[stack]]\nname = \"web\\n<!-- hidden\\u001b[2J\"\ndeploy = true\n[stack.config]\nbranch = \"x\"\n"
                + "[[server]]\nname = \"" + "n".repeat(5000) + "\"\n";
        return plan(declare(toml), existing("").build());
    }

    @Test
    void textEscapesControlCharactersInNames() {
        Plan plan = hostilePlan();
        assertThat(plan.resources()).anySatisfy(r -> assertThat(r.name()).isEqualTo(HOSTILE));
        String text = PlanText.render(plan, false);
        assertThat(text).doesNotContain("\u001b").doesNotContain("web\n<!--").contains("web\\u000a<!-- hidden\\u001b[2J");
    }

    @Test
    void markdownKeepsAHostileNameOnItsLine() {
        String markdown = PlanMarkdown.render(new PlanResult(Optional.of(hostilePlan()), List.of()));
        assertThat(markdown).doesNotContain("\u001b").doesNotContain("\n<!--");
        assertThat(markdown.lines()).noneMatch(line -> line.startsWith("<!--"));
    }

    @Test
    void aHugeNameIsCutToAReadableWidthWithItsLength() {
        String text = PlanText.render(hostilePlan(), false);
        assertThat(text).contains("n".repeat(200) + "… (5000 characters)").doesNotContain("n".repeat(201));
    }
}
