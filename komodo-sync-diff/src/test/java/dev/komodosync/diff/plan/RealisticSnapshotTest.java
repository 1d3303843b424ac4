package dev.komodosync.diff.plan;

import static dev.komodosync.diff.snapshot.SnapshotFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.komodosync.diff.snapshot.SnapshotFixtures;
import dev.komodosync.diff.snapshot.SnapshotReader;
import dev.komodosync.diff.snapshot.SnapshotResult;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.RuntimeState.FileContents;
import dev.komodosync.model.RuntimeState.TargetState;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.Variable;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTarget;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.RestartMode;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.execution.BuildExecution;
import dev.komodosync.model.execution.DeploymentExecution;
import dev.komodosync.testkind.DnsRecordConfig;
import dev.komodosync.testkind.DnsRecordKindProvider;
import dev.komodosync.testkind.DnsRecordType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A realistic snapshot, as Komodo's {@code ListFull*} calls give it, with every built-in kind and
 * the plug-in kind {@code dns_record}: {@code snapshots/realistic.json}.
 */
class RealisticSnapshotTest {

    private static final String FIXTURE = "snapshots/realistic.json";
    private static final String NAS = "6650a1b2c3d4e5f602000001";
    private static final String EDGE = "6650a1b2c3d4e5f602000002";

    private static final SnapshotResult RESULT = SnapshotFixtures.READER.read(SnapshotFixtures.resource(FIXTURE));
    private static final Snapshot SNAPSHOT = RESULT.snapshot();

    @Test
    void readsWithoutDiagnostics() {
        assertThat(RESULT.diagnostics()).isEmpty();
        assertThat(RESULT.hasErrors()).isFalse();
    }

    @Test
    void readsTheKomodoVersion() {
        assertThat(SNAPSHOT.komodoVersion()).isEqualTo("2.3.2");
    }

    @Test
    void resourcesComeByKindInRegistryOrderThenInFileOrder() {
        assertThat(SNAPSHOT.resources()).extracting(r -> r.kind().key(), ExistingResource::name).containsExactly(
                tuple("server", "srv-nas"), tuple("server", "srv-edge"),
                tuple("dns_record", "www"),
                tuple("alerter", "slack"),
                tuple("action", "prune"),
                tuple("swarm", "swarm-main"),
                tuple("builder", "local-builder"), tuple("builder", "aws-builder"),
                tuple("repo", "infra-repo"),
                tuple("build", "api-build"),
                tuple("stack", "media"), tuple("stack", "monitoring"),
                tuple("resource_sync", "gitops"),
                tuple("deployment", "api"), tuple("deployment", "db"),
                tuple("procedure", "nightly"));
    }

    @Test
    void idsComeFromOidObjects() {
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-nas").id()).isEqualTo(NAS);
        assertThat(named(SNAPSHOT, KomodoKinds.PROCEDURE, "nightly").id()).isEqualTo("6650a1b2c3d4e5f608000001");
    }

    @Test
    void tagIdsBecomeNamesThroughATagTableListedAfterTheResources() {
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-nas").resource().tags()).containsExactly("infra", "prod");
        assertThat(named(SNAPSHOT, KomodoKinds.STACK, "media").resource().tags()).containsExactly("media");
    }

    @Test
    void tagIdsNamingNoTagAreDropped() {
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-edge").resource().tags()).containsExactly("prod");
    }

    @Test
    void theTagTableIsKeptInFileOrder() {
        assertThat(SNAPSHOT.tags()).extracting(Snapshot.Tag::name).containsExactly("prod", "media", "infra");
    }

    @Test
    void descriptionAndTemplateAreRead() {
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-nas").resource().description()).isEqualTo("NAS in the rack");
        assertThat(named(SNAPSHOT, KomodoKinds.DEPLOYMENT, "db").resource().description()).isEmpty();
    }

    @Test
    void referenceFieldsKeepTheStoredIds() {
        var api = named(SNAPSHOT, KomodoKinds.DEPLOYMENT, "api").resource().config();
        assertThat(api.serverId()).isEqualTo(NAS);
        assertThat(api.image()).isEqualTo(new DeploymentImage.Build("6650a1b2c3d4e5f606000001", Version.NONE));
        assertThat(named(SNAPSHOT, KomodoKinds.SWARM, "swarm-main").resource().config().serverIds())
                .containsExactly(NAS, EDGE);
        assertThat(named(SNAPSHOT, KomodoKinds.BUILD, "api-build").resource().config().builderId())
                .isEqualTo("6650a1b2c3d4e5f60a000001");
        assertThat(named(SNAPSHOT, KomodoKinds.ALERTER, "slack").resource().config().resources())
                .containsExactly(new ResourceTarget(ResourceTargetVariant.SERVER, NAS));
    }

