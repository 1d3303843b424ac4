package dev.komodosync.diff.export.internal;

import dev.komodosync.model.meta.internal.FieldSpec;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Edits one sync file in place, statement by statement: a changed value is replaced where it is
 * written, a value back at its default is removed, a new one is inserted in the table it belongs
 * to, a block is removed whole. Everything else — comments, blank lines, the order and text of
 * other statements and blocks — stays as it was. Not API.
 */
final class FileEditor {

    /** A declared item's block: its {@code [[kind]]} header and the statements that belong to it. */
    record Block(TomlStatements.Statement header, List<TomlStatements.Statement> statements, int start, int end) {}

    private record Edit(int start, int end, String text, int sequence) {}

    private final String text;
    private final List<TomlStatements.Statement> statements;
    private final List<Edit> edits = new ArrayList<>();

    FileEditor(String text) {
        this.text = text;
        this.statements = TomlStatements.scan(text);
    }

    /** The block whose {@code [[...]]} header is on {@code line}. */
    Optional<Block> block(int line) {
        for (int i = 0; i < statements.size(); i++) {
            TomlStatements.Statement header = statements.get(i);
            if (header.header() && header.arrayOfTables() && header.line() == line) {
                List<TomlStatements.Statement> members = new ArrayList<>();
                for (int j = i + 1; j < statements.size(); j++) {
                    TomlStatements.Statement next = statements.get(j);
                    if (next.header() && !extends_(next.table(), header.table())) {
                        break;
                    }
                    members.add(next);
                }
                int end = members.isEmpty() ? header.end() : members.get(members.size() - 1).end();
                return Optional.of(new Block(header, members, lineStart(header.start()), lineEnd(end)));
            }
        }
        return Optional.empty();
    }

    /** Removes a whole block. */
    void removeBlock(Block block) {
        edits.add(new Edit(block.start(), block.end(), "", edits.size()));
    }

    /**
     * Makes {@code block} hold {@code value} for the field whose path, below the block, is
     * {@code prefix} followed by one of {@code keys}; {@code remove} takes every statement of the
     * field out instead (its value is the default).
     */
    void set(Block block, List<String> prefix, List<String> keys, String key, ValueType type, Object value, boolean remove) {
        List<TomlStatements.Statement> matching = block.statements().stream()
                .filter(s -> matches(relative(block, s), prefix, keys)).toList();
        TomlStatements.Statement inlineParent = prefix.isEmpty() ? null : block.statements().stream()
                .filter(s -> !s.header() && relative(block, s).equals(prefix)).findFirst().orElse(null);
        if (remove) {
            matching.forEach(this::removeLines);
            return;
        }
        if (matching.size() == 1 && !matching.get(0).header() && relative(block, matching.get(0)).size() == prefix.size() + 1) {
            TomlStatements.Statement exact = matching.get(0);
            edits.add(new Edit(exact.valueStart(), exact.valueEnd(), TomlText.value(type, value), edits.size()));
            return;
        }
        if (inlineParent != null) {
            throw new CannotEdit("`" + String.join(".", prefix) + "` is written as an inline table");
        }
        boolean sections = matching.stream().anyMatch(s -> s.header() && s.arrayOfTables());
        matching.forEach(this::removeLines);
        List<String> table = section(block, prefix);
        int at = insertionPoint(block, table);
        List<String> path = new ArrayList<>(prefix);
        path.add(key);
        if (sections && value instanceof List<?> list && type instanceof ValueType.ListType listType
                && listType.element() instanceof RecordType element) {
            List<String> header = new ArrayList<>(block.header().table());
            header.addAll(path);
            insert(block.end(), sections(String.join(".", header), element, list));
            return;
        }
        String written = String.join(".", path.subList(table.size(), path.size()).stream().map(TomlText::key).toList());
        insert(at, written + " = " + TomlText.value(type, value) + "\n");
    }

