package dev.komodosync.cli;

import dev.komodosync.apply.ApplyItem;
import dev.komodosync.apply.ApplyListener;
import dev.komodosync.apply.ItemOutcome;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Apply progress on standard error. On a terminal: one live line naming what runs (the items of a
 * deploy round together) and a bar for the deploy rounds; elsewhere (CI logs): one line per
 * finished item with its duration. Items carry no secret.
 */
final class ApplyProgress implements ApplyListener {

    private static final int BAR = 20;

    private final PrintStream err;
    private final boolean terminal;
    private final Set<String> running = new LinkedHashSet<>();
    private String rounds = "";

    ApplyProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(ApplyItem item) {
        running.add(item.describe());
        redraw();
    }

    @Override
    public synchronized void finished(ItemOutcome outcome, Duration took) {
        running.remove(outcome.item().describe());
        if (terminal) {
            if (outcome.status() != ItemOutcome.Status.DONE) {
                err.print("\r\033[K");
                err.println(line(outcome, took));
            }
            redraw();
        } else {
            err.println(line(outcome, took));
        }
    }

    @Override
    public synchronized void roundStarted(int round, int total, int deploys) {
        int filled = (round - 1) * BAR / total;
        rounds = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] deploy round " + round + "/" + total + " ";
        if (!terminal) {
            err.println("deploy round " + round + "/" + total + ": " + deploys + " deploy" + (deploys == 1 ? "" : "s"));
        }
        redraw();
    }

    /** Clears the live line at the end. */
    synchronized void done() {
        if (terminal) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    private void redraw() {
        if (!terminal) {
            return;
        }
        err.print("\r\033[K" + rounds + (running.isEmpty() ? "" : "… " + String.join(", ", running)));
        err.flush();
    }

    private static String line(ItemOutcome outcome, Duration took) {
        String line = String.format("%-8s %s (%d ms)", outcome.status().label(), outcome.item().describe(), took.toMillis());
        return outcome.detail().isEmpty() ? line : line + ": " + outcome.detail().strip().replace('\n', ' ');
    }
}
