package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

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
    void anItemBuiltInCodeHasNoLocation() {
        assertThat(SourceMap.none().locate("config")).isEmpty();
    }
}
