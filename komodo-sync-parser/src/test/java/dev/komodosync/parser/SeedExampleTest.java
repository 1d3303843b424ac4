package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Version;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.ImageRegistryConfig;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.execution.BuildExecution;
import dev.komodosync.model.execution.DeploymentExecution;
import dev.komodosync.model.execution.RepoExecution;
import dev.komodosync.model.UserGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The declarations of the original product brief load without errors, with the values Komodo gives them. */
class SeedExampleTest {

    private static LoadResult result;
    private static Declaration declaration;

    @BeforeAll
    static void load() {
        result = SyncLoader.create().load(Fixtures.resource("seed-example.toml"));
        declaration = result.declaration();
    }

    @Test
    void loadsWithoutErrors() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.files()).hasSize(1);
    }

    @Test
    void warnsOnlyAboutTheOutdatedImageRegistryShape() {
        // behaviour §2.5: image_registry.type/params is the pre-1.19.1 shape, ignored by Komodo.
        assertThat(result.diagnostics()).extracting(d -> d.code()).containsOnly(DiagnosticCode.UNKNOWN_FIELD);
        assertThat(result.diagnostics()).extracting(d -> d.location().orElseThrow().line()).containsExactly(39, 40);
    }

    @Test
    void declaresEveryResourceInFileOrder() {
        assertThat(declaration.resources()).extracting(r -> r.kind().key() + ":" + r.name()).containsExactly(
                "server:server-prod", "builder:builder-01", "build:test_logger", "deployment:test-logger-01",
                "deployment:test-logger-02", "stack:test-stack", "procedure:test-procedure", "repo:komodo-periphery");
        assertThat(declaration.variables()).extracting(v -> v.name()).containsExactly("OTLP_ENDPOINT");
        assertThat(declaration.userGroups()).extracting(g -> g.name()).containsExactly("groupo");
    }

    @Test
    void serverTakesDeclaredValuesAndDefaults() {
        ServerConfig server = Fixtures.named(declaration, KomodoKinds.SERVER, "server-prod").resource().config();
        assertThat(server.address()).isEqualTo("http://localhost:8120");
        assertThat(server.region()).isEqualTo("AshburnDc1");
        assertThat(server.enabled()).isTrue();
        assertThat(server.insecureTls()).isTrue();
        assertThat(server.cpuWarning()).isEqualTo(90.0f);
    }

    @Test
    void builderIsAnAwsBuilderWithItsParams() {
        BuilderConfig builder = Fixtures.named(declaration, KomodoKinds.BUILDER, "builder-01").resource().config();
        assertThat(builder).isInstanceOf(BuilderConfig.Aws.class);
        BuilderConfig.Aws aws = (BuilderConfig.Aws) builder;
        assertThat(aws.region()).isEqualTo("us-east-2");
        assertThat(aws.instanceType()).isEqualTo("c5.2xlarge");
        assertThat(aws.assignPublicIp()).isTrue();
        assertThat(aws.securityGroupIds()).containsExactly("sg-xxxxxxxxxxxxxxxxxx", "sg-xxxxxxxxxxxxxxxxxx");
    }

    @Test
    void buildLabelsKeepTheirLinesAndTheImageRegistryIsOneEmptyEntry() {
        BuildConfig build = Fixtures.named(declaration, KomodoKinds.BUILD, "test_logger").resource().config();
        assertThat(build.builderId()).isEqualTo("builder-01");
        assertThat(build.branch()).isEqualTo("master");
        assertThat(build.labels()).startsWith("org.opencontainers.image.source = https://github.com/mbecker20/test_logger\n")
                .endsWith("org.opencontainers.image.licenses = GPL-3.0\n");
        assertThat(build.imageRegistry()).containsExactly(new ImageRegistryConfig("", "", ""));
    }

    @Test
    void deploymentsAttachTheBuildAndNormaliseTheirTexts() {
        DeploymentConfig first = Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "test-logger-01").resource().config();
        assertThat(first.serverId()).isEqualTo("server-01");
        assertThat(first.image()).isEqualTo(new DeploymentImage.Build("test_logger", Version.NONE));
        assertThat(first.labels()).isEqualTo("deployment.type = logger\n");
        assertThat(first.environment()).contains("OTLP_ENDPOINT = [[OTLP_ENDPOINT]]");
        DeploymentConfig second = Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "test-logger-02").resource().config();
        assertThat(second.volumes()).isEqualTo("/data/logs = /etc/logs\n/data/config = /etc/config\n");
        assertThat(Fixtures.named(declaration, KomodoKinds.DEPLOYMENT, "test-logger-02").after())
                .containsExactly("test-logger-01");
    }

    @Test
    void stackKeepsItsGitSettings() {
        StackConfig stack = Fixtures.named(declaration, KomodoKinds.STACK, "test-stack").resource().config();
        assertThat(stack.serverId()).isEqualTo("server-prod");
        assertThat(stack.filePaths()).containsExactly("mongo.yaml", "redis.yaml");
        assertThat(stack.gitProvider()).isEqualTo("git.mogh.tech");
        assertThat(stack.branch()).isEqualTo("main");
        assertThat(stack.webhookSecret()).isEqualTo(Secret.empty());
    }

    @Test
    void procedureStagesHoldTypedExecutions() {
        ProcedureConfig procedure = Fixtures.named(declaration, KomodoKinds.PROCEDURE, "test-procedure").resource().config();
        assertThat(procedure.stages()).hasSize(3);
        assertThat(procedure.stages().get(0).executions()).extracting(e -> e.execution()).containsExactly(
                new BuildExecution.RunBuild("test_logger"),
                new BuildExecution.BatchRunBuild("foo-* , \\^bar-.*$\\", List.of()),
                new RepoExecution.PullRepo("komodo-periphery"));
        assertThat(procedure.stages().get(1).executions().get(1).enabled()).isFalse();
        assertThat(procedure.stages().get(2).enabled()).isFalse();
        assertThat(procedure.stages().get(2).executions().get(0).execution())
                .isEqualTo(new DeploymentExecution.Deploy("test-logger-02", java.util.Optional.empty(), java.util.Optional.empty()));
    }

    @Test
    void repoCommandIsTrimmedFileText() {
        RepoConfig repo = Fixtures.named(declaration, KomodoKinds.REPO, "komodo-periphery").resource().config();
        assertThat(repo.onPull().path()).isEqualTo(".");
        assertThat(repo.onPull().command()).startsWith("# Supports comments\n").endsWith("/root/periphery\n");
    }

    @Test
    void userGroupGrantsAndPatterns() {
        UserGroup group = declaration.userGroups().get(0).group();
        assertThat(group.users()).containsExactly("mbecker20", "karamvirsingh98");
        assertThat(group.all()).containsKeys(ResourceTargetVariant.BUILD, ResourceTargetVariant.ALERTER);
        assertThat(group.all().get(ResourceTargetVariant.BUILD).level()).isEqualTo(PermissionLevel.EXECUTE);
        assertThat(group.permissions()).extracting(p -> p.target().id())
                .containsExactly("komodo-periphery", "\\^(.+)-(.+)$\\", "\\^immich\\");
    }
}
