package dev.komodosync.bench;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.Resource;
import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.meta.internal.RecordType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The least a plan must do with its inputs: read every value of every declared and every existing
 * resource once — each name, description, tag and config field, down to the last character of
 * every string — and nothing else. {@link ScalingBenchmark} with {@code -p work=read} times it at
 * 10k and 100k resources, so that the planner's scaling can be told from that of reading the data
 * it is given on the same machine: a pass that only reads is as close to the memory as a plan can
 * be, and how its time grows from 10k to 100k is the floor of how a plan's can.
 */
final class InputRead {

    private InputRead() {}

    /** A sum of what was read, so that no read can be left out by the compiler. */
    static long of(Declaration declaration, Snapshot snapshot) {
        long sum = 0;
        for (DeclaredResource<?> declared : declaration.resources()) {
            sum += resource(declared.resource());
            for (String after : declared.after()) {
                sum += text(after);
            }
        }
        for (ExistingResource<?> existing : snapshot.resources()) {
            sum += text(existing.id()) + resource(existing.resource());
        }
        return sum;
    }

    /**
     * The least a plan must do to pair its inputs: a table of the existing resources by kind and
     * name, made as each plan must make it (the snapshot is new each time), and one lookup in it
     * for each declared resource, reading the partner found. A sum of what was read.
     */
    static long pairs(Declaration declaration, Snapshot snapshot) {
        Map<ResourceKind<?>, Map<String, ExistingResource<?>>> byKind = new HashMap<>();
        ResourceKind<?> lastKind = null;
        Map<String, ExistingResource<?>> ofKind = null;
        for (ExistingResource<?> existing : snapshot.resources()) {
            if (existing.kind() != lastKind) {
                lastKind = existing.kind();
                ofKind = byKind.get(lastKind);
                if (ofKind == null) {
                    ofKind = new HashMap<>(2 * snapshot.resources(lastKind).size());
                    byKind.put(lastKind, ofKind);
                }
            }
            ofKind.putIfAbsent(existing.name(), existing);
        }
        long sum = 0;
        for (DeclaredResource<?> declared : declaration.resources()) {
            ExistingResource<?> partner = byKind.getOrDefault(declared.kind(), Map.of()).get(declared.name());
            sum += partner == null ? 1 : partner.id().length();
        }
        return sum;
    }

    private static long resource(Resource<?> resource) {
        long sum = text(resource.name()) + text(resource.description()) + (resource.template() ? 1 : 0);
        for (String tag : resource.tags()) {
            sum += text(tag);
        }
        return sum + value(resource.config());
    }

    private static long value(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String text) {
            return text(text);
        }
        if (value instanceof List<?> list) {
            long sum = list.size();
            for (Object element : list) {
                sum += value(element);
            }
            return sum;
        }
        if (value instanceof Map<?, ?> map) {
            long sum = map.size();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                sum += value(entry.getKey()) + value(entry.getValue());
            }
            return sum;
        }
        if (value instanceof Record) {
            RecordType type = RecordType.of(value.getClass());
            int fields = type.fields().size();
            long sum = fields;
            for (int index = 0; index < fields; index++) {
                sum += value(type.get(value, index));
            }
            return sum;
        }
        // Numbers, booleans and enum constants: one read of the object.
        return value.hashCode();
    }

    private static long text(String text) {
        int length = text.length();
        return length == 0 ? 0 : length + text.charAt(length - 1);
    }
}
