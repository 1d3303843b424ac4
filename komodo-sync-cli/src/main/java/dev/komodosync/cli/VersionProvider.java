package dev.komodosync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven built, from {@code komodo-sync-version.properties}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/komodo-sync-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"komodo-sync " + properties.getProperty("version", "(development build)"),
                "reads Komodo v2.3.2 sync files"};
    }
}
