package dev.komodosync.diff.plan;

import static dev.komodosync.diff.plan.PlanTesting.declare;
import static dev.komodosync.diff.plan.PlanTesting.existing;
import static dev.komodosync.diff.plan.PlanTesting.plan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.diff.render.PlanText;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Variables (behaviour §6.1) and user groups (§9), with the departures of the architecture. */
class VariableAndUserGroupPlanningTest {

    private static final SyncOptions VARIABLES = SyncOptions.builder().includeVariables(true).build();
    private static final SyncOptions GROUPS = SyncOptions.builder().includeUserGroups(true).build();

    @Test
    void variablesAreCreatedUpdatedAndDeletedInDeleteMode() {
        Declaration declared = declare("""
                [[variable]]
                name = "NEW"
                value = "1"
                [[variable]]
                name = "CHANGED"
                value = "b"
                description = "d"
                """);
        Snapshot snapshot = existing("[[variable]]\nname = \"CHANGED\"\nvalue = \"a\"\n[[variable]]\nname = \"OLD\"\n").build();
        Plan plan = plan(declared, snapshot, SyncOptions.builder().includeVariables(true).delete(true).build());
        assertThat(plan.variables()).extracting(v -> v.action().label() + " " + v.name())
                .containsExactly("create NEW", "update CHANGED", "delete OLD");
        assertThat(plan.variables().get(1).changes()).extracting(PlanTesting::describe)
                .containsExactly("value: \"a\" → \"b\"", "description: \"\" → \"d\"");
    }

    @Test
    void secretValuesAreMasked() {
        Plan plan = plan(declare("[[variable]]\nname = \"TOKEN\"\nvalue = \"new-secret\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"TOKEN\"\nvalue = \"old-secret\"\nis_secret = true\n").build(), VARIABLES);
        assertThat(plan.variables().get(0).changes()).extracting(PlanTesting::describe).containsExactly("value: \"***\" → \"***\"");
        assertThat(PlanJson.render(plan, List.of())).doesNotContain("new-secret").doesNotContain("old-secret");
        assertThat(PlanText.render(plan, false)).doesNotContain("new-secret").doesNotContain("old-secret");
    }

    @Test
    void aSecretDeclaredWithoutAValueKeepsTheExistingValue() {
        // Departure from behaviour §6.1 (Komodo #1402): Komodo empties it.
        Plan plan = plan(declare("[[variable]]\nname = \"TOKEN\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"TOKEN\"\nvalue = \"s3cr3t\"\nis_secret = true\n").build(), VARIABLES);
        assertThat(plan.variables()).isEmpty();
    }

    @Test
    void anIsSecretOnlyChangeIsShown() {
        // Departure from behaviour §6.1: Komodo's pending view hides it although it applies it.
        Plan plan = plan(declare("[[variable]]\nname = \"A\"\nvalue = \"x\"\nis_secret = true\n"),
                existing("[[variable]]\nname = \"A\"\nvalue = \"x\"\n").build(), VARIABLES);
        assertThat(plan.variables().get(0).changes()).extracting(PlanTesting::describe)
                .containsExactly("is_secret: false → true");
    }

