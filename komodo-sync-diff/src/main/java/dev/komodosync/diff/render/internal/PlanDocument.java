package dev.komodosync.diff.render.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.komodosync.diff.plan.ChangeAction;
import dev.komodosync.diff.plan.DeployPlan;
import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.Plan;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.ResourceChange;
import dev.komodosync.diff.plan.UserGroupChange;
import dev.komodosync.diff.plan.VariableChange;
import dev.komodosync.diff.plan.internal.FieldChanges;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.model.meta.internal.ValueJson;
import dev.komodosync.model.meta.internal.ValueJsonWriter;
import dev.komodosync.model.meta.internal.ValueType;
import dev.komodosync.parser.SourceOrigin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The plan JSON document of formats §2, written straight to a generator with its keys in the
 * documented order: no tree of the whole plan is built first (at 10k resources that tree was
 * about a quarter of rendering a plan, issue 19). The same tokens in the same order as the plan's
 * actions as {@code PlanActions} builds them (the fingerprint's tree), with the document's own
 * additions — locations, reasons, the {@code members} of structured changes, the summary, the
 * diagnostics and the skipped deploys. Not API: {@code PlanJson} renders it ({@link #writeText});
 * the command line takes it as UTF-8 with the fingerprint worked out beside it ({@link #utf8}).
 */
public final class PlanDocument {

    /** The version of the plan JSON format. */
    public static final int FORMAT_VERSION = 1;

    /** The most diagnostics of one code in one file listed; the text output shows as many. */
    public static final int PER_FILE_AND_CODE = 50;

    /**
     * What a document may be written with in place of its fingerprint while the fingerprint is
     * worked out elsewhere: a text of the same length and characters as every fingerprint
     * ({@code sha256:} and 64 hex digits), which {@link #utf8} then overwrites.
     */
    public static final String FINGERPRINT_STAND_IN = "sha256:" + "0".repeat(64);

    private static final ValueJson.Style MASKED = ValueJson.Style.plan(ValueJson.Secrets.MASK);

    /** Two spaces a level, a line a member: the plan JSON's layout. */
    private static final PrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PlanDocument() {}

    /**
     * Writes the text of a planning run's document to {@code text}, laid out and ending with a
     * newline: of {@code plan} with {@code fingerprint} (the plan's or the stand-in), or without
     * a plan (null), of the errors. {@code text} is flushed, not closed.
     */
    public static void writeText(Writer text, Plan plan, String fingerprint, List<Diagnostic> diagnostics,
            Optional<SourceOrigin> origin) throws IOException {
        try (JsonGenerator out = JsonText.generator(text, PRINTER)) {
            if (plan == null) {
                writeErrors(out, diagnostics);
            } else {
                write(out, plan, fingerprint, diagnostics, origin);
            }
            out.writeRaw('\n');
        }
    }

    /**
     * The document of a planning run in UTF-8, as {@code PlanJson.write} writes it, with the plan's
     * fingerprint worked out on {@code fingerprinting} while the rest is written (each takes a
     * while for a large plan, and neither needs the other) and then put in its place.
     */
    public static byte[] utf8(PlanResult result, Optional<SourceOrigin> origin, Executor fingerprinting) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Writer text = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try {
            if (result.plan().isEmpty()) {
                writeText(text, null, "", result.diagnostics(), Optional.empty());
                return bytes.toByteArray();
            }
            Plan plan = result.plan().get();
            CompletableFuture<String> fingerprint = CompletableFuture.supplyAsync(new Fingerprint(plan), fingerprinting);
            int standIn;
            try (JsonGenerator out = JsonText.generator(text, PRINTER)) {
                head(out, FINGERPRINT_STAND_IN);
                // Where the stand-in lies: it ends just before the closing quote last written.
                out.flush();
                standIn = bytes.size() - 1 - FINGERPRINT_STAND_IN.length();
                body(out, plan, result.diagnostics(), origin);
                out.writeRaw('\n');
            }
            byte[] document = bytes.toByteArray();
            patchFingerprint(document, standIn, fingerprint.join());
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    /** A plan's fingerprint, as a task: a named class, as a lambda would link a call site at start. */
    private static final class Fingerprint implements Supplier<String> {
        private final Plan plan;

        Fingerprint(Plan plan) {
            this.plan = plan;
        }

        @Override
        public String get() {
            return plan.fingerprint();
        }
    }

    /**
     * Writes the whole document of a plan and its diagnostics with {@code fingerprint} (the plan's,
     * or {@link #FINGERPRINT_STAND_IN}); with an {@code origin}, its {@code source} member right
     * after {@code fingerprint}.
     */
    private static void write(JsonGenerator out, Plan plan, String fingerprint, List<Diagnostic> diagnostics,
            Optional<SourceOrigin> origin) throws IOException {
        head(out, fingerprint);
        body(out, plan, diagnostics, origin);
    }

    /** The document's start: the format version and the fingerprint. */
    private static void head(JsonGenerator out, String fingerprint) throws IOException {
        out.writeStartObject();
        out.writeNumberField("format_version", FORMAT_VERSION);
        out.writeStringField("fingerprint", fingerprint);
    }

    /** The rest of the document, after {@link #head}, to its end. */
    private static void body(JsonGenerator out, Plan plan, List<Diagnostic> diagnostics, Optional<SourceOrigin> origin)
            throws IOException {
        if (origin.isPresent()) {
            source(out, origin.get());
        }
        Plan.Summary summary = plan.summary();
        out.writeObjectFieldStart("summary");
        out.writeNumberField("create", summary.create());
        out.writeNumberField("update", summary.update());
        out.writeNumberField("delete", summary.delete());
        out.writeNumberField("deploy", summary.deploy());
        out.writeNumberField("variables", summary.variables());
        out.writeNumberField("user_groups", summary.userGroups());
        out.writeEndObject();
        diagnostics(out, diagnostics);
        out.writeArrayFieldStart("resources");
        for (ResourceChange change : plan.resources()) {
            resource(out, change);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("variables");
        for (VariableChange change : plan.variables()) {
            named(out, change.name(), change.action(), change.changes(), false);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("user_groups");
        for (UserGroupChange change : plan.userGroups()) {
            named(out, change.name(), change.action(), change.changes(), true);
        }
        out.writeEndArray();
        out.writeObjectFieldStart("deploys");
        out.writeArrayFieldStart("stages");
        for (List<DeployPlan.Deploy> stage : plan.deploys().stages()) {
            out.writeStartArray();
            for (DeployPlan.Deploy deploy : stage) {
                out.writeStartObject();
                out.writeStringField("kind", deploy.kind().key());
                out.writeStringField("name", deploy.name());
                out.writeStringField("reason", deploy.reason());
                if (!deploy.after().isEmpty()) {
                    out.writeArrayFieldStart("after");
                    for (String after : deploy.after()) {
                        out.writeString(after);
                    }
                    out.writeEndArray();
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("skipped");
        for (DeployPlan.SkippedDeploy skip : plan.deploys().skipped()) {
            out.writeStartObject();
            out.writeStringField("kind", skip.kind().key());
            out.writeStringField("name", skip.name());
            out.writeStringField("reason", skip.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeEndObject();
    }

    /**
     * Overwrites the {@link #FINGERPRINT_STAND_IN} at {@code at} of a document written with it, in
     * UTF-8, with {@code fingerprint}: the bytes of the document written with the fingerprint itself.
     *
     * @throws IllegalArgumentException when {@code fingerprint} is not of the stand-in's form, or
     *     the stand-in is not at {@code at}
     */
    static void patchFingerprint(byte[] document, int at, String fingerprint) {
        if (!isFingerprint(fingerprint)) {
            throw new IllegalArgumentException("not a fingerprint: " + fingerprint);
        }
        byte[] standIn = FINGERPRINT_STAND_IN.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + standIn.length > document.length
                || !Arrays.equals(document, at, at + standIn.length, standIn, 0, standIn.length)) {
            throw new IllegalArgumentException("no stand-in fingerprint at byte " + at);
        }
        byte[] bytes = fingerprint.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, document, at, bytes.length);
    }

    /** Whether {@code text} is {@code sha256:} and 64 lower-case hex digits. */
    private static boolean isFingerprint(String text) {
        if (text.length() != FINGERPRINT_STAND_IN.length() || !text.startsWith("sha256:")) {
            return false;
        }
        for (int i = "sha256:".length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Writes the document of a run with errors: its format version and diagnostics, nothing else. */
    private static void writeErrors(JsonGenerator out, List<Diagnostic> diagnostics) throws IOException {
        out.writeStartObject();
        out.writeNumberField("format_version", FORMAT_VERSION);
        diagnostics(out, diagnostics);
        out.writeEndObject();
    }

    private static void source(JsonGenerator out, SourceOrigin origin) throws IOException {
        out.writeObjectFieldStart("source");
        out.writeStringField("type", origin.type().key());
        out.writeStringField("location", origin.location());
        if (origin.branch().isPresent()) {
            out.writeStringField("branch", origin.branch().get());
        }
        if (origin.commit().isPresent()) {
            out.writeStringField("commit", origin.commit().get());
        }
        if (origin.message().isPresent()) {
            out.writeStringField("message", origin.message().get());
        }
        out.writeEndObject();
    }

    /** A variable's or user group's change: its name, action and changes, those with members when asked. */
    private static void named(JsonGenerator out, String name, ChangeAction action, List<FieldChange> changes,
            boolean members) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", name);
        out.writeStringField("action", action.label());
        if (!changes.isEmpty()) {
            changes(out, changes, members);
        }
        out.writeEndObject();
    }

    private static void resource(JsonGenerator out, ResourceChange change) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", change.kind().key());
        out.writeStringField("name", change.name());
        out.writeStringField("action", change.action().label());
        Optional<SourceLocation> location = change.location();
        if (location.isPresent()) {
            out.writeStringField("file", location.get().file());
            out.writeNumberField("line", location.get().line());
        }
        if (change instanceof ResourceChange.Update update) {
            changes(out, update.changes(), true);
        }
        out.writeEndObject();
    }

    /**
     * The {@code changes} member: each change's {@code path}, {@code from} and {@code to}; with
     * {@code members}, a change of a list or table also with its changed {@code members}, each
     * with its {@code path} (formats §2's grammar, elements by index:
     * {@code config.stages[1].executions[0]}), its {@code action} ({@code update}, {@code create},
     * {@code delete} or {@code reorder}) and its {@code from} and/or {@code to}. The members are
     * not covered by the fingerprint, which the actions decide.
     */
    private static void changes(JsonGenerator out, List<FieldChange> changes, boolean members) throws IOException {
        out.writeArrayFieldStart("changes");
        for (FieldChange change : changes) {
            ValueType type = FieldChanges.type(change);
            out.writeStartObject();
            out.writeStringField("path", change.path());
            field(out, "from", type, change.from());
            field(out, "to", type, change.to());
            if (members && NestedDiff.isStructured(type)) {
                out.writeArrayFieldStart("members");
                for (NestedDiff.Member member : ShownChanges.members(change, change.path())) {
                    member(out, member);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private static void member(JsonGenerator out, NestedDiff.Member member) throws IOException {
        ValueType type = member.type();
        switch (member.kind()) {
            case CHANGED, LINES, ORDER -> {
                open(out, member.jsonPath(), member.kind() == NestedDiff.Kind.ORDER ? "reorder" : "update");
                field(out, "from", type, member.from());
                field(out, "to", type, member.to());
                out.writeEndObject();
            }
            case ADDED -> {
                open(out, member.jsonPath(), "create");
                field(out, "to", type, member.to());
                out.writeEndObject();
            }
            case REMOVED -> {
                open(out, member.jsonPath(), "delete");
                field(out, "from", type, member.from());
                out.writeEndObject();
            }
            case LIST -> {
                for (NestedDiff.Member element : ShownChanges.listElements(member)) {
                    member(out, element);
                }
            }
        }
    }

    /** Starts a member's object: its {@code path} and {@code action}. */
    private static void open(JsonGenerator out, String path, String action) throws IOException {
        out.writeStartObject();
        out.writeStringField("path", path);
        out.writeStringField("action", action);
    }

    private static void field(JsonGenerator out, String name, ValueType type, Object value) throws IOException {
        out.writeFieldName(name);
        value(out, type, value);
    }

    private static void value(JsonGenerator out, ValueType type, Object value) throws IOException {
        ValueJsonWriter.write(out, type, value, MASKED);
    }

    /**
     * {@code diagnostics}, at most {@link #PER_FILE_AND_CODE} of one code in one file (as the text
     * output shows them), and when some are left out, {@code diagnostics_omitted}: how many of
     * each code in each file — so that one broken line of a million elements is a bounded document.
     */
    private static void diagnostics(JsonGenerator out, List<Diagnostic> diagnostics) throws IOException {
        out.writeArrayFieldStart("diagnostics");
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            List<String> group = List.of(diagnostic.location().map(SourceLocation::file).orElse(""),
                    diagnostic.code().code());
            Integer before = counts.get(group);
            int count = before == null ? 1 : before + 1;
            counts.put(group, count);
            if (count <= PER_FILE_AND_CODE) {
                diagnostic(out, diagnostic);
            }
        }
        out.writeEndArray();
        boolean omitted = false;
        for (Map.Entry<List<String>, Integer> group : counts.entrySet()) {
            if (group.getValue() > PER_FILE_AND_CODE) {
                if (!omitted) {
                    out.writeArrayFieldStart("diagnostics_omitted");
                    omitted = true;
                }
                out.writeStartObject();
                if (!group.getKey().get(0).isEmpty()) {
                    out.writeStringField("file", group.getKey().get(0));
                }
                out.writeStringField("code", group.getKey().get(1));
                out.writeNumberField("count", group.getValue() - PER_FILE_AND_CODE);
                out.writeEndObject();
            }
        }
        if (omitted) {
            out.writeEndArray();
        }
    }

    private static void diagnostic(JsonGenerator out, Diagnostic diagnostic) throws IOException {
        out.writeStartObject();
        out.writeStringField("severity", diagnostic.severity().label());
        out.writeStringField("code", diagnostic.code().code());
        out.writeStringField("message", diagnostic.message());
        Optional<SourceLocation> location = diagnostic.location();
        if (location.isPresent()) {
            out.writeStringField("file", location.get().file());
            out.writeNumberField("line", location.get().line());
            out.writeNumberField("column", location.get().column());
        }
        Optional<String> hint = diagnostic.hint();
        if (hint.isPresent()) {
            out.writeStringField("hint", hint.get());
        }
        out.writeEndObject();
    }
}
