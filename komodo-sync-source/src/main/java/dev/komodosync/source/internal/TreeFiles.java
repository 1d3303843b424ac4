package dev.komodosync.source.internal;

import dev.komodosync.model.Diagnostic;
import dev.komodosync.model.DiagnosticCode;
import dev.komodosync.parser.SourceText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the {@code resource_path} entries from a commit's tree, as Komodo reads them from a clone
 * (behaviour §1.6): a {@code .toml} file is read; a folder is walked recursively (hidden folders
 * too), in the tree's sorted order; a missing entry is an error; any other file is skipped with a
 * note. Entries are relative to the repository's root; one that leads outside it is an error.
 * Files are named by their path in the repository.
 */
final class TreeFiles {

    private final Repository repository;
    private final RevCommit commit;
    private final String where;
    private final List<SourceText> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private TreeFiles(Repository repository, RevCommit commit, String where) {
        this.repository = repository;
        this.commit = commit;
        this.where = where;
    }

    /** The files of {@code entries} in {@code commit}; {@code where} names the repository for messages. */
    static TreeFiles read(Repository repository, RevCommit commit, List<String> entries, String where) throws IOException {
        TreeFiles tree = new TreeFiles(repository, commit, where);
        for (String entry : entries) {
            tree.entry(entry);
        }
        return tree;
    }

    List<SourceText> files() {
        return List.copyOf(files);
    }

    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private void entry(String entry) throws IOException {
        String path = normalise(entry);
        if (path == null) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.PATH_ESCAPES_ROOT, "resource_path `" + entry
                    + "` leads outside " + where).withHint("give a path inside the repository"));
            return;
        }
        if (path.isEmpty()) {
            walk(commit.getTree(), "");
            return;
        }
        try (TreeWalk found = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (found == null) {
                diagnostics.add(Diagnostic.of(DiagnosticCode.PATH_NOT_FOUND, "path `" + path + "` does not exist in "
                        + where + " at commit " + commit.name().substring(0, 12))
                        .withHint("add it to the repository, or correct resource_path"));
            } else if (found.getFileMode(0) == FileMode.TREE) {
                walk(found.getObjectId(0), path + "/");
            } else if (isFile(found.getFileMode(0)) && isToml(path)) {
                add(path, found.getObjectId(0));
            } else {
                diagnostics.add(Diagnostic.of(DiagnosticCode.NOT_TOML, "skipped `" + path
                        + "`: only files ending in .toml are read, as in Komodo"));
            }
        }
    }

    private void walk(ObjectId tree, String prefix) throws IOException {
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                String path = prefix + walk.getPathString();
                if (isFile(walk.getFileMode(0)) && isToml(path)) {
                    add(path, walk.getObjectId(0));
                }
            }
        }
    }

    private void add(String path, ObjectId blob) throws IOException {
        byte[] bytes = repository.open(blob).getBytes();
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            files.add(new SourceText(path, text));
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.NOT_UTF8, "`" + path + "` is not valid UTF-8")
                    .withHint("save the file as UTF-8"));
        }
    }

    private static boolean isFile(FileMode mode) {
        return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE;
    }

    /** Komodo reads a file whose extension is exactly {@code toml} ({@code .toml} alone has none). */
    private static boolean isToml(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.substring(dot + 1).equals("toml");
    }

    /**
     * The entry as a path in the tree ({@code ""}: the root), {@code .} parts and repeated or
     * trailing slashes removed; {@code null} when it is absolute or climbs out with {@code ..}.
     */
    static String normalise(String entry) {
        String slashes = entry.replace('\\', '/').strip();
        if (slashes.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : slashes.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                return null;
            }
            parts.addLast(part);
        }
        return String.join("/", parts);
    }
}
