package dev.komodosync.diff.plan.internal;

import dev.komodosync.model.ResourceKind;
import java.util.Comparator;

/**
 * Kinds in apply order, then by key. A named class rather than {@code Comparator.comparingInt(…)
 * .thenComparing(…)}: each lambda and combinator links a call site on a plan's start-up path
 * (docs/architecture.md, "Start-up path").
 */
final class KindOrder implements Comparator<ResourceKind<?>> {

    static final KindOrder INSTANCE = new KindOrder();

    private KindOrder() {}

    @Override
    public int compare(ResourceKind<?> a, ResourceKind<?> b) {
        int byOrder = Integer.compare(a.applyOrder(), b.applyOrder());
        return byOrder != 0 ? byOrder : a.key().compareTo(b.key());
    }
}
