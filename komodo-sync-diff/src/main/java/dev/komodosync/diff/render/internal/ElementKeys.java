package dev.komodosync.diff.render.internal;

import dev.komodosync.diff.export.internal.TomlText;
import dev.komodosync.model.config.ImageRegistry;
import dev.komodosync.model.config.ImageRegistryConfig;
import dev.komodosync.model.config.ResourceTarget;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What identifies an element of a list of tables when two lists are matched, and how a plan labels
 * it: a table with a {@code name} (procedure stages, maintenance windows) by its name; an image
 * registry of a build by domain and organization, of a builder by domain and organizations; an
 * alerter target by type and name. Other tables (executions, among them) have no identity and are
 * matched by position. Not API.
 */
final class ElementKeys {

    private ElementKeys() {}

    /**
     * The labels of {@code elements} of type {@code element}, when each has one and no two are the
     * same; empty otherwise (the list is then matched by position).
     */
    static Optional<List<String>> distinct(ValueType element, List<?> elements) {
        Optional<Function<Object, String>> label = label(element);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>(elements.size());
        Set<String> seen = new HashSet<>();
        for (Object value : elements) {
            String text = label.get().apply(value);
            if (text.isEmpty() || !seen.add(text)) {
                return Optional.empty();
            }
            labels.add(text);
        }
        return Optional.of(labels);
    }

    private static Optional<Function<Object, String>> label(ValueType element) {
        if (!(element instanceof RecordType record)) {
            return Optional.empty();
        }
        Class<?> type = record.javaType();
        if (type == ImageRegistryConfig.class || type == ImageRegistry.class || type == ResourceTarget.class) {
            return Optional.of(new Label(record, null));
        }
        Optional<FieldSpec> name = record.field("name");
        if (name.isPresent() && name.get().type() instanceof ValueType.StringType) {
            return Optional.of(new Label(record, name.get()));
        }
        return Optional.empty();
    }

    /**
     * The label of an element: a registry's domain and organization(s), a target's type and id, or
     * a record's {@code name}. A named class, as a lambda links a call site on first use
     * (docs/architecture.md, "Start-up path").
     */
    private static final class Label implements Function<Object, String> {
        private final RecordType record;
        private final FieldSpec name;

        Label(RecordType record, FieldSpec name) {
            this.record = record;
            this.name = name;
        }

        @Override
        public String apply(Object value) {
            if (value instanceof ImageRegistryConfig registry) {
                return TomlText.basic(registry.domain() + "/" + registry.organization());
            }
            if (value instanceof ImageRegistry registry) {
                return TomlText.basic(registry.domain() + "/" + String.join(",", registry.organizations()));
            }
            if (value instanceof ResourceTarget target) {
                return target.type().key() + " " + TomlText.basic(target.id());
            }
            String text = (String) record.get(value, name);
            return text.isEmpty() ? "" : TomlText.basic(text);
        }
    }
}
