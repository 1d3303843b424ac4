package dev.komodosync.cli;

/** The exit codes of {@code komodo-sync}, as {@code terraform plan -detailed-exitcode} has them. */
final class ExitCode {

    /** Valid, and nothing to do. */
    static final int OK = 0;
    /** Errors: diagnostics printed, no plan; also I/O and usage errors. */
    static final int ERRORS = 1;
    /** Valid, and the plan has changes. */
    static final int CHANGES = 2;

    private ExitCode() {}
}
