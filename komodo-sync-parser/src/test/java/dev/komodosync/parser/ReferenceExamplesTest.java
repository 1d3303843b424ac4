package dev.komodosync.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.PermissionGrant;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.ImageRegistryConfig;
import dev.komodosync.model.config.PermissionLevel;
import dev.komodosync.model.config.ResourceTargetVariant;
import dev.komodosync.model.config.SpecificPermission;
import dev.komodosync.model.execution.BuildExecution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TOML shapes the behaviour reference shows load as it says. */
class ReferenceExamplesTest {

    @Test
    void procedureStructureOfSection81() {
        Declaration declaration = Fixtures.declaration("""
                [[procedure]]
                name = "..."
                [procedure.config]
                [[procedure.config.stage]]
                name = "Stage name"
                enabled = true
                executions = [
                  { execution.type = "RunBuild", execution.params.build = "my-build", enabled = true },
                ]
                """);
        var stage = Fixtures.only(declaration, KomodoKinds.PROCEDURE).stages().get(0);
        assertThat(stage.name()).isEqualTo("Stage name");
        assertThat(stage.executions().get(0).execution()).isEqualTo(new BuildExecution.RunBuild("my-build"));
    }

    @Test
    void emptyParamsOfSection23() {
        Declaration declaration = Fixtures.declaration(
                "[[deployment]]\nname = \"d\"\nconfig.image = { type = \"Image\", params = {} }\n");
        assertThat(Fixtures.only(declaration, KomodoKinds.DEPLOYMENT).image()).isEqualTo(new DeploymentImage.Image(""));
    }

    @Test
    void imageRegistryListOfSection25() {
        BuildConfig build = Fixtures.only(Fixtures.declaration(
                "[[build]]\nname = \"b\"\nconfig.image_registry = [{ domain = \"docker.io\", account = \"me\", organization = \"org\" }]\n"),
                KomodoKinds.BUILD);
        assertThat(build.imageRegistry()).containsExactly(new ImageRegistryConfig("docker.io", "me", "org"));
    }

    @Test
    void userGroupFormsOfSection91() {
        Declaration declaration = Fixtures.declaration("""
                [[user_group]]
                name = "ops"
                all.Build = "Execute"
                all.Server = { level = "Write", specific = ["Terminal", "Attach"] }
                permissions = [
                  { target = { type = "Server", id = "\\\\^prod-.*$\\\\" }, level = "Read" },
                  { target.type = "Deployment", target.id = "api", level = "Execute", specific = ["Logs"] },
                ]
                """);
        var group = declaration.userGroups().get(0).group();
        assertThat(group.all().get(ResourceTargetVariant.BUILD)).isEqualTo(PermissionGrant.of(PermissionLevel.EXECUTE));
        assertThat(group.all().get(ResourceTargetVariant.SERVER)).isEqualTo(new PermissionGrant(PermissionLevel.WRITE,
                List.of(SpecificPermission.TERMINAL, SpecificPermission.ATTACH)));
        assertThat(group.permissions()).extracting(p -> p.target().id()).containsExactly("\\^prod-.*$\\", "api");
        assertThat(group.permissions().get(1).specific()).containsExactly(SpecificPermission.LOGS);
    }
}
