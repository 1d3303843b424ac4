package dev.komodosync.diff.snapshot.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.parser.internal.RawPath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a snapshot file (formats.md §1) as a token stream: the top-level object key by key, the
 * big arrays one element at a time, so that a snapshot of 100,000 resources is never one tree.
 * Every top-level key is optional, {@code null} is absent, unknown keys are skipped unread.
 */
final class SnapshotDocument {

    private static final String BUILD_VERSIONS = "build_versions";

    private final JsonParser parser;
    private final SnapshotProblems problems;
    private final SnapshotElements elements;
    private final SnapshotAssembler into;
    /** Where every effect of the stream goes — bindings, problems, assembly — to be applied in stream order. */
    private final SnapshotPipeline later;
    private final Map<String, ResourceKind<?>> kindsBySnapshotKey = new LinkedHashMap<>();

    SnapshotDocument(JsonParser parser, ResourceKinds kinds, SnapshotProblems problems, SnapshotAssembler into,
            SnapshotPipeline later) {
        this.parser = parser;
        this.problems = problems;
        this.elements = new SnapshotElements(into);
        this.into = into;
        this.later = later;
        for (ResourceKind<?> kind : kinds.all()) {
            kindsBySnapshotKey.put(kind.pluralKey(), kind);
        }
    }

    /** Reads the whole stream; a syntax error ends it with the parser's exception. */
    void read() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            long end = SnapshotProblems.position(parser.currentLocation());
            later.submit(() -> problems.syntax("expected a JSON object, found the end of the input", end));
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            long at = here();
            later.submit(() -> problems.wrongType(
                    "the snapshot must be a JSON object, found " + SnapshotProblems.describe(first), at, Optional.empty()));
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            if (!seen.add(key)) {
                long at = here();
                later.submit(() -> problems.duplicate("key `" + key + "` appears twice in the snapshot's top object;"
                        + " Komodo's API JSON never repeats a key", at, "keep one of the two: the snapshot was edited or"
                        + " merged by hand"));
            }
            parser.nextToken();
            section(key, RawPath.root().key(key));
        }
        if (parser.nextToken() != null) {
            long at = here();
            later.submit(() -> problems.syntax(
                    "expected the end of the input after the snapshot's closing `}`, found more JSON", at));
        }
    }

    private void section(String key, RawPath at) throws IOException {
        switch (key) {
            case "komodo_version" -> komodoVersion(at);
            case "tags" -> eachElement(at, Section.TAGS, null);
            case "variables" -> eachElement(at, Section.VARIABLES, null);
            case "users" -> eachElement(at, Section.USERS, null);
            case "user_groups" -> eachElement(at, Section.USER_GROUPS, null);
            case "permissions" -> eachElement(at, Section.PERMISSIONS, null);
            case "runtime" -> runtime(at);
            default -> {
                ResourceKind<?> kind = kindsBySnapshotKey.get(key);
                if (kind == null) {
                    parser.skipChildren();
                } else {
                    eachElement(at, Section.RESOURCES, kind);
                }
            }
        }
    }

    private void komodoVersion(RawPath at) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String version = parser.getText();
            later.submit(new Apply(Section.KOMODO_VERSION, null, version, null));
        } else if (token != JsonToken.VALUE_NULL) {
            mismatch(at, "a string");
        }
    }

    /** {@code runtime}: per deployable kind a table of targets by name, and {@code build_versions}. */
    private void runtime(RawPath at) throws IOException {
        if (!startsContainer(at, JsonToken.START_OBJECT, "an object")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            ResourceKind<?> kind = kindsBySnapshotKey.get(key);
            if (key.equals(BUILD_VERSIONS)) {
                eachEntry(at.key(key), Section.BUILD_VERSIONS, null);
            } else if (kind != null && kind.deployable()) {
                eachEntry(at.key(key), Section.TARGETS, kind);
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Each non-null element of the array the parser is at, which must be an object, as an element of {@code section}. */
    private void eachElement(RawPath at, Section section, ResourceKind<?> kind) throws IOException {
        if (!startsContainer(at, JsonToken.START_ARRAY, "an array")) {
            return;
        }
        for (int index = 0; parser.nextToken() != JsonToken.END_ARRAY; index++) {
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            SnapshotElement element = SnapshotElement.read(parser, at.index(index), problems);
            later.submit(new Apply(section, kind, null, element));
        }
    }

    /** Each non-null value of the object the parser is at, by key, as an entry of {@code section}. */
    private void eachEntry(RawPath at, Section section, ResourceKind<?> kind) throws IOException {
        if (!startsContainer(at, JsonToken.START_OBJECT, "an object")) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            SnapshotElement element = SnapshotElement.read(parser, at.key(name), problems);
            later.submit(new Apply(section, kind, name, element));
        }
    }

    /** What a value of the stream is. */
    private enum Section {
        KOMODO_VERSION, TAGS, VARIABLES, USERS, USER_GROUPS, PERMISSIONS, RESOURCES, BUILD_VERSIONS, TARGETS
    }

    /**
     * Applies one value of the stream, in stream order. A named class rather than a lambda per
     * section: each lambda links a call site the first time it runs, which a cold plan pays for
     * (docs/architecture.md, "Start-up path").
     */
    private final class Apply implements Runnable {
        private final Section section;
        /** The resource or target kind, for {@link Section#RESOURCES} and {@link Section#TARGETS}. */
        private final ResourceKind<?> kind;
        /** The entry's key, or the Komodo version. */
        private final String name;
        private final SnapshotElement element;

        Apply(Section section, ResourceKind<?> kind, String name, SnapshotElement element) {
            this.section = section;
            this.kind = kind;
            this.name = name;
            this.element = element;
        }

        @Override
        public void run() {
            if (section == Section.KOMODO_VERSION) {
                into.komodoVersion(name);
                return;
            }
            element.reportDuplicateKeys();
            if (section == Section.BUILD_VERSIONS) {
                elements.buildVersion(name, element);
            } else if (section == Section.TARGETS) {
                elements.target(kind, name, element);
            } else if (element.requireObject()) {
                arrayElement();
            }
        }

        private void arrayElement() {
            switch (section) {
                case TAGS -> elements.tag(element);
                case VARIABLES -> elements.variable(element);
                case USERS -> elements.user(element);
                case USER_GROUPS -> elements.userGroup(element);
                case PERMISSIONS -> elements.permission(element);
                default -> elements.resource(kind, element);
            }
        }
    }

    /** Whether the parser is at the start of a container of the given kind; reports and skips anything else but null. */
    private boolean startsContainer(RawPath at, JsonToken start, String expected) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == start) {
            return true;
        }
        if (token != JsonToken.VALUE_NULL) {
            mismatch(at, expected);
        }
        return false;
    }

    private void mismatch(RawPath at, String expected) throws IOException {
        String message = SnapshotProblems.pointer(at) + " must be " + expected + ", found "
                + SnapshotProblems.describe(parser.currentToken());
        long position = here();
        later.submit(() -> problems.wrongType(message, position, Optional.empty()));
        parser.skipChildren();
    }

    private long here() {
        return SnapshotProblems.position(parser.currentTokenLocation());
    }
}
