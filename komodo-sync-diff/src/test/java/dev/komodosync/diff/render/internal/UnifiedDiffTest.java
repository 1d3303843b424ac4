package dev.komodosync.diff.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hunks as {@code diff -u} writes them. */
class UnifiedDiffTest {

    @Test
    void aChangeInTheMiddleHasThreeLinesOfContextEachSide() {
        List<String> before = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<String> after = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9");
        assertThat(UnifiedDiff.hunks(before, after))
                .containsExactly("@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8");
    }

    @Test
    void distantChangesAreSeparateHunks() {
        List<String> before = List.of("a", "1", "2", "3", "4", "5", "6", "7", "8", "b");
        List<String> after = List.of("A", "1", "2", "3", "4", "5", "6", "7", "8", "B");
        assertThat(UnifiedDiff.hunks(before, after)).containsExactly(
                "@@ -1,4 +1,4 @@", "-a", "+A", " 1", " 2", " 3",
                "@@ -7,4 +7,4 @@", " 6", " 7", " 8", "-b", "+B");
    }

    @Test
    void fromNothingAndToNothing() {
        assertThat(UnifiedDiff.hunks(List.of(), List.of("x", "y"))).containsExactly("@@ -0,0 +1,2 @@", "+x", "+y");
        assertThat(UnifiedDiff.hunks(List.of("x"), List.of())).containsExactly("@@ -1,1 +0,0 @@", "-x");
        assertThat(UnifiedDiff.hunks(List.of("x"), List.of("x"))).isEmpty();
    }
}
