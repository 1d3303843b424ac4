package dev.komodosync.parser.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.Secret;
import dev.komodosync.model.config.TerminationSignal;
import dev.komodosync.model.meta.KomodoEnum;
import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Komodo's deserialisers do beyond reading a value as its type (behaviour §10.1, §10.4): the
 * array form of key/value text ({@code [{ variable = "K", value = "V" }]}), and the normalisation
 * of text by its format (a trailing newline for key/value text, trimmed file and command text).
 */
final class KomodoInputForms {

    private KomodoInputForms() {}

    /** Komodo's deserialisers' normalisations (behaviour §10.4). */
    static Object normalise(FieldSpec field, Object value, RecordType owner) {
        String text = value instanceof String s ? s : value instanceof Secret secret ? secret.reveal() : null;
        if (text == null) {
            return value;
        }
        String normalised = switch (field.textFormat()) {
            case KEY_VALUE -> text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
            case FILE, COMMAND -> {
                String trimmed = RustText.trimEnd(text);
                yield trimmed.isEmpty() ? "" : trimmed + "\n";
            }
            case PLAIN -> text;
        };
        return value instanceof Secret ? Secret.of(normalised) : normalised;
    }

    /** The array form of a key/value text (behaviour §10.1): {@code [{ variable = "K", value = "V" }]}. */
    /** Reports what is wrong with it to {@code problems}, and gives nothing then. */
    static Optional<String> keyValueArray(FieldSpec field, ArrayNode array, RawPath raw, BindProblems problems) {
        FieldSpec.KeyValueForm form = field.keyValueForm().orElseThrow();
        String first = form.arrayKeys().get(0);
        String second = form.arrayKeys().get(1);
        List<String> lines = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            RawPath at = raw.index(i);
            if (!element.isObject()) {
                problems.wrongType(at, "element " + (i + 1) + " of `" + raw.lastKey() + "`",
                        "a table with `" + first + "` and `" + second + "`", element);
                ok = false;
                continue;
            }
            Optional<String> key = arrayPart(element, first, at, problems);
            Optional<String> value = arrayPart(element, second, at, problems);
            if (key.isEmpty() || value.isEmpty()) {
                ok = false;
                continue;
            }
            String left = key.get();
            if (form.signalKeys()) {
                Optional<KomodoEnum> signal = new ValueType.EnumType(TerminationSignal.class).constant(left);
                if (signal.isEmpty()) {
                    problems.report(DiagnosticCode.INVALID_VALUE, "`" + left + "` is not a termination signal", at.key(first),
                            "write one of SIGHUP, SIGINT, SIGQUIT, SIGTERM");
                    ok = false;
                    continue;
                }
                left = signal.get().key();
            }
            lines.add("  " + left + form.separator() + value.get());
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
    }

    private static Optional<String> arrayPart(JsonNode element, String key, RawPath at, BindProblems problems) {
        JsonNode part = element.get(key);
        if (part == null || part.isNull()) {
            problems.report(DiagnosticCode.MISSING_FIELD, "missing `" + key + "`", at, "each element needs `" + key + "`");
            return Optional.empty();
        }
        if (!part.isTextual()) {
            problems.wrongType(at.key(key), "`" + key + "`", "a string", part);
            return Optional.empty();
        }
        return Optional.of(part.textValue());
    }
}
