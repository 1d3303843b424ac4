package dev.komodosync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 12 (komodo-api §5.12, §2.3): List and ListFull are paged, 50 by default, 0 = all, sorted by name. */
class PaginationTest {

    private static KomodoEmulator emulator;
    private static Http admin;

    @BeforeAll
    static void start() {
        emulator = KomodoEmulator.builder().build().start();
        admin = Http.admin(emulator);
        for (int i = 119; i >= 0; i--) {
            admin.ok("write", "CreateRepo", "{\"name\":\"r" + String.format("%03d", i) + "\"}");
        }
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ListRepos", "ListFullRepos"})
    void theDefaultPageHoldsTheFirstFiftyByName(String type) {
        List<String> page = names(admin.ok("read", type, "{}"));
        assertThat(page).hasSize(50).startsWith("r000").endsWith("r049").isSorted();
    }

    @Test
    void limitZeroReturnsEverything() {
        assertThat(names(admin.ok("read", "ListFullRepos", "{\"limit\":0}"))).hasSize(120).isSorted();
    }

    @Test
    void pageSkipsPageTimesLimit() {
        assertThat(names(admin.ok("read", "ListRepos", "{\"limit\":7,\"page\":2}")))
                .containsExactly("r014", "r015", "r016", "r017", "r018", "r019", "r020");
        assertThat(names(admin.ok("read", "ListRepos", "{\"limit\":50,\"page\":2}"))).hasSize(20).startsWith("r100");
        assertThat(admin.ok("read", "ListRepos", "{\"limit\":50,\"page\":3}")).isEmpty();
    }

    @Test
    void theDefaultPageSizeIsAnOption() {
        try (KomodoEmulator small = KomodoEmulator.builder().pageSize(2).build().start()) {
            Http http = Http.admin(small);
            for (String name : List.of("c", "a", "b")) {
                http.ok("write", "CreateAlerter", "{\"name\":\"" + name + "\"}");
            }
            assertThat(names(http.ok("read", "ListAlerters", "{}"))).containsExactly("a", "b");
            assertThat(http.ok("read", "GetCoreInfo", "{}").path("default_pagination_limit").asInt()).isEqualTo(2);
        }
    }
}
