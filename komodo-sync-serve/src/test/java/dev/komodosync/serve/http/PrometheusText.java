package dev.komodosync.serve.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict reader of Prometheus' text format (0.0.4), for the tests: fails on any line it cannot read. */
final class PrometheusText {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:\\\\[\\\\\"n]|[^\"\\\\\\n])*\"";
    private static final Pattern SAMPLE = Pattern.compile(
            "(" + NAME + ")(\\{" + LABEL + "(?:," + LABEL + ")*\\})? (-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|NaN|[-+]Inf)");
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");

    /** Samples by name and labels as written, and types by family. */
    record Parsed(Map<String, Double> samples, Map<String, String> types) {}

    private PrometheusText() {}

    static Parsed parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("the text must end with a line feed");
        }
        Map<String, Double> samples = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher type = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            if (type.matches()) {
                if (types.put(type.group(1), type.group(2)) != null) {
                    throw new IllegalArgumentException("two TYPE lines for " + type.group(1));
                }
            } else if (HELP.matcher(line).matches()) {
                continue;
            } else if (sample.matches()) {
                if (!types.containsKey(sample.group(1))) {
                    throw new IllegalArgumentException("a sample before its TYPE: " + line);
                }
                String key = sample.group(1) + (sample.group(2) == null ? "" : sample.group(2));
                if (samples.put(key, Double.parseDouble(sample.group(3))) != null) {
                    throw new IllegalArgumentException("a sample twice: " + key);
                }
            } else {
                throw new IllegalArgumentException("not Prometheus text: " + line);
            }
        }
        return new Parsed(samples, types);
    }
}
