package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.actions;
import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The made-up {@code dns_record} kind of komodo-sync-testkind is planned end to end — created,
 * updated field by field, deleted, its references checked, rendered in both formats — although no
 * planner code names it.
 */
class PlugInKindPlanningTest {

    private static final String DECLARED = """
            [[server]]
            name = "nas"
            [[dns_record]]
            name = "new"
            config.zone = "example.org"
            [[dns_record]]
            name = "changed"
            [dns_record.config]
            zone = "example.org"
            server = "nas"
            ttl = 60
            api_token = "new-token"
            """;

    private static final String EXISTING = """
            [[server]]
            name = "nas"
            [[dns_record]]
            name = "changed"
            [dns_record.config]
            zone = "example.org"
            server_id = "id-nas"
            api_token = "old-token"
            [[dns_record]]
            name = "gone"
            config.zone = "example.org"
            """;

    @Test
    void createsUpdatesAndDeletesAPlugInKind() {
        Plan plan = plan(declare(DECLARED), existing(EXISTING).build(), SyncOptions.builder().delete(true).build());
        assertThat(actions(plan)).containsExactly("create dns_record new", "update dns_record changed", "delete dns_record gone");
        assertThat(((ResourceChange.Update) plan.resources().get(1)).changes()).extracting(PlanTesting::describe)
                .containsExactly("config.ttl: 300 → 60", "config.api_token: \"***\" → \"***\"");
    }

    @Test
    void rendersAPlugInKindInBothFormatsWithItsSecretMasked() {
        Plan plan = plan(declare(DECLARED), existing(EXISTING).build(), SyncOptions.builder().delete(true).build());
        String json = PlanJson.render(plan, List.of());
        assertThat(json).contains("\"kind\" : \"dns_record\"").contains("\"path\" : \"config.ttl\"")
                .doesNotContain("new-token").doesNotContain("old-token");
        assertThat(PlanText.render(plan, false)).contains("+ dns_record new").contains("~ dns_record changed")
                .contains("- dns_record gone").contains("config.api_token: \"***\" → \"***\"");
    }

    @Test
    void aPlugInKindsReferencesAreChecked() {
        PlanResult result = Planner.plan(declare("[[dns_record]]\nname = \"r\"\nconfig.zone = \"z\"\nconfig.server = \"nope\"\n"),
                Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.UNRESOLVED_REFERENCE);
    }

    @Test
    void noPlannerCodeNamesThePlugInKind() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("dns_record").doesNotContain("DnsRecord");
            }
        }
    }
}
