package dev.komodosync.diff.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.komodosync.diff.render.internal.SecretMask;
import dev.komodosync.diff.render.internal.ShownText;
import dev.komodosync.diff.render.internal.SourceEcho;
import dev.komodosync.model.Declaration;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SourceOrigin;
import dev.komodosync.parser.SourceText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Prints diagnostics the way compilers do, exactly as the {@code komodo-sync} command prints them:
 * {@code file:line:col: severity: message [code]}, then the source line with a caret under the
 * column, then the hint.
 *
 * <pre>{@code
 * LoadResult loaded = SyncLoader.create().load(Path.of("sync"));
 * System.err.print(DiagnosticPrinter.of(loaded).render(loaded.diagnostics()));
 *
 * DiagnosticPrinter printer = DiagnosticPrinter.builder()
 *         .color(true).width(120).secretsOf(loaded.declaration()).build();
 * }</pre>
 *
 * <p>Echoed source lines never show a secret: the values of the declaration's secret fields and
 * secret variables, and the value of every key that is a secret field somewhere in the model, are
 * shown as {@code ***}, even in a file too broken to be read. Messages, hints and lines have their
 * control characters escaped (a name cannot move the terminal's cursor) and are cut to a readable
 * width; at most {@link #PER_FILE_AND_CODE} diagnostics of one code in one file are printed, then
 * one line says how many more there are. Source lines come from the texts given with
 * {@link Builder#sources(List)}, else from the files the diagnostics name (regular files of at
 * most 16 MiB), unless {@link Builder#readFiles(boolean)} is off or the name is one of
 * {@link Builder#notOnDisk(Collection)}.
 *
 * <p>Immutable and safe to share between threads; lines end with {@code \n}.
 */
public final class DiagnosticPrinter {

    /** How many diagnostics of one code in one file are printed. */
    public static final int PER_FILE_AND_CODE = 50;
    /** The longest message or hint printed whole, in code points. */
    public static final int MESSAGE_WIDTH = 1000;
    /** The widest echoed source line by default, in code points. */
    public static final int DEFAULT_WIDTH = 160;

    private static final String RESET = "\u001b[0m";

    private final boolean color;
    private final int width;
    private final SecretMask secrets;
    private final Map<String, String> sources;
    private final boolean readFiles;
    private final Set<String> notOnDisk;

    private DiagnosticPrinter(Builder builder) {
        this.color = builder.color;
        this.width = builder.width;
        this.secrets = SecretMask.of(builder.declaration);
        this.sources = Map.copyOf(builder.sources);
        this.readFiles = builder.readFiles;
        this.notOnDisk = Set.copyOf(builder.notOnDisk);
    }

    /** A printer without colour, echoing from what {@code loaded} read ({@link Builder#from}) and masking its declaration's secrets. */
    public static DiagnosticPrinter of(LoadResult loaded) {
        return builder().from(loaded).build();
    }

    /** A builder: no colour, lines cut to {@link #DEFAULT_WIDTH}, files read, only the model's secret keys masked. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code diagnostics}, in their order, as lines each ending with {@code \n}. */
    public String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        SourceEcho echo = new SourceEcho(secrets, width, new Texts());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Diagnostic> shown = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            String file = diagnostic.location().isPresent() ? diagnostic.location().get().file() : "";
            String group = file + "\u0000" + diagnostic.code().code();
            Integer before = counts.get(group);
            int count = before == null ? 1 : before + 1;
            counts.put(group, count);
            if (count <= PER_FILE_AND_CODE) {
                shown.add(diagnostic);
            }
        }
        echo.prepare(shown);
        for (Diagnostic diagnostic : shown) {
            render(diagnostic, echo, out);
        }
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String group = entry.getKey();
            int count = entry.getValue();
            if (count > PER_FILE_AND_CODE) {
                int split = group.indexOf('\u0000');
                String file = group.substring(0, split);
                out.append(file.isEmpty() ? "" : ShownText.line(file) + ": ").append("… and ").append(count - PER_FILE_AND_CODE)
                        .append(" more [").append(group.substring(split + 1)).append("] not shown\n");
            }
        }
        return out.toString();
    }

    /** Prints {@link #render(List) render(diagnostics)} to {@code out}. */
    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        out.print(render(diagnostics));
        out.flush();
    }

    private void render(Diagnostic diagnostic, SourceEcho echo, StringBuilder out) {
        String severity = switch (diagnostic.severity()) {
            case ERROR -> paint("\u001b[1;31m", "error");
            case WARNING -> paint("\u001b[1;33m", "warning");
            case INFO -> paint("\u001b[1;36m", "info");
        };
        if (diagnostic.location().isPresent()) {
            out.append(paint("\u001b[1m", ShownText.line(diagnostic.location().get().toString()))).append(": ");
        }
        out.append(severity).append(": ").append(shown(diagnostic.message())).append(' ')
                .append(paint("\u001b[2m", "[" + diagnostic.code().code() + "]")).append('\n');
        Optional<SourceEcho.Echo> echoed = echo.echo(diagnostic);
        if (echoed.isPresent()) {
            SourceEcho.Echo source = echoed.get();
            String number = Integer.toString(diagnostic.location().get().line());
            String gutter = " ".repeat(number.length());
            out.append(' ').append(number).append(" | ").append(source.line()).append('\n');
            out.append(' ').append(gutter).append(" | ").append(source.caretPrefix()).append(paint("\u001b[1;32m", "^"))
                    .append('\n');
        }
        if (diagnostic.hint().isPresent()) {
            out.append("  = hint: ").append(shown(diagnostic.hint().get())).append('\n');
        }
    }

    /**
     * {@link #text}, as the echo's reader of files: a named class, as a method reference links a
     * call site at start (docs/architecture.md, "Start-up path").
     */
    private final class Texts implements Function<String, Optional<String>> {
        @Override
        public Optional<String> apply(String file) {
            return text(file);
        }
    }

    private Optional<String> text(String file) {
        String given = sources.get(file);
        if (given != null) {
            return Optional.of(given);
        }
        return readFiles && !notOnDisk.contains(file) ? SourceEcho.readFile(file) : Optional.empty();
    }

    /** A message or hint: control characters escaped (line ends kept), cut to {@link #MESSAGE_WIDTH}. */
    private static String shown(String text) {
        return ShownText.escape(ShownText.cut(text, MESSAGE_WIDTH), true);
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    /** Configures a {@link DiagnosticPrinter}; each setting is checked as it is given. */
    public static final class Builder {
        private boolean color;
        private int width = DEFAULT_WIDTH;
        private Declaration declaration = Declaration.empty();
        private Map<String, String> sources = Map.of();
        private boolean readFiles = true;
        private Set<String> notOnDisk = Set.of();

        private Builder() {}

        /** Whether to colour severities, locations and carets with ANSI escapes; default off. */
        public Builder color(boolean value) {
            this.color = value;
            return this;
        }

        /** The widest echoed source line, in code points (at least 20); default {@link #DEFAULT_WIDTH}. */
        public Builder width(int value) {
            checkArgument(value >= 20, "width must be at least 20: %s", value);
            this.width = value;
            return this;
        }

        /**
         * Masks the values of {@code value}'s secret fields and secret variables wherever they
         * appear in an echoed line (and the secret keys of its kinds, plug-ins too); default none
         * beyond the model's secret keys.
         */
        public Builder secretsOf(Declaration value) {
            this.declaration = requireNonNull(value, "declaration");
            return this;
        }

        /**
         * Files held in memory (a git commit's, a sync's inline contents), echoed from by the name
         * diagnostics give them ({@link SourceText#name()}); default none.
         */
        public Builder sources(List<SourceText> value) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (SourceText text : value) {
                texts.putIfAbsent(text.name(), text.text());
            }
            this.sources = texts;
            return this;
        }

        /**
         * Echoes from what {@code loaded} read and masks its declaration's secrets: its texts, when
         * the loader kept them ({@code SyncLoader.Builder#keepTexts}), so that a line is shown as it
         * was parsed; files from a git commit or inline contents never from a local file of the same
         * name ({@link #notOnDisk}). Sets {@link #secretsOf}, {@link #sources} and {@link #notOnDisk}.
         */
        public Builder from(LoadResult loaded) {
            secretsOf(loaded.declaration());
            sources(loaded.texts());
            boolean local = loaded.origin().isEmpty() || loaded.origin().get().type() == SourceOrigin.Type.FOLDER;
            return notOnDisk(local ? List.of() : loaded.files());
        }

        /** Whether to read a named file that {@link #sources(List)} does not hold; default on. */
        public Builder readFiles(boolean value) {
            this.readFiles = value;
            return this;
        }

        /**
         * Names that diagnostics give files which are not on this machine's disk by that name (a
         * git commit's paths): echoed from {@link #sources(List)} only, never read from whatever
         * local file has the name; default none.
         */
        public Builder notOnDisk(Collection<String> names) {
            this.notOnDisk = Set.copyOf(names);
            return this;
        }

        /** The printer. */
        public DiagnosticPrinter build() {
            return new DiagnosticPrinter(this);
        }
    }
}