    @Test
    void executionTargetsKeepTheStoredIds() {
        var stages = named(SNAPSHOT, KomodoKinds.PROCEDURE, "nightly").resource().config().stages();
        assertThat(stages.get(0).executions().get(0).execution())
                .isEqualTo(new BuildExecution.RunBuild("6650a1b2c3d4e5f606000001"));
        assertThat(stages.get(1).executions().get(0).execution())
                .isEqualTo(new DeploymentExecution.Deploy("6650a1b2c3d4e5f604000001", Optional.empty(), Optional.empty()));
    }

    @Test
    void configsAreBoundWithDefaultsForWhatIsAbsent() {
        var db = named(SNAPSHOT, KomodoKinds.DEPLOYMENT, "db").resource().config();
        assertThat(db.restart()).isEqualTo(RestartMode.ALWAYS);
        assertThat(db.image()).isEqualTo(new DeploymentImage.Image("postgres:16"));
        assertThat(db.terminationTimeout()).isEqualTo(10);
        assertThat(db.sendAlerts()).isTrue();
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-edge").resource().config().cpuWarning()).isEqualTo(90.0f);
        assertThat(named(SNAPSHOT, KomodoKinds.SERVER, "srv-nas").resource().config().cpuWarning()).isEqualTo(80.0f);
    }

    @Test
    void storedValuesOverrideDefaults() {
        assertThat(named(SNAPSHOT, KomodoKinds.SWARM, "swarm-main").resource().config().sendUnhealthyAlerts()).isFalse();
        assertThat(named(SNAPSHOT, KomodoKinds.BUILD, "api-build").resource().config().version())
                .isEqualTo(new Version(1, 4, 2));
    }

    @Test
    void secretFieldsAreSecrets() {
        assertThat(named(SNAPSHOT, KomodoKinds.STACK, "media").resource().config().webhookSecret())
                .isEqualTo(Secret.of("whsec-media"));
        assertThat(named(SNAPSHOT, KomodoKinds.ALERTER, "slack").resource().config().endpoint())
                .isEqualTo(new AlerterEndpoint.Slack(Secret.of("https://hooks.slack.com/services/T1/B1/abc")));
    }

    @Test
    void taggedUnionConfigsBindTheirVariant() {
        assertThat(named(SNAPSHOT, KomodoKinds.BUILDER, "local-builder").resource().config())
                .isEqualTo(new BuilderConfig.Server(List.of(NAS)));
        assertThat(named(SNAPSHOT, KomodoKinds.BUILDER, "aws-builder").resource().config())
                .isInstanceOfSatisfying(BuilderConfig.Aws.class, aws -> {
                    assertThat(aws.region()).isEqualTo("eu-west-1");
                    assertThat(aws.volumeGb()).isEqualTo(30);
                    assertThat(aws.gitProviders().get(0).accounts().get(0).token()).isEqualTo(Secret.of("ghp_token"));
                });
    }

    @Test
    void aPlugInKindIsReadFromItsPluralKey() {
        DnsRecordConfig www = named(SNAPSHOT, DnsRecordKindProvider.DNS_RECORD, "www").resource().config();
        assertThat(www.zone()).isEqualTo("acme.dev");
        assertThat(www.recordType()).isEqualTo(DnsRecordType.CNAME);
        assertThat(www.serverId()).isEqualTo(EDGE);
        assertThat(www.ttl()).isEqualTo(600);
        assertThat(www.apiToken()).isEqualTo(Secret.of("cf-token"));
    }

