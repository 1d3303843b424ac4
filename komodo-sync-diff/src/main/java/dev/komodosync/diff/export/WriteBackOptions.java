package dev.komodosync.diff.export;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How a write-back updates sync files: what to write (the export options: variables, user
 * groups, secrets, match tags) and where resources that no file declares yet go.
 *
 * @param export what is written
 * @param newFileTemplate the file, relative to the sync folder, of a resource no file declares:
 *     {@code {kind}} and {@code {name}} are replaced, e.g. {@code {kind}s/{name}.toml}; variables
 *     use the kind {@code variable}, user groups {@code user_group}
 */
public record WriteBackOptions(ExportOptions export, String newFileTemplate) {

    /** The default template: one file per resource, in a folder per kind. */
    public static final String DEFAULT_TEMPLATE = "{kind}s/{name}.toml";

    /** Checks the arguments. */
    public WriteBackOptions {
        requireNonNull(export, "export");
        requireNonNull(newFileTemplate, "newFileTemplate");
        checkArgument(newFileTemplate.endsWith(".toml"), "the new-file template must name a .toml file: %s", newFileTemplate);
        checkArgument(!newFileTemplate.startsWith("/") && !newFileTemplate.contains(".."),
                "the new-file template must stay inside the sync folder: %s", newFileTemplate);
    }

    /** The export's options, and the default template. */
    public static WriteBackOptions of(ExportOptions export) {
        return new WriteBackOptions(export, DEFAULT_TEMPLATE);
    }
}
