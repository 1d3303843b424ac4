package dev.komodosync.model.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A RunAction's arguments keep the order they were given in, so that plans print them the same on every run. */
class RunActionArgsTest {

    @Test
    void argumentsKeepTheirOrderAndCannotBeChanged() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("arg_" + i);
        }
        Collections.shuffle(names, new Random(15));
        Map<String, Object> given = new LinkedHashMap<>();
        names.forEach(name -> given.put(name, name.length()));

        ActionExecution.RunAction run = new ActionExecution.RunAction("deploy", Optional.of(given));
        given.put("late", 1);

        assertThat(run.args().orElseThrow().keySet()).containsExactlyElementsOf(names);
        assertThatThrownBy(() -> run.args().orElseThrow().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(run).isEqualTo(new ActionExecution.RunAction("deploy", Optional.of(new HashMap<>(run.args().get()))));
    }

    @Test
    void aNullArgumentIsRefused() {
        Map<String, Object> given = new HashMap<>();
        given.put("retries", null);

        assertThatThrownBy(() -> new ActionExecution.RunAction("deploy", Optional.of(given)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("argument value");
    }
}
