package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.config.ActionConfig;
import dev.komodosync.model.config.AlerterConfig;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.SwarmConfig;
import dev.komodosync.model.meta.internal.ConfigWalker;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The field metadata the planner acts on, against the lists of the behaviour reference:
 * redeploy triggers (§5.2), interpolated fields (§6.4), references (§4.3).
 */
class MetadataTablesTest {

    private static List<String> flagged(ValueType type, java.util.function.Predicate<FieldSpec> flag) {
        List<String> paths = new ArrayList<>();
        Object defaults = type.zero();
        if (type instanceof UnionType union) {
            for (RecordType variant : union.variants()) {
                ConfigWalker.walk(variant, variant.defaults(), variant.variantName(), f -> {
                    if (flag.test(f.field())) {
                        paths.add(f.path());
                    }
                });
            }
            return paths;
        }
        ConfigWalker.walk(type, defaults, "", f -> {
            if (flag.test(f.field())) {
                paths.add(f.path());
            }
        });
        return paths;
    }

    @Test
    void deploymentRedeployTriggersAreThoseOfSection52() {
        assertThat(flagged(RecordType.of(DeploymentConfig.class), FieldSpec::redeployTrigger)).containsExactly(
                "server_id", "image", "image_registry_account", "skip_secret_interp", "network", "restart", "command",
                "extra_args", "ports", "volumes", "environment", "labels");
    }

    @Test
    void stackRedeployTriggersAreThoseOfSection52() {
        assertThat(flagged(RecordType.of(StackConfig.class), FieldSpec::redeployTrigger)).containsExactlyInAnyOrder(
                "server_id", "project_name", "run_directory", "file_paths", "file_contents", "skip_secret_interp",
                "extra_args", "environment", "env_file_path", "additional_env_files", "linked_repo", "repo", "branch",
                "commit", "compose_cmd_wrapper");
    }

    @Test
    void interpolatedFieldsAreThoseOfSection64() {
        assertThat(flagged(RecordType.of(DeploymentConfig.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "environment", "ports", "volumes", "labels", "command", "extra_args");
        assertThat(flagged(RecordType.of(StackConfig.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "file_contents", "environment", "pre_deploy.command", "post_deploy.command", "compose_cmd_wrapper",
                "extra_args", "build_extra_args");
        assertThat(flagged(RecordType.of(BuildConfig.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "build_args", "secret_args", "labels", "pre_build.command", "dockerfile", "extra_args");
        assertThat(flagged(RecordType.of(RepoConfig.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "environment", "on_clone.command", "on_pull.command");
        assertThat(flagged(RecordType.of(ActionConfig.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "file_contents", "arguments");
        assertThat(flagged(UnionType.of(AlerterEndpoint.class), FieldSpec::interpolated)).containsExactlyInAnyOrder(
                "Custom.url", "Slack.url", "Discord.url", "Ntfy.url", "Pushover.url");
    }

    @Test
    void referencesAreThoseOfSection43() {
        assertThat(references(SwarmConfig.class)).containsExactly("server_ids→server");
        assertThat(references(StackConfig.class)).containsExactly("swarm_id→swarm", "server_id→server", "linked_repo→repo");
        assertThat(references(DeploymentConfig.class)).containsExactly("swarm_id→swarm", "server_id→server");
        assertThat(references(DeploymentImage.Build.class)).containsExactly("build_id→build");
        assertThat(references(BuildConfig.class)).containsExactly("builder_id→builder", "linked_repo→repo");
        assertThat(references(RepoConfig.class)).containsExactly("server_id→server", "builder_id→builder");
        assertThat(references(BuilderConfig.Server.class)).containsExactly("server_ids→server");
        assertThat(references(ResourceSyncConfig.class)).containsExactly("linked_repo→repo");
        assertThat(RecordType.of(AlerterConfig.class).field("resources")).isPresent();
    }

    private static List<String> references(Class<?> record) {
        return RecordType.of(record).fields().stream().filter(f -> f.reference().isPresent())
                .map(f -> f.key() + "→" + f.reference().get().kind()).toList();
    }
}
