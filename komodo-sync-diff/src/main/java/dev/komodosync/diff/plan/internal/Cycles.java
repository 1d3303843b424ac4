package dev.komodosync.diff.plan.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.cycle.TarjanSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The cycles of a directed graph as a person should read them: one per strongly connected part
 * that has any, the shortest of its simple cycles, starting at its first member and following the
 * edges, the parts in the order of their first members. With JGraphT: strongly connected parts
 * (Kosaraju), then the simple cycles of each part (Tarjan), which stays cheap because only the
 * parts with a cycle are searched.
 */
final class Cycles {

    private Cycles() {}

    /**
     * The shortest cycle of each strongly connected part of the graph on {@code vertices} that has
     * one (a vertex with an edge to itself is a cycle of one), by {@code order}; {@code edges}
     * gives the vertices each vertex has an edge to, each once. Ties between cycles of one length
     * go to the one whose members read first as text.
     */
    static <T> List<List<T>> shortestPerComponent(Collection<T> vertices, Function<T, ? extends Collection<T>> edges,
            Comparator<T> order) {
        Graph<T, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        vertices.forEach(graph::addVertex);
        for (T source : vertices) {
            for (T target : edges.apply(source)) {
                graph.addEdge(source, target);
            }
        }
        List<Set<T>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        components.sort(Comparator.comparing(c -> c.stream().min(order).orElseThrow(), order));
        List<List<T>> cycles = new ArrayList<>();
        for (Set<T> component : components) {
            T first = component.stream().min(order).orElseThrow();
            if (component.size() == 1 && !graph.containsEdge(first, first)) {
                continue;
            }
            cycles.add(shortest(copy(graph, component), order));
        }
        return cycles;
    }

    /** The subgraph on {@code vertices}, with edges of its own (JGraphT's cycle finders reject shared edge objects). */
    private static <T> Graph<T, DefaultEdge> copy(Graph<T, DefaultEdge> graph, Set<T> vertices) {
        Graph<T, DefaultEdge> copy = new DefaultDirectedGraph<>(DefaultEdge.class);
        vertices.forEach(copy::addVertex);
        for (DefaultEdge edge : graph.edgeSet()) {
            T source = graph.getEdgeSource(edge);
            T target = graph.getEdgeTarget(edge);
            if (vertices.contains(source) && vertices.contains(target)) {
                copy.addEdge(source, target);
            }
        }
        return copy;
    }

    /** The shortest simple cycle of a strongly connected graph, starting at its first member. */
    private static <T> List<T> shortest(Graph<T, DefaultEdge> component, Comparator<T> order) {
        List<List<T>> cycles = new ArrayList<>();
        new TarjanSimpleCycles<>(component).findSimpleCycles(cycles::add);
        List<T> best = cycles.stream()
                .min(Comparator.comparingInt((List<T> c) -> c.size()).thenComparing(c -> rotate(c, order).toString()))
                .orElseThrow();
        return rotate(best, order);
    }

    private static <T> List<T> rotate(List<T> cycle, Comparator<T> order) {
        T first = cycle.stream().min(order).orElseThrow();
        int at = cycle.indexOf(first);
        List<T> rotated = new ArrayList<>(cycle.subList(at, cycle.size()));
        rotated.addAll(cycle.subList(0, at));
        return rotated;
    }
}
