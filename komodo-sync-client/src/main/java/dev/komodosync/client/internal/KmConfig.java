package dev.komodosync.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Komodo's {@code km} config files as Komodo v2.3.2 reads them ({@code bin/cli/src/config.rs},
 * {@code config/komodo.cli.toml}): files whose names contain {@code komodo.cli} in
 * {@code KOMODO_CLI_CONFIG_PATHS} (default {@code ~/.config/komodo} and the working folder),
 * read in that order, later values overriding earlier ones and {@code [[profile]]}s added up; a
 * profile chosen by {@code name} or one of its {@code aliases}, its values over the top-level
 * ones. Keys: {@code host}, {@code key} (or {@code cli_key}), {@code secret} (or
 * {@code cli_secret}), {@code default_profile} (or {@code default}). TOML and JSON files are read
 * (km also reads YAML; komodo-sync does not). Not API.
 */
final class KmConfig {

    /**
     * Made on first use, when a km config file is read: every fetch resolves its connection here,
     * and a mapper made at class initialisation cost each one tens of milliseconds at start, before
     * the first call.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** The values of a chosen profile (or of the top level when none is chosen), each with its source. */
    record Profile(Map<String, ConnectionResolution.Given> values) {
        Optional<ConnectionResolution.Given> value(String key) {
            return Optional.ofNullable(values.get(key));
        }
    }

    private KmConfig() {}

    /** {@code KOMODO_CLI_CONFIG_PATHS} (comma-separated), else {@code $HOME/.config/komodo} and {@code .}. */
    static List<Path> defaultFolders(Map<String, String> environment) {
        String paths = environment.getOrDefault("KOMODO_CLI_CONFIG_PATHS", environment.get("KOMODO_CLI_CONFIG_PATH"));
        if (paths != null && !paths.isBlank()) {
            return Stream.of(paths.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of).toList();
        }
        String home = environment.get("HOME");
        return home == null || home.isBlank() ? List.of(Path.of(".")) : List.of(Path.of(home, ".config", "komodo"), Path.of("."));
    }

    /**
     * The values to use: those of {@code profile} (by name or alias) over the top level, or of
     * {@code default_profile} when no profile is asked for, or the top level's; empty without files.
     */
    static Optional<Profile> read(List<Path> folders, Optional<String> profile) {
        List<Path> files = files(folders);
        Map<String, ConnectionResolution.Given> top = new LinkedHashMap<>();
        List<Map<String, ConnectionResolution.Given>> profiles = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        Optional<String> defaultProfile = Optional.empty();
        for (Path file : files) {
            JsonNode document = parse(file);
            for (String key : List.of("host", "key", "secret")) {
                value(document, key).ifPresent(v -> top.put(key, new ConnectionResolution.Given(v, file.toString())));
            }
            Optional<String> named = text(document, "default_profile").or(() -> text(document, "default"));
            if (named.isPresent()) {
                defaultProfile = named;
            }
            for (JsonNode entry : document.path("profile")) {
                List<String> identities = new ArrayList<>();
                text(entry, "name").or(() -> text(entry, "config_profile")).ifPresent(identities::add);
                for (String aliasKey : List.of("aliases", "alias", "config_aliases")) {
                    JsonNode aliases = entry.path(aliasKey);
                    if (aliases.isTextual()) {
                        identities.add(aliases.textValue());
                    }
                    aliases.forEach(alias -> identities.add(alias.asText()));
                }
                String label = "profile '" + (identities.isEmpty() ? "?" : identities.get(0)) + "' (" + file + ")";
                Map<String, ConnectionResolution.Given> values = new LinkedHashMap<>();
                for (String key : List.of("host", "key", "secret")) {
                    value(entry, key).ifPresent(v -> values.put(key, new ConnectionResolution.Given(v, label)));
                }
                profiles.add(values);
                names.add(identities);
            }
        }
        Optional<String> byDefault = defaultProfile;
        Optional<String> chosen = profile.or(() -> byDefault).filter(s -> !s.isBlank());
        if (chosen.isEmpty()) {
            return top.isEmpty() ? Optional.empty() : Optional.of(new Profile(top));
        }
        for (int i = 0; i < profiles.size(); i++) {
            if (names.get(i).contains(chosen.get())) {
                Map<String, ConnectionResolution.Given> merged = new LinkedHashMap<>(top);
                merged.putAll(profiles.get(i));
                return Optional.of(new Profile(merged));
            }
        }
        if (profile.isPresent()) {
            throw new IllegalArgumentException("no profile '" + chosen.get() + "' in komodo.cli.toml (read: "
                    + (files.isEmpty() ? "no such file in " + folders : files) + ")");
        }
        // A default_profile naming nothing: km refuses; here the top-level values still count.
        return top.isEmpty() ? Optional.empty() : Optional.of(new Profile(top));
    }

    private static List<Path> files(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isRegularFile(folder)) {
                files.add(folder);
                continue;
            }
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(Files::isRegularFile)
                        .filter(f -> {
                            String name = f.getFileName().toString();
                            return name.contains("komodo.cli") && (name.endsWith(".toml") || name.endsWith(".json"));
                        })
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static JsonNode parse(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".json")) {
                return Json.MAPPER.readTree(file.toFile());
            }
            TomlParseResult toml = Toml.parse(file);
            if (toml.hasErrors()) {
                throw new IllegalArgumentException("cannot read " + file + ": " + toml.errors().get(0).toString());
            }
            return Json.MAPPER.valueToTree(plain(toml));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A TOML table as plain maps and lists, for Jackson. */
    private static Object plain(Object value) {
        if (value instanceof TomlTable table) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                map.put(key, plain(table.get(List.of(key))));
            }
            return map;
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(plain(array.get(i)));
            }
            return list;
        }
        return value instanceof String || value instanceof Boolean || value instanceof Number ? value : String.valueOf(value);
    }

    private static Optional<String> value(JsonNode node, String key) {
        return text(node, key).or(() -> text(node, "cli_" + key));
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.isTextual() && !value.textValue().isBlank() ? Optional.of(value.textValue())
                : Optional.empty();
    }
}
