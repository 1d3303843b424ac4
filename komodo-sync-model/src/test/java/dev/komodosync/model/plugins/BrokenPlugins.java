package dev.komodosync.model.plugins;

import dev.komodosync.model.ResourceKind;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.spi.ResourceKindProvider;
import java.time.Duration;
import java.util.List;

/** Small broken plug-ins, each wrong in one way, listed by tests through a services file of their own. */
public final class BrokenPlugins {

    private BrokenPlugins() {}

    /** A config with a field of a type the model does not describe. */
    public record TimerConfig(String name, Duration every) {}

    /** An enum that forgets {@code KomodoEnum}. */
    public enum Colour { RED, GREEN }

    /** A config using it. */
    public record PaintConfig(Colour colour) {}

    /** A config that is fine. */
    public record WidgetConfig(String size) {}

    /** Its constructor throws. */
    public static final class ThrowingConstructor implements ResourceKindProvider {
        public ThrowingConstructor() {
            throw new IllegalStateException("no licence key found");
        }

        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of();
        }
    }

    /** Its kind's config has a {@code Duration}: it fails while its static field is built. */
    public static final class UnsupportedFieldType implements ResourceKindProvider {
        static final ResourceKind<TimerConfig> TIMER = ResourceKind.builder("timer", TimerConfig.class).build();

        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of(TIMER);
        }
    }

    /** Its kind's enum is not a {@code KomodoEnum}; the kind is built in {@code kinds()}. */
    public static final class PlainEnum implements ResourceKindProvider {
        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of(ResourceKind.builder("paint", PaintConfig.class).build());
        }
    }

    /** Claims {@code deployment}, Komodo's own kind's key. */
    public static final class ReusesBuiltInName implements ResourceKindProvider {
        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of(ResourceKind.builder("deployment", DeploymentConfig.class).pluralKey("deployment_list")
                    .variantName("MyDeployment").build());
        }
    }

    /** Claims {@code widget}. */
    public static final class FirstWidget implements ResourceKindProvider {
        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of(ResourceKind.builder("widget", WidgetConfig.class).build());
        }
    }

    /** Claims {@code widgets}, which {@link FirstWidget}'s kind has as its plural. */
    public static final class SecondWidget implements ResourceKindProvider {
        @Override
        public List<ResourceKind<?>> kinds() {
            return List.of(ResourceKind.builder("gadget", WidgetConfig.class).pluralKey("widgets").build());
        }
    }

    /** Listed as a provider but is not one. */
    public static final class NotAProvider {}
}
