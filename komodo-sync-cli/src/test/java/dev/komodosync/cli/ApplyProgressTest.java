package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.apply.ApplyItem;
import dev.komodosync.apply.ItemOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApplyProgressTest {

    private static final ApplyItem CREATE = new ApplyItem(ApplyItem.Step.RESOURCES, "stack", "web", "create");
    private static final ApplyItem DEPLOY = new ApplyItem(ApplyItem.Step.DEPLOYS, "stack", "web", "deploy");

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String written() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void elsewhereEachFinishedItemIsOneLineWithItsDuration() {
        ApplyProgress progress = new ApplyProgress(new PrintStream(err, true, StandardCharsets.UTF_8), false);

        progress.started(CREATE);
        progress.finished(ItemOutcome.done(CREATE), Duration.ofMillis(12));
        progress.roundStarted(1, 2, 1);
        progress.finished(ItemOutcome.failed(DEPLOY, "Task Error:\nno image"), Duration.ofMillis(340));
        progress.done();

        assertThat(written()).isEqualTo("""
                done     create stack 'web' (12 ms)
                deploy round 1/2: 1 deploy
                failed   deploy stack 'web' (340 ms): Task Error: no image
                """);
    }

    @Test
    void onATerminalALiveLineShowsWhatRunsAndABarTheRounds() {
        ApplyProgress progress = new ApplyProgress(new PrintStream(err, true, StandardCharsets.UTF_8), true);

        progress.roundStarted(2, 4, 1);
        progress.started(DEPLOY);

        assertThat(written()).endsWith("\r\033[K[#####---------------] deploy round 2/4 … deploy stack 'web'");
        progress.finished(ItemOutcome.done(DEPLOY), Duration.ofMillis(5));
        progress.done();
        assertThat(written()).endsWith("\r\033[K").doesNotContain("done     deploy");
    }
}
