package dev.komodosync.model.config;

import dev.komodosync.model.meta.Alias;
import dev.komodosync.model.meta.Default;
import dev.komodosync.model.meta.Required;
import dev.komodosync.model.meta.ScalarForm;
import dev.komodosync.model.meta.StringList;
import java.util.List;

/**
 * A config file a stack depends on (behaviour §2.4); a bare string is the path.
 *
 * @param path the file; required
 * @param services the services the file concerns; empty means all
 * @param requires what a change to the file requires
 */
@ScalarForm("path")
public record StackFileDependency(
        @Required String path,
        @Alias("service") @StringList List<String> services,
        @Alias("req") @Default("None") StackFileRequires requires) {

    /** Copies the list. */
    public StackFileDependency {
        services = List.copyOf(services);
    }
}
