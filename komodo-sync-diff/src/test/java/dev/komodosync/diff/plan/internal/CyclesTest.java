package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CyclesTest {

    private static List<List<String>> cycles(Map<String, List<String>> edges) {
        return Cycles.shortestPerComponent(edges.keySet().stream().sorted().toList(), edges::get,
                Comparator.naturalOrder());
    }

    @Test
    void anAcyclicGraphHasNone() {
        assertThat(cycles(Map.of("a", List.of("b", "c"), "b", List.of("c"), "c", List.of()))).isEmpty();
    }

    @Test
    void eachStronglyConnectedPartGivesItsShortestCycleFromItsFirstMemberInOrder() {
        Map<String, List<String>> edges = Map.of(
                "d", List.of("e"), "e", List.of("f", "d"), "f", List.of("d"),
                "a", List.of("b"), "b", List.of("c"), "c", List.of("a"),
                "x", List.of("a"));
        // d ⇄ e is shorter than d → e → f → d; a → b → c → a is the only cycle of its part.
        assertThat(cycles(edges)).containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
    }

    @Test
    void aVertexWithAnEdgeToItselfIsACycleOfOne() {
        assertThat(cycles(Map.of("a", List.of("a"), "b", List.of("a")))).containsExactly(List.of("a"));
    }

    @Test
    void equallyShortCyclesGoToTheOneThatReadsFirst() {
        Map<String, List<String>> edges = Map.of("a", List.of("c", "b"), "b", List.of("a"), "c", List.of("a"));
        assertThat(cycles(edges)).containsExactly(List.of("a", "b"));
    }
}
