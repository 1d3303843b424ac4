package dev.komodosync.parser.internal.toml;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random TOML documents, valid by construction as far as the generator knows (the tests
 * only compare readers, so an invalid one is harmless): every kind of key, string, number,
 * boolean, array and inline table, tables, arrays of tables, dotted keys, comments everywhere, line
 * breaks inside arrays and inline tables, CRLF line endings, tabs, emoji and {@code """} strings
 * with backslashes — what the fast path must read exactly as tomlj does.
 */
final class RandomToml {

    private static final String[] BARE_KEYS = {"name", "config", "tags", "a", "b-c", "d_e", "1", "x9", "server", "env"};
    private static final String[] TABLE_KEYS = {"stack", "deployment", "procedure", "t-1", "\"quoted table\"", "'lit'"};
    private static final String[] SUB_KEYS = {"pre_deploy", "params", "stage", "s2", "\"é\""};
    private static final String[] TEXT = {"", "x", "hello world", "🐳", "é", "tab\there", "a'b", "[[VAR]]", "# not a comment",
        "= ", "{ }", "[ ]", "\\\\", "\\n", "\\\\x", "\\\"", "quote\\\"d", "\\u00e9", "\\U0001F433", "\\e", "\\x41", "\\t"};

    private final Random random;
    private final boolean crlf;
    private final List<String> headers = new ArrayList<>();
    private final java.util.Set<String> tables = new java.util.HashSet<>();
    private final java.util.Set<String> arrays = new java.util.HashSet<>();
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();

    RandomToml(long seed) {
        this.random = new Random(seed);
        this.crlf = random.nextInt(5) == 0;
    }

    String document() {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(6) == 0) {
            out.append("# leading comment").append(nl());
        }
        keyValues(out, 1 + random.nextInt(4), 0);
        int headerCount = random.nextInt(8);
        for (int i = 0; i < headerCount; i++) {
            out.append(nl());
            String indent = random.nextInt(5) == 0 ? "  " : "";
            boolean array = random.nextBoolean();
            String name = tableName();
            if (tables.contains(name) || (array ? prefixes.contains(name) && !arrays.contains(name) : arrays.contains(name))) {
                continue;
            }
            (array ? arrays : tables).add(name);
            for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) {
                prefixes.add(name.substring(0, dot));
            }
            out.append(indent).append(array ? "[[" : "[").append(space()).append(name).append(space())
                    .append(array ? "]]" : "]").append(comment()).append(nl());
            keyValues(out, random.nextInt(5), 0);
        }
        if (random.nextInt(4) == 0 && out.length() > 0) {
            // no trailing line break
            out.setLength(out.length() - nl().length());
        }
        return out.toString();
    }

    private String tableName() {
        if (!headers.isEmpty() && random.nextInt(3) == 0) {
            String previous = headers.get(random.nextInt(headers.size()));
            String name = previous + "." + pick(SUB_KEYS);
            headers.add(name);
            return name;
        }
        String name = random.nextInt(4) == 0 ? pick(TABLE_KEYS) + "." + pick(SUB_KEYS) : pick(TABLE_KEYS);
        headers.add(name);
        return name;
    }

    /** The key's parts as TOML reads them, near enough to avoid defining a key twice. */
    private static List<String> parts(String key) {
        List<String> parts = new ArrayList<>();
        for (String part : key.split("\\s*\\.\\s*")) {
            parts.add(part.replace("\"", "").replace("'", ""));
        }
        return parts;
    }

    private static boolean clash(List<List<String>> used, List<String> key) {
        for (List<String> other : used) {
            int common = Math.min(other.size(), key.size());
            if (other.subList(0, common).equals(key.subList(0, common))) {
                return true;
            }
        }
        return false;
    }

    private void keyValues(StringBuilder out, int count, int depth) {
        List<List<String>> used = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = dottedKey();
            if (clash(used, parts(key))) {
                continue;
            }
            used.add(parts(key));
            out.append(random.nextInt(6) == 0 ? "\t" : "").append(key).append(space()).append('=').append(space())
                    .append(value(depth)).append(comment()).append(nl());
            if (random.nextInt(6) == 0) {
                out.append(random.nextBoolean() ? "" : "   # between").append(nl());
            }
        }
    }

    private String dottedKey() {
        return switch (random.nextInt(6)) {
            case 0 -> key() + space() + "." + space() + key();
            case 1 -> key() + "." + key() + "." + key();
            default -> key();
        };
    }

    private String key() {
        return switch (random.nextInt(8)) {
            case 0 -> "\"" + pick(TEXT).replace("\"", "").replace(".", "").replace("\\", "") + "\"";
            case 1 -> "'" + pick(TEXT).replace("'", "").replace(".", "") + "'";
            default -> pick(BARE_KEYS);
        };
    }

    /** A value of any kind, dates and times included (in arrays too). */
    private String value(int depth) {
        int choice = random.nextInt(depth > 3 ? 9 : 12);
        return switch (choice) {
            case 0 -> "\"" + pick(TEXT) + "\"";
            case 1 -> "'" + pick(TEXT).replace("'", "") + "'";
            case 2 -> "\"\"\"" + (random.nextBoolean() ? nl() : "") + pick(TEXT) + nl() + pick(TEXT) + "\\d \\" + nl()
                    + "  end" + "\"".repeat(random.nextInt(3)) + "\"\"\"";
            case 3 -> "'''" + (random.nextBoolean() ? nl() : "") + pick(TEXT) + nl() + "x'y''z" + "'".repeat(random.nextInt(3))
                    + "'''";
            case 4 -> List.of("0", "42", "-17", "+5", "1_000", "0x1F", "0o17", "0b101", "9223372036854775807",
                    "0xdead_beef").get(random.nextInt(10));
            case 5 -> List.of("3.14", "-0.0", "1e5", "2E-3", "6.626e-34", "1_000.5", "+1.5", "inf", "-inf", "+inf", "nan",
                    "-nan", "+nan").get(random.nextInt(13));
            case 6 -> random.nextBoolean() ? "true" : "false";
            case 7 -> "\"" + pick(TEXT) + "\"";
            case 8 -> random.nextInt(4) == 0 ? pick(DATES) : randomDate();
            case 9, 10 -> array(depth + 1);
            default -> inlineTable(depth + 1);
        };
    }

    /** Dates and times of every form, some that tomlj refuses and some the fast path leaves to it. */
    private static final String[] DATES = {
        "1979-05-27T07:32:00Z", "1979-05-27T00:32:00-07:00", "1979-05-27T00:32:00.999999+07:00",
        "1979-05-27 07:32:00Z", "1979-05-27t07:32:00z", "1979-05-27T07:32:00", "1979-05-27T00:32:00.5",
        "1979-05-27", "07:32:00", "00:32:00.123456789", "00:32:00.1234567891", "2023-02-29", "2024-02-29",
        "1979-05-27T24:00:00", "1979-05-27T07:60:00Z", "1979-05-27T07:32:60Z", "07:32", "1979-05-27T07:32Z",
        "1979-05-27T07:32:00-00:30", "1979-05-27T07:32:00+18:30", "1979-05-27T07:32:00+18:00", "0000-01-01",
        "1979-13-01", "1979-05-27T07:32:00+19:00", "1979-5-27", "979-05-27", "19790-05-27", "1979-05-27T7:32:00",
        "1979-05-27T07:32:00.", "1979-05-27T07:32:00Z0", "1_979-05-27", "+1979-05-27", "1979-05-27T07:32:00-07",
    };

    private String randomDate() {
        String date = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", random.nextInt(10000), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        String time = String.format(java.util.Locale.ROOT, "%02d:%02d", random.nextInt(24), random.nextInt(60))
                + (random.nextInt(4) == 0 ? "" : String.format(java.util.Locale.ROOT, ":%02d", random.nextInt(60))
                        + (random.nextBoolean() ? "" : "." + random.nextInt(1_000_000)));
        String offset = switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "Z";
            case 2 -> "z";
            default -> String.format(java.util.Locale.ROOT, "%s%02d:%02d", random.nextBoolean() ? "+" : "-",
                    random.nextInt(18), random.nextInt(60));
        };
        return switch (random.nextInt(3)) {
            case 0 -> date;
            case 1 -> time;
            default -> date + pick(new String[] {"T", "t", " "}) + time + offset;
        };
    }

    private String array(int depth) {
        StringBuilder out = new StringBuilder("[");
        int size = random.nextInt(4);
        boolean multiline = random.nextBoolean();
        for (int i = 0; i < size; i++) {
            out.append(multiline ? (random.nextBoolean() ? comment() : "") + nl() + "  " : space());
            out.append(value(depth));
            if (i < size - 1 || random.nextBoolean()) {
                out.append(random.nextInt(4) == 0 && multiline ? nl() : "").append(',');
            }
        }
        out.append(multiline ? nl() : space()).append(']');
        return out.toString();
    }

    private String inlineTable(int depth) {
        StringBuilder out = new StringBuilder("{");
        int size = random.nextInt(4);
        boolean multiline = random.nextInt(3) == 0;
        List<List<String>> used = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = dottedKey();
            if (clash(used, parts(key))) {
                continue;
            }
            used.add(parts(key));
            if (!used.isEmpty() && used.size() > 1) {
                out.append(',');
            }
            out.append(multiline ? nl() + "  " : " ").append(key).append(" = ").append(value(depth));
        }
        if (multiline && !used.isEmpty() && random.nextBoolean()) {
            out.append(',');
        }
        out.append(multiline ? nl() : " ").append('}');
        return out.toString();
    }

    private String comment() {
        return random.nextInt(5) == 0 ? " # " + pick(TEXT).replace("\\", "") : "";
    }

    private String space() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "\t";
            case 2 -> "  ";
            default -> " ";
        };
    }

    private String nl() {
        return crlf ? "\r\n" : "\n";
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
