package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.SwarmConfig;
import dev.komodosync.model.execution.ActionExecution;
import dev.komodosync.model.execution.StackExecution;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A homelab sync written the way Komodo users write them — nested folders, both spellings,
 * inline tables, dotted keys, literal strings, tabs, emoji, a file without a final newline —
 * loads with no error and the values Komodo would give it.
 */
class RealisticFilesTest {

    private static LoadResult result;
    private static Declaration declaration;

    @BeforeAll
    static void load() {
        result = SyncLoader.create().load(Fixtures.resource("realistic"));
        declaration = result.declaration();
    }

    @Test
    void loadsWithoutAnyDiagnostic() {
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(result.files()).hasSize(10);
    }

    @Test
    void declaresEverythingInSortedFileOrder() {
        assertThat(declaration.resources()).extracting(r -> r.kind().key() + ":" + r.name()).containsExactly(
                "build:api", "repo:homelab-compose", "procedure:nightly", "action:notify", "alerter:discord",
                "resource_sync:homelab", "builder:local-builder", "builder:cloud-builder", "builder:url-builder",
                "server:nas", "server:edge", "swarm:lab-swarm", "stack:postgres", "deployment:redis", "deployment:api",
                "stack:jellyfin", "stack:sonarr");
        assertThat(declaration.variables()).extracting(v -> v.name()).containsExactly("DOMAIN", "POSTGRES_PASSWORD", "TZ");
        assertThat(declaration.userGroups()).extracting(g -> g.name()).containsExactly("family", "everyone-reads");
    }

    @Test
    void aSecretDeclaredWithoutAValueIsMarkedSo() {
        assertThat(declaration.variables().get(1).valueDeclared()).isFalse();
        assertThat(declaration.variables().get(1).variable().secret()).isTrue();
        assertThat(declaration.variables().get(0).valueDeclared()).isTrue();
    }

    @Test
    void stacksReadEveryForm() {
        StackConfig jellyfin = Fixtures.named(declaration, KomodoKinds.STACK, "jellyfin").resource().config();
        assertThat(jellyfin.serverId()).isEqualTo("nas");
        assertThat(jellyfin.environment()).contains("PUBLISHED_URL = https://jellyfin.[[DOMAIN]]\n");
        assertThat(jellyfin.preDeploy().command()).isEqualTo(
                "# make the cache folder\nmkdir -p /cache \\\n  --mode 0755\nchown 1000:1000 /cache\n");
        assertThat(jellyfin.configFiles().get(1).services()).containsExactly("jellyfin");
        StackConfig sonarr = Fixtures.named(declaration, KomodoKinds.STACK, "sonarr").resource().config();
        assertThat(sonarr.filePaths()).containsExactly("media/sonarr/compose.yaml");
        StackConfig postgres = Fixtures.named(declaration, KomodoKinds.STACK, "postgres").resource().config();
        assertThat(postgres.fileContents()).startsWith("services:\n").endsWith("${POSTGRES_PASSWORD}\n");
        assertThat(postgres.environment()).isEqualTo("  POSTGRES_PASSWORD = [[POSTGRES_PASSWORD]]\n  PGDATA = /data\n");
        assertThat(postgres.ignoreServices()).containsExactly("backup");
        assertThat(postgres.autoPull()).isFalse();
    }

    @Test
    void deploymentsReadDottedAndInlineImages() {
        DeploymentConfig api = Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "api").resource().config();
        assertThat(api.image()).isEqualTo(new DeploymentImage.Build("api", new Version(1, 4, 0)));
        assertThat(api.environment()).isEqualTo("REDIS_URL = redis://redis:6379\n");
        DeploymentConfig redis = Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "redis").resource().config();
        assertThat(redis.image()).isEqualTo(new DeploymentImage.Image("redis:7-alpine"));
        assertThat(redis.volumes()).isEqualTo("  /srv/redis: /data\n");
        assertThat(Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "api").after()).containsExactly("redis", "postgres");
    }

    @Test
    void buildsAndBuildersReadTheirUnionsAndLists() {
        BuildConfig api = Fixtures.named(declaration, KomodoKinds.BUILD, "api").resource().config();
        assertThat(api.version()).isEqualTo(new Version(1, 4, 2));
        assertThat(api.imageRegistry()).hasSize(1);
        assertThat(api.secretArgs()).isEqualTo(Secret.of("NPM_TOKEN = [[NPM_TOKEN]]\n"));
        assertThat(Fixtures.named(declaration, KomodoKinds.BUILDER, "local-builder").resource().config())
                .isEqualTo(new BuilderConfig.Server(List.of("nas")));
        BuilderConfig.Aws cloud = (BuilderConfig.Aws) Fixtures.named(declaration, KomodoKinds.BUILDER, "cloud-builder")
                .resource().config();
        assertThat(cloud.gitProviders().get(0).accounts().get(0).username()).isEqualTo("ci");
        assertThat(cloud.imageRegistries().get(0).organizations()).containsExactly("acme");
        assertThat(Fixtures.named(declaration, KomodoKinds.BUILDER, "url-builder").resource().config())
                .isEqualTo(KomodoKinds.BUILDER.defaults());
    }

    @Test
    void proceduresReadBatchPatternsAndFreeFormArguments() {
        ProcedureConfig nightly = Fixtures.named(declaration, KomodoKinds.PROCEDURE, "nightly").resource().config();
        assertThat(nightly.stages()).hasSize(3);
        assertThat(nightly.stages().get(1).executions().get(0).execution()).isEqualTo(
                new StackExecution.BatchDeployStackIfChanged("# media first\njellyfin, sonarr\n\\^db-.*$\\\n", List.of()));
        assertThat(nightly.stages().get(2).executions().get(1).execution()).isEqualTo(
                new ActionExecution.RunAction("notify", Optional.of(Map.of("channel", "ops", "retries", 2L))));
    }

    @Test
    void alertersSyncsSwarmsAndUserGroupsReadTheirFields() {
        assertThat(Fixtures.named(declaration, KomodoKinds.ALERTER, "discord").resource().config().endpoint())
                .isEqualTo(new AlerterEndpoint.Discord(Secret.of("https://discord.com/api/webhooks/123/abc")));
        ResourceSyncConfig sync = Fixtures.named(declaration, KomodoKinds.RESOURCE_SYNC, "homelab").resource().config();
        assertThat(sync.resourcePath()).containsExactly("sync");
        assertThat(sync.matchTags()).containsExactly("media", "db");
        SwarmConfig swarm = Fixtures.named(declaration, KomodoKinds.SWARM, "lab-swarm").resource().config();
        assertThat(swarm.serverIds()).containsExactly("nas", "edge");
        assertThat(swarm.sendUnhealthyAlerts()).isFalse();
        assertThat(declaration.userGroups().get(0).group().all()).containsOnlyKeys(
                ResourceTargetVariant.STACK, ResourceTargetVariant.SERVER);
        assertThat(declaration.userGroups().get(1).group().permissions()).hasSize(1);
    }

    @Test
    void everyDeclarationKnowsWhereItsKeysAre() {
        var redis = Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "redis");
        assertThat(redis.sources().root().orElseThrow().line()).isEqualTo(23);
        assertThat(redis.sources().exact("config.server_id").orElseThrow().line()).isEqualTo(28);
        assertThat(redis.sources().exact("after").orElseThrow().line()).isEqualTo(26);
        var nightly = Fixtures.named(declaration, KomodoKinds.PROCEDURE, "nightly");
        assertThat(nightly.sources().locate("config.stages[1].executions[0].execution.params.pattern").orElseThrow().line())
                .isEqualTo(19);
    }
}
