package dev.komodosync.apply.internal;

import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an update: the meta members and the top-level config fields its field changes
 * touch (komodo-api §3.1: "only the changed top-level fields").
 */
public final class ChangedFields {

    private ChangedFields() {}

    /** Whether a meta member ({@code description}, {@code template}, {@code tags}) changed. */
    public static boolean changes(ResourceChange.Update update, String member) {
        return update.changes().stream().anyMatch(c -> c.path().equals(member));
    }

    /**
     * The canonical keys ({@code server_id}) of the top-level config fields that changed, in field
     * order; for a config that is a union (a Builder's), its tag and content keys as written.
     */
    public static Set<String> config(ResourceChange.Update update) {
        ValueType type = ConfigTypes.of(update.kind().configClass());
        Set<String> keys = new LinkedHashSet<>();
        for (FieldChange change : update.changes()) {
            if (!change.path().startsWith("config.")) {
                continue;
            }
            String rest = change.path().substring("config.".length());
            int end = rest.length();
            for (int i = 0; i < rest.length(); i++) {
                if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
                    end = i;
                    break;
                }
            }
            String exportKey = rest.substring(0, end);
            keys.add(canonical(type, exportKey).orElse(exportKey));
        }
        return keys;
    }

    private static Optional<String> canonical(ValueType type, String exportKey) {
        if (!(type instanceof RecordType record)) {
            return Optional.empty();
        }
        return record.fields().stream()
                .filter(f -> f.exportKey().equals(exportKey) || f.allKeys().contains(exportKey))
                .map(FieldSpec::key)
                .findFirst();
    }
}
