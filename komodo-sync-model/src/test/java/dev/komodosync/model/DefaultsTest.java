package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.config.ActionConfig;
import dev.komodosync.model.config.AdditionalEnvFile;
import dev.komodosync.model.config.AlerterConfig;
import dev.komodosync.model.config.AlerterEndpoint;
import dev.komodosync.model.config.BuildConfig;
import dev.komodosync.model.config.BuilderConfig;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.config.EnabledExecution;
import dev.komodosync.model.config.GitProvider;
import dev.komodosync.model.config.ImageRegistry;
import dev.komodosync.model.config.MaintenanceWindow;
import dev.komodosync.model.config.ProcedureConfig;
import dev.komodosync.model.config.ProcedureStage;
import dev.komodosync.model.config.RepoConfig;
import dev.komodosync.model.config.ResourceSyncConfig;
import dev.komodosync.model.config.ServerConfig;
import dev.komodosync.model.config.StackConfig;
import dev.komodosync.model.config.StackFileDependency;
import dev.komodosync.model.config.SwarmConfig;
import dev.komodosync.model.execution.AlerterExecution;
import dev.komodosync.model.execution.Execution;
import dev.komodosync.model.execution.SwarmExecution;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every default that is not its type's zero value, against the tables of behaviour §2 (and §8.3,
 * §9.1 for executions and permissions). The table is written from the reference, not from the
 * model; {@link #everyNonZeroDefaultIsInTheTable()} makes sure it stays complete.
 */
class DefaultsTest {

    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("server", ServerConfig.class),
            Map.entry("maintenance_window", MaintenanceWindow.class),
            Map.entry("swarm", SwarmConfig.class),
            Map.entry("deployment", DeploymentConfig.class),
            Map.entry("stack", StackConfig.class),
            Map.entry("additional_env_file", AdditionalEnvFile.class),
            Map.entry("stack_file_dependency", StackFileDependency.class),
            Map.entry("build", BuildConfig.class),
            Map.entry("repo", RepoConfig.class),
            Map.entry("builder.Url", BuilderConfig.Url.class),
            Map.entry("builder.Aws", BuilderConfig.Aws.class),
            Map.entry("git_provider", GitProvider.class),
            Map.entry("image_registry", ImageRegistry.class),
            Map.entry("alerter.Custom", AlerterEndpoint.Custom.class),
            Map.entry("alerter.Slack", AlerterEndpoint.Slack.class),
            Map.entry("alerter.Discord", AlerterEndpoint.Discord.class),
            Map.entry("alerter.Ntfy", AlerterEndpoint.Ntfy.class),
            Map.entry("alerter.Pushover", AlerterEndpoint.Pushover.class),
            Map.entry("procedure", ProcedureConfig.class),
            Map.entry("procedure_stage", ProcedureStage.class),
            Map.entry("enabled_execution", EnabledExecution.class),
            Map.entry("action", ActionConfig.class),
            Map.entry("resource_sync", ResourceSyncConfig.class),
            Map.entry("SendAlert", AlerterExecution.SendAlert.class),
            Map.entry("RemoveSwarmStacks", SwarmExecution.RemoveSwarmStacks.class),
            Map.entry("permission", Permission.class));

    private static final String TABLE = """
            server, insecure_tls, true
            server, auto_rotate_keys, true
            server, auto_prune, true
            server, stats_monitoring, true
            server, send_unreachable_alerts, true
            server, send_cpu_alerts, true
            server, send_mem_alerts, true
            server, send_disk_alerts, true
            server, send_version_mismatch_alerts, true
            server, cpu_warning, 90.0
            server, cpu_critical, 99.0
            server, mem_warning, 75.0
            server, mem_critical, 95.0
            server, disk_warning, 75.0
            server, disk_critical, 95.0
            maintenance_window, schedule_type, Daily
            maintenance_window, enabled, true
            swarm, send_unhealthy_alerts, true
            deployment, send_alerts, true
            deployment, network, host
            deployment, restart, no
            deployment, replicas, 1
            deployment, termination_signal, SIGTERM
            deployment, termination_timeout, 10
            stack, auto_pull, true
            stack, git_provider, github.com
            stack, git_https, true
            stack, branch, main
            stack, webhook_enabled, true
            stack, env_file_path, .env
            stack, send_alerts, true
            additional_env_file, track, true
            stack_file_dependency, requires, None
            build, auto_increment_version, true
            build, include_latest_tag, true
            build, include_version_tags, true
            build, include_commit_tag, true
            build, git_provider, github.com
            build, git_https, true
            build, branch, main
            build, webhook_enabled, true
            build, build_path, .
            build, dockerfile_path, Dockerfile
            repo, git_provider, github.com
            repo, git_https, true
            repo, branch, main
            repo, webhook_enabled, true
            repo, env_file_path, .env
            builder.Url, address, https://periphery:8120
            builder.Url, insecure_tls, true
            builder.Aws, region, us-east-1
            builder.Aws, instance_type, c5.2xlarge
            builder.Aws, volume_gb, 20
            builder.Aws, port, 8120
            builder.Aws, use_https, true
            builder.Aws, insecure_tls, true
            git_provider, domain, github.com
            git_provider, https, true
            image_registry, domain, docker.io
            alerter.Custom, url, http://localhost:7000
            alerter.Slack, url, https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
            alerter.Discord, url, https://discord.com/api/webhooks/XXXXXXXXXXXX/XXXX-XXXXXXXXXX
            alerter.Ntfy, url, http://localhost:8080/komodo
            alerter.Pushover, url, https://api.pushover.net/1/messages.json?token=XXXXXXXXXXXXX&user=XXXXXXXXXXXXX
            procedure, schedule_format, English
            procedure, schedule_enabled, true
            procedure, schedule_alert, true
            procedure, failure_alert, true
            procedure, webhook_enabled, true
            procedure_stage, enabled, true
            enabled_execution, enabled, true
            action, schedule_format, English
            action, schedule_enabled, true
            action, schedule_alert, true
            action, failure_alert, true
            action, webhook_enabled, true
            action, arguments_format, key_value
            resource_sync, git_provider, github.com
            resource_sync, git_https, true
            resource_sync, branch, main
            resource_sync, webhook_enabled, true
            resource_sync, include_resources, true
            resource_sync, pending_alert, true
            SendAlert, level, OK
            RemoveSwarmStacks, detach, true
            permission, level, None
            """;

    static Stream<Arguments> table() {
        return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(line -> {
            String[] cells = line.split(", ", 3);
            return Arguments.of(cells[0], cells[1], cells[2]);
        });
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("table")
    void defaultIsTheReferencesDefault(String type, String key, String expected) {
        RecordType record = RecordType.of(TYPES.get(type));
        FieldSpec field = record.field(key).orElseThrow();
        Object actual = record.defaultValue(field);
        if (actual instanceof Number number) {
            assertThat(number.doubleValue()).isEqualTo(Double.parseDouble(expected));
        } else {
            assertThat(render(actual)).isEqualTo(expected);
        }
    }

    @Test
    void everyNonZeroDefaultIsInTheTable() {
        Set<String> rows = new TreeSet<>();
        table().forEach(a -> rows.add(TYPES.get((String) a.get()[0]).getName() + "." + a.get()[1]));
        Set<String> nonZero = new TreeSet<>();
        for (RecordType record : reachableRecords()) {
            for (FieldSpec field : record.fields()) {
                Object value = record.defaultValue(field);
                boolean zero = field.type() instanceof RecordType || field.type() instanceof UnionType
                        || value.equals(field.type() instanceof ValueType.EnumType e ? e.constants().get(0) : field.type().zero());
                if (!zero || field.defaultText().isPresent()) {
                    nonZero.add(record.javaType().getName() + "." + field.key());
                }
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(nonZero);
    }

    @Test
    void everyBuiltInKindBuildsItsDefaultsOnFirstUse() {
        // Registration no longer builds a built-in kind's defaults (start-up, issue 19): this does,
        // for each of them, and checks they are a config of the kind that says every field is zero
        // or its documented default, as the kind's own type describes.
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            assertThat(ConfigTypes.isBuiltIn(kind.configClass())).as(kind.key()).isTrue();
            Object defaults = kind.defaults();
            assertThat(defaults).as(kind.key()).isInstanceOf(kind.configClass());
            assertThat(defaults).as(kind.key()).isEqualTo(ConfigTypes.of(kind.configClass()).zero());
        }
    }

    @Test
    void aDeploymentRunsAnImageByDefault() {
        assertThat(KomodoKinds.DEPLOYMENT.defaults().image()).isEqualTo(new DeploymentImage.Image(""));
    }

    @Test
    void aBuilderDeclaredWithoutConfigIsAUrlBuilder() {
        assertThat(KomodoKinds.BUILDER.defaults()).isEqualTo(new BuilderConfig.Url(
                "https://periphery:8120", "", true, Secret.empty()));
    }

    @Test
    void anAlerterSendsToTheCustomEndpointByDefault() {
        AlerterConfig defaults = KomodoKinds.ALERTER.defaults();
        assertThat(defaults.endpoint()).isEqualTo(new AlerterEndpoint.Custom(Secret.of("http://localhost:7000")));
        assertThat(defaults.enabled()).isFalse();
    }

    @Test
    void aServerIsDisabledButSkipsTlsValidationByDefault() {
        ServerConfig server = KomodoKinds.SERVER.defaults();
        assertThat(server.enabled()).isFalse();
        assertThat(server.insecureTls()).isTrue();
    }

    @Test
    void anExecutionDefaultsToNone() {
        assertThat(UnionType.of(Execution.class).zero()).isEqualTo(new Execution.None());
    }

    @ParameterizedTest
    @CsvSource({"server_id, server", "swarm_id, swarm", "image, image", "extra_args, extra_args"})
    void deploymentFieldsExportUnderKomodosExportKeys(String key, String exportKey) {
        assertThat(RecordType.of(DeploymentConfig.class).field(key).orElseThrow().exportKey()).isEqualTo(exportKey);
    }

    private static String render(Object value) {
        if (value instanceof Secret secret) {
            return secret.reveal();
        }
        if (value instanceof KomodoEnum constant) {
            return constant.key();
        }
        return String.valueOf(value);
    }

    /** Every record reachable from the built-in kinds' configs, user groups and variables. */
    static Set<RecordType> reachableRecords() {
        Set<RecordType> seen = new LinkedHashSet<>();
        Deque<ValueType> todo = new ArrayDeque<>();
        KomodoKinds.ALL.forEach(k -> todo.add(ConfigTypes.of(k.configClass())));
        todo.add(RecordType.of(UserGroup.class));
        todo.add(RecordType.of(Variable.class));
        while (!todo.isEmpty()) {
            ValueType type = todo.pop();
            if (type instanceof RecordType record && seen.add(record)) {
                record.fields().forEach(f -> todo.add(f.type()));
            } else if (type instanceof UnionType union) {
                todo.addAll(union.variants());
            } else if (type instanceof ValueType.ListType list) {
                todo.add(list.element());
            } else if (type instanceof ValueType.OptionalType optional) {
                todo.add(optional.value());
            } else if (type instanceof ValueType.MapType map) {
                todo.add(map.value());
            }
        }
        return seen;
    }
}
