package dev.komodosync.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.execution.ActionExecution;
import dev.komodosync.model.execution.StackExecution;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.UnionType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The model is typed: records and unions all the way down, not bags of JSON nodes or strings. */
class ModelTypingTest {

    /** The only free-form values: Komodo itself takes any JSON or any map there. */
    private static final Set<String> FREE_FORM = Set.of(
            ActionExecution.RunAction.class.getName() + ".args",
            StackExecution.RunStackService.class.getName() + ".env");

    @Test
    void everyKindsConfigIsARecordOrAUnionOfRecords() {
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            assertThat(ConfigTypes.of(kind.configClass())).as(kind.key()).isInstanceOfAny(RecordType.class, UnionType.class);
        }
    }

    @Test
    void noConfigHoldsFreeFormValuesExceptWhereKomodoDoes() {
        List<String> freeForm = new ArrayList<>();
        for (RecordType record : DefaultsTest.reachableRecords()) {
            for (FieldSpec field : record.fields()) {
                if (isFreeForm(field.type())) {
                    freeForm.add(record.javaType().getName() + "." + field.key());
                }
            }
        }
        assertThat(freeForm).containsExactlyInAnyOrderElementsOf(FREE_FORM);
    }

    @Test
    void noKindsConfigIsABagOfStrings() {
        for (ResourceKind<?> kind : KomodoKinds.ALL) {
            List<RecordType> records = ConfigTypes.of(kind.configClass()) instanceof UnionType union ? union.variants()
                    : List.of((RecordType) ConfigTypes.of(kind.configClass()));
            for (RecordType record : records) {
                if (record.fields().size() > 1) {
                    assertThat(record.fields()).as(record.toString())
                            .anyMatch(f -> !(f.type() instanceof ValueType.StringType));
                }
            }
        }
    }

    @Test
    void secretFieldsAreSecretsWhereFormatsSaysSo() {
        List<String> secrets = new ArrayList<>();
        for (RecordType record : DefaultsTest.reachableRecords()) {
            record.fields().stream().filter(FieldSpec::secret)
                    .forEach(f -> secrets.add(record.javaType().getSimpleName() + "." + f.key()));
        }
        // formats.md §2: webhook_secret of every kind that has it, server and builder passkey,
        // build secret_args, every accounts[].token, alerter endpoint urls; plus variable values.
        assertThat(secrets).containsExactlyInAnyOrder(
                "ServerConfig.passkey",
                "StackConfig.webhook_secret", "BuildConfig.webhook_secret", "BuildConfig.secret_args",
                "RepoConfig.webhook_secret", "ProcedureConfig.webhook_secret", "ActionConfig.webhook_secret",
                "ResourceSyncConfig.webhook_secret", "Url.passkey", "ProviderAccount.token",
                "Custom.url", "Slack.url", "Discord.url", "Ntfy.url", "Pushover.url", "Variable.value");
    }

    private static boolean isFreeForm(ValueType type) {
        if (type instanceof ValueType.AnyType) {
            return true;
        }
        if (type instanceof ValueType.MapType map) {
            return map.keys().isEmpty() || isFreeForm(map.value());
        }
        if (type instanceof ValueType.OptionalType optional) {
            return isFreeForm(optional.value());
        }
        if (type instanceof ValueType.ListType list) {
            return isFreeForm(list.element());
        }
        return false;
    }
}