    @Test
    void variablesAreIgnoredUnlessIncludedAndThatIsSaid() {
        PlanResult result = Planner.plan(declare("[[variable]]\nname = \"A\"\n[[variable]]\nname = \"B\"\n"),
                Snapshot.empty(), SyncOptions.defaults());
        assertThat(result.plan().orElseThrow().variables()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("2 variable entries ignored: include_variables is off");
    }

    @Test
    void userGroupPermissionsExpandAgainstResourcesCreatedInTheSameRun() {
        // Departure from behaviour §7.3 (Komodo PR #1582): Komodo expands against existing resources only.
        Plan plan = plan(declare("""
                [[stack]]
                name = "web-new"
                [[user_group]]
                name = "ops"
                permissions = [{ target = { type = "Stack", id = "web-*" }, level = "Execute" }]
                """), existing("[[stack]]\nname = \"web-old\"\n").build(), GROUPS);
        UserGroupChange create = plan.userGroups().get(0);
        assertThat(create.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(create.permissions()).extracting(ResolvedPermission::name).containsExactly("web-new", "web-old");
    }

    @Test
    void userGroupChangesCompareMembersAllAndPermissions() {
        Snapshot snapshot = existing("""
                [[stack]]
                name = "web"
                [[stack]]
                name = "db"
                [[user_group]]
                name = "ops"
                users = ["alice"]
                all.Server = "Read"
                """)
                .add(new Snapshot.User("user-alice", "alice"))
                .add(new Snapshot.User("user-bob", "bob"))
                .add(new Snapshot.StoredPermission("group-ops", ResourceTargetVariant.STACK, "id-db", PermissionLevel.WRITE,
                        List.of()))
                .build();
        Plan plan = plan(declare("""
                [[stack]]
                name = "web"
                [[stack]]
                name = "db"
                [[user_group]]
                name = "ops"
                users = ["bob", "alice"]
                all.Server = { level = "Read", specific = ["Logs"] }
                permissions = [{ target = { type = "Stack", id = "web" }, level = "Execute" }]
                """), snapshot, GROUPS);
        assertThat(plan.userGroups()).hasSize(1);
        assertThat(plan.userGroups().get(0).changes()).extracting(PlanTesting::describe).containsExactly(
                "users: [\"alice\"] → [\"alice\",\"bob\"]",
                "all.Server: {\"level\":\"Read\",\"specific\":[]} → {\"level\":\"Read\",\"specific\":[\"Logs\"]}",
                "permissions: [{\"type\":\"Stack\",\"name\":\"db\",\"level\":\"Write\",\"specific\":[]}]"
                        + " → [{\"type\":\"Stack\",\"name\":\"web\",\"level\":\"Execute\",\"specific\":[]}]");
    }

    @Test
    void aPermissionPatternThatMatchesNothingWarnsAndAnUnknownUserToo() {
        PlanResult result = Planner.plan(declare("""
                [[user_group]]
                name = "ops"
                users = ["nobody"]
                permissions = [{ target = { type = "Server", id = "prod-*" }, level = "Read" }]
                """), Snapshot.empty(), GROUPS);
        assertThat(result.diagnostics()).extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.UNKNOWN_USER, DiagnosticCode.PATTERN_MATCHES_NOTHING);
    }

    @Test
    void variablesAndGroupsAreNotPlannedInARestrictedRun() {
        PlanResult result = Planner.plan(declare("[[variable]]\nname = \"A\"\n"), Snapshot.empty(),
                SyncOptions.builder().includeVariables(true).only(SyncOptions.Restriction.parse("stack")).build());
        assertThat(result.plan().orElseThrow().variables()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "1 variable entry ignored: variables are not planned in a restricted run",
                "restriction `stack`: no stack is declared or exists; it plans nothing");
    }

    @Test
    void aChangedSecretAloneChangesTheFingerprint() {
        Declaration one = declare("[[variable]]\nname = \"T\"\nvalue = \"one\"\nis_secret = true\n");
        Declaration two = declare("[[variable]]\nname = \"T\"\nvalue = \"two\"\nis_secret = true\n");
        Snapshot snapshot = existing("[[variable]]\nname = \"T\"\nvalue = \"zero\"\nis_secret = true\n").build();
        Plan first = plan(one, snapshot, VARIABLES);
        Plan second = plan(two, snapshot, VARIABLES);
        assertThat(PlanJson.render(first, List.of())).isEqualTo(PlanJson.render(second, List.of())
                .replace(second.fingerprint(), first.fingerprint()));
        assertThat(first.fingerprint()).isNotEqualTo(second.fingerprint());
        assertThat(Secret.of("one").digest()).isNotEqualTo(Secret.of("two").digest());
    }
}
