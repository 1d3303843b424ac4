package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code plan}'s views: full creates by default, {@code --compact}, and {@code --format toml-diff}. */
class PlanViewsCommandTest {

    private static final String HOMELAB = Cli.example("homelab/sync");
    private static final String HOMELAB_STATE = Cli.example("homelab/snapshot.json");

    @Test
    void aCreateShowsItsTomlUnlessCompact() {
        Cli full = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE);
        assertThat(full.exitCode()).isEqualTo(2);
        List<String> lines = full.out().lines().toList();
        int create = indexOfPrefix(lines, "  + ");
        assertThat(create).as("a create in:%n%s", full.out()).isNotNegative();
        assertThat(lines.get(create + 1)).startsWith("      + [[");
        Cli compact = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--compact");
        assertThat(compact.exitCode()).isEqualTo(2);
        assertThat(compact.out()).doesNotContain("      + [[").contains(lines.get(create));
        assertThat(compact.out().lines().filter(l -> l.startsWith("Plan: "))).containsExactlyElementsOf(
                full.out().lines().filter(l -> l.startsWith("Plan: ")).toList());
    }

    @Test
    void tomlDiffShowsEachChangedResourceAsAUnifiedDiff() {
        Cli result = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--format", "toml-diff");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).contains("--- existing ").contains("+++ declared ").contains("--- /dev/null\n")
                .containsPattern("(?m)^@@ -\\d+,\\d+ \\+\\d+,\\d+ @@$");
        assertThat(result.out().lines().filter(l -> l.startsWith("+++ ")).count())
                .isEqualTo(Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--compact").out().lines()
                        .filter(l -> l.matches("  [+~-] .*")).count());
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
        Cli result = Cli.run("plan", HOMELAB, "--state", HOMELAB_STATE, "--format", "toml_diff");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("expected one of text, json, markdown, toml-diff but was 'toml_diff'");
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
