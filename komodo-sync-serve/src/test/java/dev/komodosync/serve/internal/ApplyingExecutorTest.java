package dev.komodosync.serve.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.komodosync.apply.KomodoApi;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.model.Snapshot;
import dev.komodosync.parser.SyncLoader;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The executor of {@code serve} applies only the plan it was confirmed, by fingerprint. */
class ApplyingExecutorTest {

    @Test
    void aPlanWithAnotherFingerprintIsRefusedBeforeAnyCall() {
        Plan plan = Planner.plan(SyncLoader.create().loadString("s.toml", "[[server]]\nname = \"a\"\n").declaration(),
                Snapshot.empty(), SyncOptions.defaults()).plan().orElseThrow();
        AtomicInteger calls = new AtomicInteger();
        KomodoApi counting = (KomodoApi) Proxy.newProxyInstance(KomodoApi.class.getClassLoader(),
                new Class<?>[] {KomodoApi.class}, (proxy, method, arguments) -> {
                    calls.incrementAndGet();
                    throw new AssertionError("no call expected: " + method.getName());
                });
        assertThatThrownBy(() -> new ApplyingExecutor(counting).execute("homelab", plan, "sha256:not-this-plan"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not the one confirmed")
                .hasMessageContaining("nothing was applied");
        assertThat(calls).hasValue(0);
    }
}
