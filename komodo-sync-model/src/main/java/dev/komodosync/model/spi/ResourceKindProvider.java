package dev.komodosync.model.spi;

import dev.komodosync.model.ResourceKind;
import java.util.List;

/**
 * The service through which resource kinds reach komodo-sync. Komodo's own kinds come through it
 * too; a jar adds kinds by implementing this interface and listing the implementation in
 * {@code META-INF/services/dev.komodosync.model.spi.ResourceKindProvider}.
 *
 * <p>A kind added this way is parsed, diffed, planned and rendered with no change to the parser
 * or planner: everything they need is in the {@link ResourceKind} and its config type's
 * annotations.
 */
public interface ResourceKindProvider {

    /** The kinds this provider contributes. */
    List<ResourceKind<?>> kinds();
}