    /**
     * Rewrites just the value {@code leaf} names where it is written: a statement of its own, or a
     * value inside an inline table (which stays inline); whether it could. A value no statement
     * holds yet is not handled here.
     */
    boolean setLeaf(Block block, ChangedLeaf leaf) {
        List<Set<String>> path = leaf.path();
        for (TomlStatements.Statement statement : block.statements()) {
            List<String> relative = relative(block, statement);
            if (!statement.header() && relative.size() == path.size() && spelled(relative, path)) {
                if (leaf.isDefault()) {
                    removeLines(statement);
                } else {
                    edits.add(new Edit(statement.valueStart(), statement.valueEnd(), TomlText.value(leaf.type(), leaf.value()),
                            edits.size()));
                }
                return true;
            }
        }
        if (leaf.isDefault()) {
            return false;
        }
        for (TomlStatements.Statement statement : block.statements()) {
            List<String> relative = relative(block, statement);
            if (!statement.header() && relative.size() < path.size() && spelled(relative, path.subList(0, relative.size()))
                    && statement.valueStart() < text.length() && text.charAt(statement.valueStart()) == '{') {
                int[] span = InlineTables.valueSpan(text, statement.valueStart(), path.subList(relative.size(), path.size()));
                if (span == null) {
                    return false;
                }
                edits.add(new Edit(span[0], span[1], TomlText.value(leaf.type(), leaf.value()), edits.size()));
                return true;
            }
        }
        return false;
    }

    private static boolean spelled(List<String> keys, List<Set<String>> spellings) {
        for (int i = 0; i < keys.size(); i++) {
            if (!spellings.get(i).contains(keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Replaces the value of the statement at exactly {@code path} below the block, if there is one. */
    boolean replaceValue(Block block, List<String> path, String newValue) {
        for (TomlStatements.Statement statement : block.statements()) {
            if (!statement.header() && relative(block, statement).equals(path)) {
                edits.add(new Edit(statement.valueStart(), statement.valueEnd(), newValue, edits.size()));
                return true;
            }
        }
        return false;
    }

    /** Appends text at the end of the file, after a separator when the file has text. */
    void append(String block) {
        String separator = text.isBlank() ? "" : (text.endsWith("\n") ? "" : "\n") + "\n##\n\n";
        edits.add(new Edit(text.length(), text.length(), separator + block, edits.size()));
    }

    /** Whether any edit was made. */
    boolean changed() {
        return !edits.isEmpty();
    }

    /** The edited text. */
    String result() {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).thenComparingInt(Edit::sequence)
                .reversed());
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : ordered) {
            out.replace(edit.start(), edit.end(), edit.text());
        }
        return out.toString();
    }

    private void insert(int at, String line) {
        edits.add(new Edit(at, at, line, edits.size()));
    }

    private void removeLines(TomlStatements.Statement statement) {
        edits.add(new Edit(lineStart(statement.start()), lineEnd(statement.end()), "", edits.size()));
    }

    /** The table, below the block, that new statements of {@code prefix} go into: its own header's, or the block's. */
    private static List<String> section(Block block, List<String> prefix) {
        for (TomlStatements.Statement statement : block.statements()) {
            if (statement.header() && !statement.arrayOfTables() && relative(block, statement).equals(prefix)) {
                return prefix;
            }
        }
        return List.of();
    }

    /** After the last statement of {@code table} (below the block), or after its header. */
    private int insertionPoint(Block block, List<String> table) {
        int at = lineEnd(block.header().end());
        boolean inTable = table.isEmpty();
        for (TomlStatements.Statement statement : block.statements()) {
            if (statement.header()) {
                inTable = !statement.arrayOfTables() && relative(block, statement).equals(table);
                if (inTable) {
                    at = lineEnd(statement.end());
                }
                if (!inTable && table.isEmpty()) {
                    break;
                }
                continue;
            }
            if (inTable) {
                at = lineEnd(statement.end());
            }
        }
        return at;
    }

    private String sections(String header, RecordType element, List<?> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            out.append("\n[[").append(header).append("]]\n");
            for (FieldSpec field : element.fields()) {
                Object fieldValue = element.get(value, field);
                if (field.required() || !Objects.equals(fieldValue, element.defaultValue(field))) {
                    out.append(TomlText.key(field.exportKey())).append(" = ").append(TomlText.value(field.type(), fieldValue))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static boolean matches(List<String> path, List<String> prefix, List<String> keys) {
        return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix)
                && keys.contains(path.get(prefix.size()));
    }

    /** A statement's path below its block. */
    static List<String> relative(Block block, TomlStatements.Statement statement) {
        List<String> path = statement.path();
        int depth = block.header().table().size();
        return path.size() < depth ? List.of() : path.subList(depth, path.size());
    }

    private static boolean extends_(List<String> table, List<String> parent) {
        return table.size() > parent.size() && table.subList(0, parent.size()).equals(parent);
    }

    private int lineStart(int offset) {
        int start = text.lastIndexOf('\n', offset - 1);
        return start < 0 ? 0 : start + 1;
    }

    private int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end + 1;
    }

    /** An edit the file's layout does not allow; the write-back is refused with the reason. */
    static final class CannotEdit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotEdit(String reason) {
            super(reason);
        }
    }
}
