package dev.komodosync.diff.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.config.EnabledExecution;
import dev.komodosync.model.config.MaintenanceScheduleType;
import dev.komodosync.model.config.MaintenanceWindow;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.ProcedureStage;
import dev.komodosync.model.execution.DeploymentExecution;
import dev.komodosync.model.execution.Execution;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** How two lists or tables are matched and which members are reported. */
class NestedDiffTest {

    private static final ValueType WINDOWS = new ValueType.ListType(RecordType.of(MaintenanceWindow.class));
    private static final ValueType STAGES = RecordType.of(ProcedureConfig.class).field("stages").orElseThrow().type();

    private static MaintenanceWindow window(String name, int hour) {
        return new MaintenanceWindow(name, "", MaintenanceScheduleType.values()[0], "", "", hour, 0, 60, "", true);
    }

    private static EnabledExecution deploy(String deployment) {
        return new EnabledExecution(new DeploymentExecution.Deploy(deployment, Optional.empty(), Optional.empty()), true);
    }

    private static EnabledExecution sleep(long ms) {
        return new EnabledExecution(new Execution.Sleep(ms), true);
    }

    private static List<String> shown(ValueType type, Object from, Object to) {
        return NestedDiff.diff(type, from, to, "config.x", "config.x").stream()
                .map(m -> m.kind() + " " + m.textPath() + " | " + m.jsonPath()).toList();
    }

    @Test
    void namedElementsAreMatchedByNameWhereverTheyMoved() {
        assertThat(shown(WINDOWS, List.of(window("a", 1), window("b", 2)), List.of(window("b", 3), window("a", 1))))
                .containsExactly("ORDER config.x | config.x", "CHANGED config.x[0] \"b\".hour | config.x[0].hour");
    }

    @Test
    void repeatedNamesFallBackToPositionAroundUnchangedElements() {
        assertThat(shown(WINDOWS, List.of(window("a", 1), window("a", 2)), List.of(window("a", 1), window("a", 5))))
                .containsExactly("CHANGED config.x[1].hour | config.x[1].hour");
    }

    @Test
    void anElementInsertedBeforeOthersDoesNotShiftThem() {
        List<EnabledExecution> before = List.of(deploy("a"), deploy("c"));
        List<EnabledExecution> after = List.of(deploy("a"), deploy("b"), deploy("c"));
        ValueType executions = new ValueType.ListType(RecordType.of(EnabledExecution.class));
        assertThat(shown(executions, before, after)).containsExactly("ADDED config.x[1] | config.x[1]");
        assertThat(shown(executions, after, before)).containsExactly("REMOVED config.x[1] | config.x[1]");
    }

    @Test
    void aChangedExecutionTypeShowsTheTypeAndTheWholeParams() {
        ValueType executions = new ValueType.ListType(RecordType.of(EnabledExecution.class));
        assertThat(shown(executions, List.of(deploy("a")), List.of(sleep(5))))
                .containsExactly("CHANGED config.x[0].execution.type | config.x[0].execution.type",
                        "CHANGED config.x[0].execution.params | config.x[0].execution.params");
    }

    @Test
    void stagesAreSpelledAsExportWritesThemOnlyInTheTextPath() {
        List<ProcedureStage> before = List.of(new ProcedureStage("Deploy", true, List.of(deploy("a"))));
        List<ProcedureStage> after = List.of(new ProcedureStage("Deploy", true, List.of(deploy("b"))));
        List<NestedDiff.Member> members = NestedDiff.diff(STAGES, before, after,
                ExportSpelling.path(RecordType.of(ProcedureConfig.class), "config.stages"), "config.stages");
        assertThat(members).singleElement().satisfies(m -> {
            assertThat(m.textPath()).isEqualTo("config.stage[0] \"Deploy\".executions[0].execution.params.deployment");
            assertThat(m.jsonPath()).isEqualTo("config.stages[0].executions[0].execution.params.deployment");
        });
    }

    @Test
    void tablesShowAddedRemovedAndChangedEntries() {
        ValueType map = new ValueType.MapType(Optional.empty(), new ValueType.StringType());
        assertThat(shown(map, Map.of("a", "1", "b", "2"), Map.of("b", "3", "c", "4")).stream().sorted())
                .containsExactly("ADDED config.x.c | config.x.c", "CHANGED config.x.b | config.x.b",
                        "REMOVED config.x.a | config.x.a");
    }

    @Test
    void stringListsAreOneLineDiff() {
        ValueType strings = new ValueType.ListType(new ValueType.StringType());
        assertThat(shown(strings, List.of("a"), List.of("a", "b"))).containsExactly("LIST config.x | config.x");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 40).boxed();
    }

    /** Applying the members to the old list gives the new one: no change is lost, none invented. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyDifferenceIsReportedAndOnlyDifferences(long seed) {
        Random random = new Random(seed);
        List<MaintenanceWindow> before = randomWindows(random);
        List<MaintenanceWindow> after = randomWindows(random);
        List<NestedDiff.Member> members = NestedDiff.diff(WINDOWS, before, after, "w", "w");
        if (before.equals(after)) {
            assertThat(members).isEmpty();
            return;
        }
        assertThat(members).isNotEmpty();
        long added = members.stream().filter(m -> m.kind() == NestedDiff.Kind.ADDED).count();
        long removed = members.stream().filter(m -> m.kind() == NestedDiff.Kind.REMOVED).count();
        assertThat(before.size() - removed + added).isEqualTo(after.size());
        for (NestedDiff.Member member : members) {
            if (member.kind() == NestedDiff.Kind.ADDED) {
                assertThat(after).contains((MaintenanceWindow) member.to());
            } else if (member.kind() == NestedDiff.Kind.REMOVED) {
                assertThat(before).contains((MaintenanceWindow) member.from());
            } else if (member.kind() == NestedDiff.Kind.CHANGED) {
                assertThat(member.from()).isNotEqualTo(member.to());
            }
        }
    }

    private static List<MaintenanceWindow> randomWindows(Random random) {
        List<MaintenanceWindow> windows = new ArrayList<>();
        boolean repeat = random.nextInt(4) == 0;
        IntStream.range(0, random.nextInt(5)).forEach(i -> windows.add(
                window(repeat ? "w" : "w" + random.nextInt(4), random.nextInt(3))));
        return windows;
    }
}
