package dev.komodosync.diff.snapshot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotPipelineTest {

    @Test
    void appliesEveryTaskInTheOrderGivenBeforeCloseReturns() {
        List<Integer> applied = new ArrayList<>();
        try (SnapshotPipeline pipeline = SnapshotPipeline.start()) {
            // Many more tasks than one batch, and than the queue holds: the reader has to wait.
            for (int i = 0; i < 20_000; i++) {
                int task = i;
                pipeline.submit(() -> applied.add(task));
            }
        }
        assertThat(applied).hasSize(20_000);
        for (int i = 0; i < applied.size(); i++) {
            assertThat(applied.get(i)).isEqualTo(i);
        }
    }

    @Test
    void closingWithNothingSubmittedReturns() {
        SnapshotPipeline pipeline = SnapshotPipeline.start();
        pipeline.close();
    }

    @Test
    void aFailingTaskIsThrownFromCloseAndLaterTasksAreSkipped() {
        AtomicInteger after = new AtomicInteger();
        SnapshotPipeline pipeline = SnapshotPipeline.start();
        pipeline.submit(() -> {
            throw new IllegalStateException("bug");
        });
        for (int i = 0; i < 1_000; i++) {
            pipeline.submit(after::incrementAndGet);
        }
        assertThatThrownBy(pipeline::close).isInstanceOf(IllegalStateException.class).hasMessage("bug");
        assertThat(after).hasValue(0);
    }

    @Test
    void anInterruptedReaderStillHandsEverythingOverAndKeepsItsInterrupt() {
        List<Integer> applied = new ArrayList<>();
        Thread.currentThread().interrupt();
        try (SnapshotPipeline pipeline = SnapshotPipeline.start()) {
            for (int i = 0; i < 5_000; i++) {
                int task = i;
                pipeline.submit(() -> applied.add(task));
            }
        } finally {
            assertThat(Thread.interrupted()).isTrue();
        }
        assertThat(applied).hasSize(5_000);
    }
}
