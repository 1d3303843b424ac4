package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starting, stopping, and a public API that exposes no implementation type. */
class LifecycleTest {

    @Test
    void closeStopsServingAndIsIdempotent() {
        KomodoEmulator emulator = KomodoEmulator.builder().build().start();
        Http admin = Http.admin(emulator);
        assertThat(admin.read("GetVersion", "{}").status()).isEqualTo(200);
        emulator.close();
        emulator.close();
        assertThatThrownBy(() -> admin.read("GetVersion", "{}")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void anEmulatorIsStartedOnceAndMustBeStartedToBeUsed() {
        KomodoEmulator emulator = KomodoEmulator.builder().build();
        assertThatThrownBy(emulator::url).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");
        try (emulator) {
            emulator.start();
            assertThatThrownBy(emulator::start).isInstanceOf(IllegalStateException.class);
            assertThat(emulator.toString()).contains(emulator.url().toString());
        }
    }

    @Test
    void aTakenPortIsAClearError() {
        try (KomodoEmulator first = KomodoEmulator.builder().build().start()) {
            KomodoEmulator second = KomodoEmulator.builder().port(first.port()).build();
            assertThatThrownBy(second::start).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(String.valueOf(first.port()));
        }
    }

    @Test
    void theBuilderRefusesBadSettings() {
        assertThatThrownBy(() -> KomodoEmulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KomodoEmulator.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KomodoEmulator.builder().admin("admin", " ", "s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPublicSignatureExposesAnInternalType() {
        for (Class<?> type : List.of(KomodoEmulator.class, KomodoEmulator.Builder.class, Faults.class, RecordedRequest.class,
                EmulatorUser.class, DeployFailure.class, UserRight.class)) {
            for (Method method : type.getMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                List<Class<?>> used = new java.util.ArrayList<>(Arrays.asList(method.getParameterTypes()));
                used.add(method.getReturnType());
                assertThat(used).as(method.toString())
                        .noneMatch(c -> c.getPackageName().startsWith("dev.komodosync.emulator.internal"));
            }
        }
    }
}
