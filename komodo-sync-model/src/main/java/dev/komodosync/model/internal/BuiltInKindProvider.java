package dev.komodosync.model.internal;

import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.spi.ResourceKindProvider;
import java.util.List;

/** Contributes {@link KomodoKinds#ALL} through the service loader. Not API. */
public final class BuiltInKindProvider implements ResourceKindProvider {

    /** For the service loader. */
    public BuiltInKindProvider() {}

    @Override
    public List<ResourceKind<?>> kinds() {
        return KomodoKinds.ALL;
    }
}
