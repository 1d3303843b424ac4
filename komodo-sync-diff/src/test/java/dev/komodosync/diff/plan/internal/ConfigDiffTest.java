package dev.komodosync.diff.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.diff.plan.FieldChange;
import dev.komodosync.diff.plan.WorldGenerator;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.ResourceKinds;
import dev.komodosync.model.meta.internal.ConfigTypes;
import dev.komodosync.model.meta.internal.ValueType;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comparing configs as written and stored, rewriting only where it can matter, gives exactly the
 * changes of the two configs rewritten whole (references by name, {@code \n} line endings), over
 * seeded random worlds: each declared config against every existing config of its kind, a fresh
 * random config, the stored config given as the declaration (ids for names), the declaration
 * with {@code \r\n} line endings, and the same config on both sides with references to nothing. {@code -Dkomodo.propertyCases=N} runs more.
 */
class ConfigDiffTest {

    private static final ValueRewriter.Leaf AS_IS = (field, value, owner, ownerValue) -> value;
    private static final ValueRewriter.Leaf CRLF = (field, value, owner, ownerValue) ->
            value instanceof String text ? text.replace("\n", "\r\n") : value;
    /** Every reference names a resource that does not exist: stored, it stands for nothing. */
    private static final ValueRewriter.Leaf DANGLING = (field, value, owner, ownerValue) ->
            field.reference().isPresent() && value instanceof String text && !text.isEmpty() ? "gone" : value;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, Long.getLong("komodo.propertyCases", 300)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void comparingAsWrittenGivesTheChangesOfTheWholeRewrittenConfigs(long seed) {
        WorldGenerator generator = new WorldGenerator(seed);
        WorldGenerator.World world = generator.generate();
        ResourceIndex index = new ResourceIndex(world.declaration(), world.snapshot(), ResourceKinds.builtIn());
        int changed = 0;
        for (DeclaredResource<?> declared : world.declaration().resources()) {
            ValueType type = ConfigTypes.of(declared.kind().configClass());
            Object want = declared.resource().config();
            for (ExistingResource<?> existing : world.snapshot().resources(declared.kind())) {
                Object have = existing.resource().config();
                changed += assertSameChanges(type, want, have, index);
                changed += assertSameChanges(type, generator.value(type, null), have, index);
                changed += assertSameChanges(type, have, have, index);
                changed += assertSameChanges(type, ValueRewriter.rewrite(type, want, CRLF), have, index);
                Object dangling = ValueRewriter.rewrite(type, have, DANGLING);
                changed += assertSameChanges(type, dangling, dangling, index);
            }
        }
        if (!world.declaration().resources().isEmpty()) {
            assertThat(changed).as("some compared configs differ").isPositive();
        }
    }

    private static int assertSameChanges(ValueType type, Object want, Object have, ResourceIndex index) {
        List<FieldChange> whole = ConfigDiff.diff(type, ConfigNormaliser.declaredToNames(type, want, index),
                ConfigNormaliser.storedToNames(type, have, index), "config", AS_IS, AS_IS);
        List<FieldChange> asWritten = ConfigDiff.diff(type, want, have, "config",
                ConfigNormaliser.declaredLeaf(index), ConfigNormaliser.storedLeaf(index));
        assertThat(asWritten).isEqualTo(whole);
        return whole.size();
    }
}
