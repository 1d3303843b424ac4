package dev.komodosync.source.internal;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from running a {@code git} binary. To find the system-wide git configuration, JGit's
 * default {@link SystemReader} runs {@code git config --system --edit} when a {@code git} is on
 * the {@code PATH}; komodo-sync never runs git, so it installs a reader that skips the system-wide
 * configuration (the user's own {@code ~/.gitconfig} is still read). It is installed once, and
 * only over JGit's own default: an embedder's own reader is left alone.
 */
public final class QuietSystemConfig {

    private static final String JGIT_DEFAULT = "org.eclipse.jgit.util.SystemReader$Default";

    private QuietSystemConfig() {}

    /** Installs the reader, once, unless an embedder installed a reader of its own. */
    public static synchronized void install() {
        SystemReader current = SystemReader.getInstance();
        if (!current.getClass().getName().equals(JGIT_DEFAULT)) {
            return;
        }
        SystemReader.setInstance(new SystemReader.Delegate(current) {
            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, null, fs) {
                    @Override
                    public void load() {
                        // nothing to load: no system-wide configuration
                    }

                    @Override
                    public boolean isOutdated() {
                        return false;
                    }
                };
            }
        });
    }
}
