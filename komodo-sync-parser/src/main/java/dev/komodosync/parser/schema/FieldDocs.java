package dev.komodosync.parser.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The descriptions of model types and fields, taken from their javadoc at build time: javadoc is
 * not there at run time, so each jar that holds config records carries
 * {@value #RESOURCE} ({@code <binary class name>} → the type's description,
 * {@code <binary class name>.<component>} → the {@code @param} text of a record component).
 * The model's copy is checked against its sources by a test; a plug-in kind may ship its own.
 * Where resources disagree, the first on the class path wins.
 */
final class FieldDocs {

    /** Where a jar keeps the descriptions of its model types. */
    static final String RESOURCE = "META-INF/komodo-sync/field-docs.properties";

    private final Map<String, String> texts;

    private FieldDocs(Map<String, String> texts) {
        this.texts = texts;
    }

    /** The descriptions every {@value #RESOURCE} that {@code loaders} see holds, in loader and class path order. */
    static FieldDocs load(List<ClassLoader> loaders) {
        Set<URL> seen = new LinkedHashSet<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (ClassLoader loader : loaders) {
            try {
                for (URL url : Collections.list(loader.getResources(RESOURCE))) {
                    if (seen.add(url)) {
                        read(url).forEach(texts::putIfAbsent);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + RESOURCE + " resources", e);
            }
        }
        return new FieldDocs(texts);
    }

    /** The description of {@code type}. */
    Optional<String> type(Class<?> type) {
        return Optional.ofNullable(texts.get(type.getName()));
    }

    /** The description of record component {@code javaName} of {@code record}. */
    Optional<String> field(Class<?> record, String javaName) {
        return Optional.ofNullable(texts.get(record.getName() + "." + javaName));
    }

    private static Map<String, String> read(URL url) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