    @Test
    void aReaderWithoutThePlugInKindIgnoresItsKey() {
        SnapshotResult result = SnapshotReader.withKinds(ResourceKinds.builtIn()).read(SnapshotFixtures.resource(FIXTURE));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.snapshot().resources()).extracting(r -> r.kind().key()).doesNotContain("dns_record").hasSize(15);
    }

    @Test
    void variablesKeepTheirValuesAsSecrets() {
        assertThat(SNAPSHOT.variables()).containsExactly(
                new Variable("DOMAIN", Secret.of("acme.dev"), "public domain", false),
                new Variable("NPM_TOKEN", Secret.of("npm_s3cr3t"), "", true));
    }

    @Test
    void usersKeepIdAndUsername() {
        assertThat(SNAPSHOT.users()).containsExactly(
                new Snapshot.User("6650a1b2c3d4e5f60e000001", "alice"),
                new Snapshot.User("6650a1b2c3d4e5f60e000002", "bob"));
    }

    @Test
    void userGroupsReadAllAsALevelOrALevelWithSpecifics() {
        assertThat(SNAPSHOT.userGroups()).containsExactly(
                new Snapshot.ExistingUserGroup("6650a1b2c3d4e5f60f000001", "ops", false,
                        List.of("6650a1b2c3d4e5f60e000001", "6650a1b2c3d4e5f60e000002"),
                        Map.of(ResourceTargetVariant.SERVER, PermissionGrant.of(PermissionLevel.READ),
                                ResourceTargetVariant.DEPLOYMENT, new PermissionGrant(PermissionLevel.EXECUTE,
                                        List.of(SpecificPermission.LOGS, SpecificPermission.INSPECT)))),
                new Snapshot.ExistingUserGroup("6650a1b2c3d4e5f60f000002", "everyone", true, List.of(), Map.of()));
    }

    @Test
    void userGroupAllKeepsFileOrder() {
        assertThat(SNAPSHOT.userGroups().get(0).all().keySet())
                .containsExactly(ResourceTargetVariant.SERVER, ResourceTargetVariant.DEPLOYMENT);
    }

    @Test
    void onlyUserGroupPermissionsAreKept() {
        assertThat(SNAPSHOT.permissions()).containsExactly(
                new Snapshot.StoredPermission("6650a1b2c3d4e5f60f000001", ResourceTargetVariant.STACK,
                        "6650a1b2c3d4e5f605000001", PermissionLevel.WRITE, List.of(SpecificPermission.TERMINAL)),
                new Snapshot.StoredPermission("6650a1b2c3d4e5f60f000002", ResourceTargetVariant.SERVER,
                        EDGE, PermissionLevel.READ, List.of()));
    }

    @Test
    void runtimeGivesStatesAndImages() {
        assertThat(SNAPSHOT.runtime().state(KomodoKinds.DEPLOYMENT, "api"))
                .contains(new TargetState("running", "ghcr.io/acme/api:1.4.2", Optional.empty(), Optional.empty()));
        assertThat(SNAPSHOT.runtime().state(KomodoKinds.DEPLOYMENT, "db").map(TargetState::state)).contains("exited");
    }

    @Test
    void runtimeOfKindsThatDoNotDeployIsIgnored() {
        assertThat(SNAPSHOT.runtime().targets()).containsOnlyKeys("deployments", "stacks");
    }

    @Test
    void buildVersionsAreReadAsStringsOrObjects() {
        assertThat(SNAPSHOT.runtime().buildVersions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "api-build", new Version(1, 4, 3), "old-build", new Version(0, 9, 1)));
    }

    @Test
    void aStacksDeployedAndRemoteFilesJoinItsRuntimeState() {
        TargetState media = SNAPSHOT.runtime().state(KomodoKinds.STACK, "media").orElseThrow();
        assertThat(media.state()).isEqualTo("running");
        assertThat(media.deployedFiles()).contains(List.of(new FileContents("compose.yaml",
                "services:\n  jellyfin:\n    image: jellyfin/jellyfin:10.9\n")));
        assertThat(media.remoteFiles()).contains(List.of(
                new FileContents("compose.yaml", "services:\n  jellyfin:\n    image: jellyfin/jellyfin:10.10\n"),
                new FileContents(".env", "TZ=Europe/Berlin\n")));
    }

    @Test
    void aStackWithFilesButNoRuntimeEntryHasStateUnknown() {
        TargetState monitoring = SNAPSHOT.runtime().state(KomodoKinds.STACK, "monitoring").orElseThrow();
        assertThat(monitoring.state()).isEqualTo("unknown");
        assertThat(monitoring.deployedFiles()).hasValueSatisfying(files -> assertThat(files).hasSize(1));
        assertThat(monitoring.remoteFiles()).isEmpty();
    }

    @Test
    void aTargetMissingFromRuntimeHasNoEntry() {
        assertThat(SNAPSHOT.runtime().state(KomodoKinds.DEPLOYMENT, "absent")).isEmpty();
    }

    @Test
    void pathStringAndStreamGiveTheSameResult() {
        String json = SnapshotFixtures.text(FIXTURE);
        SnapshotResult fromString = SnapshotFixtures.READER.read("state.json", json);
        SnapshotResult fromStream = SnapshotFixtures.READER.read("state.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromString).isEqualTo(fromStream);
        assertThat(fromString.snapshot()).isEqualTo(SNAPSHOT);
    }

    @Test
    void readingTwiceGivesEqualSnapshots() {
        assertThat(SnapshotFixtures.READER.read(SnapshotFixtures.resource(FIXTURE))).isEqualTo(RESULT);
    }
}
