package dev.komodosync.diff.plan.internal;

import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.Variable;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Variable changes (behaviour §6.1), with two departures, each reported where it changes the
 * plan: an {@code is_secret}-only change is shown, since it is applied (KS427); a secret declared
 * without a value keeps its existing value (Komodo empties it, #1402; KS421).
 */
final class VariablePlanner {

    private static final ValueType TEXT = new ValueType.StringType();
    private static final ValueType SECRET = new ValueType.SecretType();
    private static final ValueType BOOLEAN = new ValueType.BooleanType();

    private VariablePlanner() {}

    static List<VariableChange> plan(List<DeclaredVariable> declarations, List<Variable> existingVariables, boolean deletes,
            List<Diagnostic> diagnostics) {
        Map<String, DeclaredVariable> declared = new LinkedHashMap<>();
        declarations.forEach(v -> declared.putIfAbsent(v.name(), v));
        Map<String, Variable> existing = new TreeMap<>();
        existingVariables.forEach(v -> existing.putIfAbsent(v.name(), v));
        List<VariableChange> creates = new ArrayList<>();
        List<VariableChange> updates = new ArrayList<>();
        List<VariableChange> removals = new ArrayList<>();
        for (DeclaredVariable variable : declared.values()) {
            Variable current = existing.get(variable.name());
            Variable wanted = variable.variable();
            if (current == null) {
                creates.add(new VariableChange(variable.name(), ChangeAction.CREATE, List.of(), wanted,
                        variable.sources().root()));
                continue;
            }
            if (!variable.valueDeclared() && wanted.secret()) {
                if (!current.value().reveal().isEmpty()) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.SECRET_KEPT, "variable `" + variable.name()
                                    + "` is a secret declared without a value: this plan keeps its existing value;"
                                    + " Komodo itself would reset this secret to empty (Komodo issue #1402)")
                            .at(variable.sources().root())
                            .withHint("if Komodo itself also runs this sync, declare the value there"));
                }
                wanted = new Variable(wanted.name(), current.value(), wanted.description(), wanted.secret());
            }
            List<FieldChange> changes = changes(wanted, current);
            if (changes.size() == 1 && changes.get(0).path().equals("is_secret")) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.HIDDEN_IN_KOMODO_VIEW, "variable `" + variable.name()
                                + "`: only is_secret changes; Komodo's pending view does not show this change, though"
                                + " running the sync applies it")
                        .at(variable.sources().root()));
            }
            if (!changes.isEmpty()) {
                updates.add(new VariableChange(variable.name(), ChangeAction.UPDATE, changes, wanted,
                        variable.sources().root()));
            }
        }
        if (deletes) {
            existing.forEach((name, variable) -> {
                if (!declared.containsKey(name)) {
                    removals.add(new VariableChange(name, ChangeAction.DELETE, List.of(), variable, Optional.empty()));
                }
            });
        }
        Comparator<VariableChange> byName = Comparator.comparing(VariableChange::name);
        creates.sort(byName);
        updates.sort(byName);
        List<VariableChange> ordered = new ArrayList<>(creates);
        ordered.addAll(updates);
        ordered.addAll(removals);
        return ordered;
    }

    private static List<FieldChange> changes(Variable wanted, Variable current) {
        List<FieldChange> changes = new ArrayList<>();
        String wantedValue = wanted.value().reveal().replace("\r\n", "\n");
        String currentValue = current.value().reveal().replace("\r\n", "\n");
        if (!wantedValue.equals(currentValue)) {
            boolean secret = wanted.secret() || current.secret();
            changes.add(secret
                    ? FieldChanges.of("value", SECRET, Secret.of(currentValue), Secret.of(wantedValue))
                    : FieldChanges.of("value", TEXT, currentValue, wantedValue));
        }
        String wantedDescription = wanted.description().replace("\r\n", "\n");
        String currentDescription = current.description().replace("\r\n", "\n");
        if (!wantedDescription.equals(currentDescription)) {
            changes.add(FieldChanges.of("description", TEXT, currentDescription, wantedDescription));
        }
        if (wanted.secret() != current.secret()) {
            changes.add(FieldChanges.of("is_secret", BOOLEAN, current.secret(), wanted.secret()));
        }
        return changes;
    }
}
