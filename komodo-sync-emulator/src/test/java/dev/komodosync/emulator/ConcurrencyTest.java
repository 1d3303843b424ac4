package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Calls are atomic: concurrent clients never lose a write nor get a duplicate name through. */
class ConcurrencyTest {

    @Test
    void concurrentCreatesAreAllStoredAndEachNameOnce() throws Exception {
        try (KomodoEmulator emulator = KomodoEmulator.builder().threads(4).build().start()) {
            Http admin = Http.admin(emulator);
            ExecutorService clients = Executors.newFixedThreadPool(6);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    String name = "d" + (i % 60);
                    statuses.add(clients.submit(() -> admin.write("CreateDeployment", "{\"name\":\"" + name + "\"}").status()));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    codes.add(status.get());
                }
                assertThat(codes).filteredOn(code -> code == 200).hasSize(60);
                assertThat(codes).filteredOn(code -> code == 409).hasSize(60);
            } finally {
                clients.shutdownNow();
            }
            assertThat(admin.ok("read", "ListDeployments", "{\"limit\":0}")).hasSize(60);
            assertThat(emulator.requests()).hasSize(121);
        }
    }
}
