package dev.komodosync.cli;

import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.internal.Sha256;
import dev.komodosync.model.spi.ResourceKindProvider;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * Set-up every command needs whatever its arguments, done on another core while the main thread
 * reads the command line: picocli spends ~45 ms of a cold run reading the commands' annotations,
 * while the second core has little to do. It registers the built-in resource kinds (loading and
 * initialising their classes), looks up the kind providers' service files as the discovery will
 * (the first resource lookup opens the runtime's module image, ~5 ms), and initialises the
 * runtime's SHA-256 provider, which the plan's fingerprint otherwise initialises at the end of the
 * run (~6 ms). No plug-in code runs here: the main thread discovers the kinds, plug-ins included,
 * and reports what fails.
 *
 * <p>The main thread {@linkplain #awaitDone() waits} for it before it touches the model, so the
 * two threads never initialise the same classes at once.
 */
final class StartUp {

    /** Nothing started: a caller that reads its own command line (tests, embedders). */
    static final StartUp NONE = new StartUp(null);

    private final Thread thread;

    private StartUp(Thread thread) {
        this.thread = thread;
    }

    /** Starts the set-up on a daemon thread. */
    static StartUp begin() {
        Thread thread = new Thread(new Work(), "komodo-sync-start-up");
        thread.setDaemon(true);
        thread.start();
        return new StartUp(thread);
    }

    /** Waits until the set-up is over (at once if none was started). */
    void awaitDone() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The service files that name kind providers. */
    private static final String SERVICES = "META-INF/services/" + ResourceKindProvider.class.getName();

    /** The set-up itself. A named class rather than a lambda (docs/architecture.md, "Start-up path"). */
    private static final class Work implements Runnable {
        @Override
        public void run() {
            ResourceKinds.builtIn();
            try {
                // The lookups are lazy: each element is found when asked for.
                Enumeration<URL> files = ClassLoader.getSystemClassLoader().getResources(SERVICES);
                while (files.hasMoreElements()) {
                    files.nextElement();
                }
            } catch (IOException unread) {
                // The discovery reads them again, and reports what it cannot.
            }
            Sha256.start();
        }
    }
}
