package example;

import dev.komodosync.diff.render.DiagnosticPrinter;
import dev.komodosync.parser.LoadResult;
import dev.komodosync.parser.SyncLoader;
import java.io.PrintStream;
import java.nio.file.Path;

/** The diagnostics example of README.md, compiled and run by {@code ReadmeTest}. */
public final class DiagnosticsExample {

    private DiagnosticsExample() {}

    /** Runs the example. */
    public static boolean run(Path syncFolder, PrintStream err) {
        return validate(syncFolder, err);
    }

    // README:begin
    static boolean validate(Path syncFolder, PrintStream err) {
        LoadResult files = SyncLoader.create().load(syncFolder);
        DiagnosticPrinter printer = DiagnosticPrinter.builder()   // or DiagnosticPrinter.of(files)
                .color(false)                                     // ANSI colours on or off
                .width(DiagnosticPrinter.DEFAULT_WIDTH)           // the widest echoed source line
                .from(files)                                      // lines as read (a git commit's too); its secrets never echoed
                .build();
        printer.print(files.diagnostics(), err);  // file:line:col: error: message [KS…], the line, a caret, the hint
        return !files.hasErrors();
    }
    // README:end
}
