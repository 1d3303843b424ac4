package dev.komodosync.diff.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.komodosync.diff.plan.PlanResult;
import dev.komodosync.diff.plan.Planner;
import dev.komodosync.diff.plan.SyncOptions;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.diff.render.PlanJson;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.model.meta.internal.JsonText;
import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The plan document written as a stream ({@link PlanDocument}, what {@link PlanJson} renders) is
 * byte for byte the document built as a tree ({@link TreePlanDocument}, what it rendered before)
 * under the same pretty printer: on seeded worlds planned against other worlds' snapshots (creates,
 * deletes, updates of every kind's fields, structured members, unresolved references, cyclic and
 * unknown `after` entries, errors), with and without a source, and on diagnostics past the cap;
 * and written as bytes ({@link PlanJson#write}, {@link PlanDocument#utf8} with the fingerprint
 * worked out apart and patched in), the text's UTF-8 encoding.
 */
class StreamedPlanDocumentTest {

    private static final PrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final SyncOptions EVERYTHING = SyncOptions.builder()
            .delete(true).includeVariables(true).includeUserGroups(true).build();
    /** Each task on a thread of its own, as the command line's fingerprint runs. */
    private static final Executor OWN_THREAD = task -> new Thread(task, "fingerprint").start();
    private static final List<Optional<SourceOrigin>> ORIGINS = List.of(Optional.empty(),
            Optional.of(SourceOrigin.folder("/srv/sync")),
            Optional.of(SourceOrigin.git("https://git.example/ops.git", "main", "0123456789abcdef0123456789abcdef01234567",
                    "deploy: \"quoted\" é 🐳\nsecond line")),
            Optional.of(SourceOrigin.inline("inline-sync")));

    @Test
    void theStreamWritesTheTreesBytesOnSeededPlans() {
        int plans = 0;
        int errorDocuments = 0;
        int withMembers = 0;
        for (long seed = 1; seed <= 150; seed++) {
            Random random = new Random(seed);
            WorldGenerator.World world = new WorldGenerator(seed).generate();
            WorldGenerator.World other = new WorldGenerator(seed + 1_000_000).generate();
            List<Declaration> declarations = List.of(world.declaration(), other.declaration(),
                    withDeploys(other.declaration(), random));
            for (Declaration declaration : declarations) {
                PlanResult result = Planner.plan(declaration, world.snapshot(), EVERYTHING);
                Optional<SourceOrigin> origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
                String streamed = PlanJson.render(result, origin);
                assertThat(streamed).as("seed %d", seed).isEqualTo(tree(result, origin));
                assertThat(bytes(result, origin)).as("seed %d", seed).isEqualTo(streamed.getBytes(StandardCharsets.UTF_8));
                Executor fingerprinting = seed % 2 == 0 ? Runnable::run : OWN_THREAD;
                assertThat(PlanDocument.utf8(result, origin, fingerprinting)).as("seed %d", seed)
                        .isEqualTo(streamed.getBytes(StandardCharsets.UTF_8));
                plans++;
                errorDocuments += result.plan().isEmpty() ? 1 : 0;
                withMembers += streamed.contains("\"members\" : [") ? 1 : 0;
            }
        }
        // The seeds reach both kinds of document and the structured changes' members.
        assertThat(plans - errorDocuments).isGreaterThan(100);
        assertThat(errorDocuments).isGreaterThan(0);
        assertThat(withMembers).isGreaterThan(20);
    }

    @Test
    void aFingerprintIsPatchedOnlyOverTheStandIn() {
        String fingerprint = "sha256:" + "0123456789abcdef".repeat(4);
        String head = "{\n  \"fingerprint\" : \"";
        byte[] document = (head + PlanDocument.FINGERPRINT_STAND_IN + "\"\n}\n").getBytes(StandardCharsets.UTF_8);
        PlanDocument.patchFingerprint(document, head.length(), fingerprint);
        assertThat(new String(document, StandardCharsets.UTF_8)).isEqualTo(head + fingerprint + "\"\n}\n");
        assertThatThrownBy(() -> PlanDocument.patchFingerprint(document, head.length(), fingerprint))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stand-in fingerprint at byte " + head.length());
        byte[] fresh = PlanDocument.FINGERPRINT_STAND_IN.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlanDocument.patchFingerprint(fresh, 1, fingerprint))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stand-in fingerprint");
        assertThatThrownBy(() -> PlanDocument.patchFingerprint(fresh, 0, "sha256:" + "G".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a fingerprint");
        assertThatThrownBy(() -> PlanDocument.patchFingerprint(fresh, 0, "sha256:abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a fingerprint");
        assertThat(fresh).isEqualTo(PlanDocument.FINGERPRINT_STAND_IN.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void diagnosticsPastTheCapAreCountedAlikeInBothDocuments() {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < PlanDocument.PER_FILE_AND_CODE + 7; i++) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD, "unknown field `f" + i + "`")
                    .at(new SourceLocation("a.toml", i + 1, 3)).withHint("did you mean `name`?"));
            diagnostics.add(Diagnostic.of(DiagnosticCode.UNKNOWN_FIELD, "unknown field, no file " + i));
        }
        String streamed = PlanJson.renderErrors(diagnostics);
        assertThat(streamed).contains("\"diagnostics_omitted\"").contains("\"count\" : 7");
        assertThat(streamed).isEqualTo(JsonText.pretty(TreePlanDocument.ofErrors(diagnostics), PRINTER) + "\n");
    }

    @Test
    void writtenAsBytesAnUnpairedSurrogateIsSpelledAsTheTextEncodedSpellsIt() throws IOException {
        Resource<ServerConfig> server = Resource.withDefaults(KomodoKinds.SERVER, "box");
        Snapshot snapshot = Snapshot.builder().add(new ExistingResource<>("0123", server.withDescription("old"))).build();
        Declaration declaration = Declaration.builder()
                .add(server.withDescription("new \uD800 half, \uDC00 other half, ☃ 🐳")).build();
        PlanResult result = Planner.plan(declaration, snapshot, EVERYTHING);
        String text = PlanJson.render(result);
        assertThat(text).contains("\uD800 half");
        assertThat(bytes(result, Optional.empty())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes(result, Optional.empty()), StandardCharsets.UTF_8)).contains("new ? half, ? other half, ☃ 🐳");
    }

    @Test
    void writingLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        PlanResult result = Planner.plan(Declaration.empty(), Snapshot.empty(), EVERYTHING);
        PlanJson.write(result, Optional.empty(), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(PlanJson.render(result));
    }

    private static byte[] bytes(PlanResult result, Optional<SourceOrigin> origin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PlanJson.write(result, origin, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String tree(PlanResult result, Optional<SourceOrigin> origin) {
        if (result.plan().isEmpty()) {
            return JsonText.pretty(TreePlanDocument.ofErrors(result.diagnostics()), PRINTER) + "\n";
        }
        ObjectNode document = TreePlanDocument.of(result.plan().get(), result.diagnostics());
        if (origin.isPresent()) {
            document = TreePlanDocument.withSource(document, origin.get());
        }
        return JsonText.pretty(document, PRINTER) + "\n";
    }

    /** Every declaration deploys, after up to two others or unknown names: stages, cycles and skips. */
    private static Declaration withDeploys(Declaration declaration, Random random) {
        Declaration.Builder builder = Declaration.builder();
        List<DeclaredResource<?>> resources = declaration.resources();
        for (DeclaredResource<?> resource : resources) {
            List<String> after = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0 && !resources.isEmpty(); i--) {
                after.add(random.nextInt(6) == 0 ? "unknown-" + i : resources.get(random.nextInt(resources.size())).name());
            }
            builder.add(resource.withDeploy(true, after));
        }
        declaration.variables().forEach(builder::add);
        declaration.userGroups().forEach(builder::add);
        return builder.build();
    }
}
