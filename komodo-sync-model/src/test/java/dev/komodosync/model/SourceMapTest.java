package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceMapTest {

    private final SourceLocation header = new SourceLocation("a.toml", 1, 1);
    private final SourceLocation stages = new SourceLocation("a.toml", 5, 1);
    private final SourceMap map = SourceMap.of(header, Map.of("config.stages", stages));

    @Test
    void locatesTheNearestWrittenAncestor() {
        assertThat(map.locate("config.stages[1].executions[0].execution.params.deployment")).contains(stages);
        assertThat(map.locate("config.stages")).contains(stages);
    }

    @Test
    void fallsBackToTheItemItself() {
        assertThat(map.locate("config.server_id")).contains(header);
        assertThat(map.exact("config.server_id")).isEmpty();
    }

    @Test
    void pathsIterateInPathOrderAndAreImmutable() {
        Map<String, SourceLocation> written = new java.util.LinkedHashMap<>();
        written.put("name", header);
        written.put("config.stages", stages);
        written.put("config.after", stages);
        SourceMap sorted = SourceMap.of(header, written);
        assertThat(sorted.paths().keySet()).containsExactly("config.after", "config.stages", "name");
        assertThat(sorted.paths()).isEqualTo(written);
        assertThatThrownBy(() -> sorted.paths().put("x", header)).isInstanceOf(UnsupportedOperationException.class);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aBuilderGivesWhatAMapOfTheLastLocationOfEachPathGives(long seed) {
        // sizes on both sides of the insertion sort's limit, with repeated paths
        java.util.Random random = new java.util.Random(seed);
        int size = random.nextInt(seed % 2 == 0 ? 60 : 300);
        SourceMap.Builder builder = SourceMap.builder(java.util.Optional.of(header));
        Map<String, SourceLocation> expected = new java.util.TreeMap<>();
        for (int i = 0; i < size; i++) {
            String path = "config." + (char) ('a' + random.nextInt(26)) + random.nextInt(size / 3 + 1);
            SourceLocation location = new SourceLocation("a.toml", 1 + i, 1 + random.nextInt(40));
            builder.put(path, location);
            expected.put(path, location);
        }
        SourceMap built = builder.build();
        assertThat(built.paths().keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(built.paths()).isEqualTo(expected);
    }

    @Test
    void aBuilderKeepsTheLastLocationOfAPathGivenTwice() {
        SourceLocation later = new SourceLocation("a.toml", 9, 3);
        SourceMap built = SourceMap.builder(java.util.Optional.of(header))
                .put("config.stages", stages).put("name", header).put("config.stages", later).build();
        assertThat(built.paths().keySet()).containsExactly("config.stages", "name");
        assertThat(built.exact("config.stages")).contains(later);
        assertThat(built.locate("config.stages[0]")).contains(later);
        assertThat(built.exact("")).contains(header);
    }

    @Test
    void locationsInSeveralFilesAreKeptAsGiven() {
        SourceLocation elsewhere = new SourceLocation("b.toml", 3, 7);
        SourceMap mixed = SourceMap.of(header, Map.of("config.stages", stages, "name", elsewhere));
        assertThat(mixed.exact("name")).contains(elsewhere);
        assertThat(mixed.exact("config.stages")).contains(stages);
        assertThat(mixed.paths()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("config.stages", stages,
                "name", elsewhere)));
    }

    @Test
    void anItemBuiltInCodeHasNoLocation() {
        assertThat(SourceMap.none().locate("config")).isEmpty();
    }
}
