package dev.komodosync.parser.schema;

import java.util.List;
import java.util.stream.Collectors;

/** How the schema phrases what the model's documentation says. */
final class Descriptions {

    private Descriptions() {}

    /** {@code text} as a sentence: a capital first letter and a closing full stop. */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capital.endsWith(".") || capital.endsWith("?") || capital.endsWith("!") ? capital : capital + ".";
    }

    /** {@code `a`, `b` or `c`}. */
    static String codeList(List<String> keys) {
        List<String> quoted = keys.stream().map(key -> "`" + key + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return quoted.subList(0, quoted.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + quoted.get(quoted.size() - 1);
    }
}
