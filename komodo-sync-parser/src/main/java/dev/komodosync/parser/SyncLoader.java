package dev.komodosync.parser;

import static java.util.Objects.requireNonNull;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.DeclaredUserGroup;
import dev.komodosync.model.DeclaredVariable;
import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.Severity;
import dev.komodosync.model.SourceLocation;
import dev.komodosync.parser.internal.DeclarationChecks;
import dev.komodosync.parser.internal.DocumentBinder;
import dev.komodosync.parser.internal.DocumentLimits;
import dev.komodosync.parser.internal.FileWalker;
import dev.komodosync.parser.internal.FirstBadByte;
import dev.komodosync.parser.internal.ParsedDocument;
import dev.komodosync.parser.internal.toml.FastTomlReader;
import dev.komodosync.parser.internal.toml.TomlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads Komodo sync files — any number of files and folders, nested as you like — into one
 * {@link Declaration}, with every problem as a located {@link Diagnostic}.
 *
 * <pre>{@code
 * LoadResult result = SyncLoader.create().load(Path.of("sync"));
 * result.diagnostics().forEach(System.err::println);
 * if (!result.hasErrors()) {
 *     Declaration declaration = result.declaration();
 * }
 * }</pre>
 *
 * <p>Files are read as Komodo reads them (behaviour §1): every {@code .toml} file under a folder,
 * TOML 1.1, Komodo's {@code """} rule, both spellings of every key, its normalisations. Unlike
 * Komodo it reads files in sorted order, reports unknown keys (warnings; errors in strict mode)
 * and rejects duplicate names. One bad file does not hide the others: all problems of a run are
 * collected. Loading never throws for bad input; unreadable files are diagnostics too.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SyncLoader {

    private final ResourceKinds kinds;
    private final boolean strict;
    private final LoadOptions options;
    private final boolean keepTexts;
    private final TomlReader reader;

    private SyncLoader(Builder builder) {
        this.kinds = builder.kinds;
        this.strict = builder.strict;
        this.options = builder.options;
        this.keepTexts = builder.keepTexts;
        this.reader = new FastTomlReader(limits());
    }

    /** A loader for every kind found on the class path, not strict. */
    public static SyncLoader create() {
        return builder().build();
    }

    /** A loader for every kind found on the class path, not strict, keeping to {@code options}' limits. */
    public static SyncLoader create(LoadOptions options) {
        return builder().options(options).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Loads the files and folders given, in that order. */
    public LoadResult load(Path... paths) {
        return load(Arrays.asList(paths));
    }

    /**
     * Loads the files and folders given, in that order. Files are read, parsed and bound on
     * every core; the result is the same as one file after the other.
     */
    public LoadResult load(List<Path> paths) {
        FileWalker.Walk walk = FileWalker.walk(paths);
        DocumentBinder binder = new DocumentBinder(kinds);
        List<FileWalker.SourceFile> toRead = walk.files();
        List<Diagnostic> tooMany = new ArrayList<>();
        if (toRead.size() > options.maxFiles()) {
            FileWalker.SourceFile first = toRead.get(options.maxFiles());
            tooMany.add(Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, toRead.size() + " sync files, more than "
                            + options.maxFiles() + ": this file and the " + (toRead.size() - options.maxFiles() - 1)
                            + " after it are not read")
                    .at(new SourceLocation(first.name(), 1, 1))
                    .withHint("give fewer files, or raise the limit with --max-files"));
            toRead = toRead.subList(0, options.maxFiles());
        }
        // Files are independent until the whole-declaration checks: read them in parallel, keep file order.
        // One lambda for the parallel stream; the rest are plain calls (each lambda links a call site at start).
        List<FileResult> results = toRead.parallelStream().map(file -> readFile(binder, file)).toList();
        List<Diagnostic> diagnostics = new ArrayList<>(walk.diagnostics());
        diagnostics.addAll(tooMany);
        for (FileResult result : results) {
            diagnostics.addAll(result.readProblems());
        }
        List<String> files = new ArrayList<>(walk.files().size());
        for (FileWalker.SourceFile file : walk.files()) {
            files.add(file.name());
        }
        List<SourceText> texts = new ArrayList<>();
        if (keepTexts) {
            for (FileResult result : results) {
                if (result.text() != null) {
                    texts.add(result.text());
                }
            }
        }
        return declare(results, diagnostics, Collections.unmodifiableList(files), texts);
    }

    /** One file read from disk and bound, or its read problems. */
    private FileResult readFile(DocumentBinder binder, FileWalker.SourceFile file) {
        List<Diagnostic> readProblems = new ArrayList<>();
        Optional<String> text = readText(file, readProblems, options.maxFileBytes());
        if (text.isEmpty()) {
            return new FileResult(readProblems, List.of(), null, Map.of(), null);
        }
        FileResult bound = bindFile(binder, reader.read(file.name(), text.get()), limits());
        return keepTexts ? bound.withText(new SourceText(file.name(), text.get())) : bound;
    }

    /**
     * Loads TOML given as text, as one file named {@code fileName} (e.g. a sync defined in
     * Komodo's UI, which Komodo calls "database file").
     */
    public LoadResult loadString(String fileName, String toml) {
        requireNonNull(fileName, "fileName");
        requireNonNull(toml, "toml");
        long size = utf8Size(toml, options.maxFileBytes());
        if (size > options.maxFileBytes()) {
            return declare(List.of(), new ArrayList<>(List.of(tooLarge(fileName, String.valueOf(size), options.maxFileBytes()))),
                    List.of(fileName), List.of());
        }
        DocumentBinder binder = new DocumentBinder(kinds);
        return declare(List.of(bindFile(binder, reader.read(fileName, toml), limits())), new ArrayList<>(),
                List.of(fileName), keepTexts ? List.of(new SourceText(fileName, toml)) : List.of());
    }

    /**
     * Loads files held in memory (e.g. read from a git commit), in the order given, as
     * {@link #load(List)} loads files from disk: each named by {@link SourceText#name()} in
     * diagnostics, the whole-declaration checks (duplicate names, ...) across all of them.
     */
    public LoadResult loadTexts(List<SourceText> files) {
        List<SourceText> given = List.copyOf(files);
        List<Diagnostic> limited = new ArrayList<>();
        if (given.size() > options.maxFiles()) {
            limited.add(Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, given.size() + " sync files, more than "
                    + options.maxFiles() + ": the " + (given.size() - options.maxFiles()) + " after `"
                    + given.get(options.maxFiles() - 1).name() + "` are not read")
                    .withHint("raise the limit with --max-files if so many files are meant"));
            given = given.subList(0, options.maxFiles());
        }
        List<SourceText> toRead = new ArrayList<>();
        for (SourceText file : given) {
            long size = utf8Size(file.text(), options.maxFileBytes());
            if (size > options.maxFileBytes()) {
                limited.add(tooLarge(file.name(), String.valueOf(size), options.maxFileBytes()));
            } else {
                toRead.add(file);
            }
        }
        DocumentBinder binder = new DocumentBinder(kinds);
        DocumentLimits.Limits limits = limits();
        List<FileResult> results = toRead.parallelStream()
                .map(file -> bindFile(binder, reader.read(file.name(), file.text()), limits))
                .toList();
        return declare(results, limited, given.stream().map(SourceText::name).toList(), keepTexts ? toRead : List.of());
    }

    /**
     * One file read: its read problems, or its syntax errors, or what it declares with the
     * problems of each declared resource's fields (worked out here, where it can run in parallel).
     */
    private record FileResult(
            List<Diagnostic> readProblems,
            List<Diagnostic> syntaxErrors,
            DocumentBinder.FileDeclarations declared,
            Map<DeclaredResource<?>, List<Diagnostic>> fieldProblems,
            SourceText text) {

        /** This result with the text it was parsed from. */
        FileResult withText(SourceText value) {
            return new FileResult(readProblems, syntaxErrors, declared, fieldProblems, value);
        }
    }

    private DocumentLimits.Limits limits() {
        return new DocumentLimits.Limits(options.maxDepth(), options.maxStringLength(), options.maxArrayLength());
    }

    private static FileResult bindFile(DocumentBinder binder, ParsedDocument document, DocumentLimits.Limits limits) {
        if (!document.syntaxErrors().isEmpty()) {
            return new FileResult(List.of(), document.syntaxErrors(), null, Map.of(), null);
        }
        // What the fast path read is within the limits it kept to; only tomlj's trees are walked.
        List<Diagnostic> overLimits = document.keptTo(limits) ? List.of() : DocumentLimits.check(document, limits);
        if (!overLimits.isEmpty()) {
            return new FileResult(List.of(), overLimits, null, Map.of(), null);
        }
        DocumentBinder.FileDeclarations declared = binder.bind(document);
        Map<DeclaredResource<?>, List<Diagnostic>> fieldProblems = new IdentityHashMap<>();
        for (DeclaredResource<?> resource : declared.resources()) {
            fieldProblems.put(resource, DeclarationChecks.fieldsOf(resource));
        }
        return new FileResult(List.of(), List.of(), declared, fieldProblems, null);
    }

    private LoadResult declare(List<FileResult> results, List<Diagnostic> diagnostics, List<String> files,
            List<SourceText> texts) {
        Declaration.Builder declaration = Declaration.builder();
        Map<DeclaredResource<?>, List<Diagnostic>> fieldProblems = new IdentityHashMap<>();
        for (FileResult result : results) {
            diagnostics.addAll(result.syntaxErrors());
            if (result.declared() == null) {
                continue;
            }
            DocumentBinder.FileDeclarations declared = result.declared();
            for (DeclaredResource<?> resource : declared.resources()) {
                declaration.add(resource);
            }
            for (DeclaredVariable variable : declared.variables()) {
                declaration.add(variable);
            }
            for (DeclaredUserGroup group : declared.userGroups()) {
                declaration.add(group);
            }
            diagnostics.addAll(declared.diagnostics());
            fieldProblems.putAll(result.fieldProblems());
        }
        Declaration result = declaration.build();
        if (result.resources().size() > options.maxResources()) {
            DeclaredResource<?> first = result.resources().get(options.maxResources());
            diagnostics.add(Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, result.resources().size()
                            + " resources declared, more than " + options.maxResources() + " (this one is the first over)")
                    .at(first.sources().root())
                    .withHint("split the sync, or raise the limit with --max-resources"));
        }
        diagnostics.addAll(DeclarationChecks.check(result, new FieldProblems(fieldProblems)));
        Set<Diagnostic> distinct = new LinkedHashSet<>();
        for (Diagnostic d : diagnostics) {
            distinct.add(strict && d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d);
        }
        List<Diagnostic> ordered = new ArrayList<>(distinct);
        ordered.sort(Diagnostic.ORDER);
        return new LoadResult(result, Collections.unmodifiableList(ordered), files, Optional.empty(), texts);
    }

    /**
     * The problems of a resource's fields, worked out per file where known, else now. A named
     * class, as a lambda links a call site at start (docs/architecture.md, "Start-up path").
     */
    private static final class FieldProblems implements Function<DeclaredResource<?>, List<Diagnostic>> {
        private final Map<DeclaredResource<?>, List<Diagnostic>> known;

        FieldProblems(Map<DeclaredResource<?>, List<Diagnostic>> known) {
            this.known = known;
        }

        @Override
        public List<Diagnostic> apply(DeclaredResource<?> resource) {
            List<Diagnostic> problems = known.get(resource);
            if (problems == null) {
                problems = DeclarationChecks.fieldsOf(resource);
                known.put(resource, problems);
            }
            return problems;
        }
    }

    private static Optional<String> readText(FileWalker.SourceFile file, List<Diagnostic> diagnostics, long maxBytes) {
        byte[] bytes;
        int length;
        long size;
        try {
            size = Files.size(file.path());
            if (size > maxBytes) {
                diagnostics.add(tooLarge(file.name(), String.valueOf(size), maxBytes));
                return Optional.empty();
            }
        } catch (IOException e) {
            diagnostics.add(FileWalker.readFailed(file.name(), e));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file.path())) {
            // replaced by a FIFO or device since the walk: never open it, the read could block forever
            diagnostics.add(Diagnostic.of(DiagnosticCode.NOT_A_FILE, "`" + file.name() + "` is not a regular file; not read"));
            return Optional.empty();
        }
        try (java.io.InputStream in = Files.newInputStream(file.path())) {
            // Into an array of the size asked for, and one byte more: reading an unknown length
            // gathers chunks and copies them, twice a big sync's bytes. A file that grew since its
            // size was asked is read on, to at most one byte over the limit, and not read whole.
            bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, size + 1)];
            length = in.readNBytes(bytes, 0, bytes.length);
            if (length == bytes.length && length <= maxBytes) {
                byte[] more = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8 - length, maxBytes + 1 - length));
                bytes = Arrays.copyOf(bytes, length + more.length);
                System.arraycopy(more, 0, bytes, length, more.length);
                length = bytes.length;
            }
            if (length > maxBytes) {
                diagnostics.add(tooLarge(file.name(), "more than " + maxBytes, maxBytes));
                return Optional.empty();
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.READ_FAILED, "cannot read `" + file.name() + "`: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
            return Optional.empty();
        }
        // The JDK's own decoding is fastest but replaces bad bytes with U+FFFD; only a text holding
        // U+FFFD (a bad byte, or the character written as such) needs the strict check.
        String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString());
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.NOT_UTF8, "`" + file.name() + "` is not valid UTF-8")
                    .at(firstBadByte(file.name(), Arrays.copyOf(bytes, length)))
                    .withHint("save the file as UTF-8"));
            return Optional.empty();
        }
    }

    private static Diagnostic tooLarge(String name, String size, long maxBytes) {
        return Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, "`" + name + "` is " + size + " bytes, larger than "
                        + maxBytes + "; not read")
                .at(new SourceLocation(name, 1, 1))
                .withHint("no sync file needs to be this large; raise the limit with --max-file-bytes"
                        + " (LoadOptions.maxFileBytes) if it is meant");
    }

    /** The UTF-8 length of {@code text} if it may be over {@code maxBytes}, else its length in UTF-16 units (a third of the bytes at least). */
    private static long utf8Size(String text, long maxBytes) {
        return text.length() <= maxBytes / 3 ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The line and column of the first byte that is not UTF-8, found in one pass. */
    private static SourceLocation firstBadByte(String name, byte[] bytes) {
        try {
            return FirstBadByte.locate(name, new java.io.ByteArrayInputStream(bytes))
                    .orElse(new SourceLocation(name, 1, 1));
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    /** Configures a {@link SyncLoader}. */
    public static final class Builder {
        private ResourceKinds kinds;
        private boolean strict;
        private LoadOptions options = LoadOptions.defaults();
        private boolean keepTexts;

        private Builder() {}

        /**
         * Whether the result keeps the text of each file it parsed ({@link LoadResult#texts()}), for
         * diagnostics to be echoed from what was read rather than from the files as they are when
         * printed (or, for files from a git commit, from whatever local file has the same name);
         * default off, as the texts take as much memory as the files.
         */
        public Builder keepTexts(boolean value) {
            this.keepTexts = value;
            return this;
        }

        /** The kinds to read; default {@link ResourceKinds#discover()}. */
        public Builder kinds(ResourceKinds value) {
            this.kinds = requireNonNull(value, "kinds");
            return this;
        }

        /** The limits to keep to; default {@link LoadOptions#defaults()}. */
        public Builder options(LoadOptions value) {
            this.options = requireNonNull(value, "options");
            return this;
        }

        /** Whether warnings are errors (unknown keys and every other mistake Komodo tolerates). */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /** The loader. */
        public SyncLoader build() {
            if (kinds == null) {
                kinds = ResourceKinds.discover();
            }
            return new SyncLoader(this);
        }
    }
}
