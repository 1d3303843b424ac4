package dev.komodosync.emulator;

/** How an injected deploy failure ends (komodo-api §3.7): the two outcomes Komodo tells apart. */
public enum DeployFailure {
    /** The resolver failed: a {@code Task Error} log; the target is not deployed (a failed deploy round). */
    TASK_ERROR,
    /**
     * The deploy ran but a step failed: a failed log (the container did not start); Komodo counts the
     * target as deployed. The deployment's state becomes {@code exited}, the stack's {@code down}.
     */
    FAILED_LOG
}
