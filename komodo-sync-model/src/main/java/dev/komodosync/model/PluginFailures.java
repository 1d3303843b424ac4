package dev.komodosync.model;

import dev.komodosync.model.spi.ResourceKindProvider;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what goes wrong while plug-in kinds are loaded into one {@link KindRegistrationException}
 * a person can act on: which plug-in, what is wrong, what to do. The service loader's own messages
 * ({@code "<service>: Provider <class> not found"}) are the only place it names a class it could
 * not load, so they are read here.
 */
final class PluginFailures {

    private static final String SERVICE = ResourceKindProvider.class.getName();
    private static final String SERVICE_FILE = "META-INF/services/" + SERVICE;
    private static final Pattern PROVIDER = Pattern.compile("(?:Provider )?(\\S+) (.*)");

    /**
     * A class whose static initialisation failed fails afterwards with only "Could not initialize
     * class" (Java 17 keeps no cause): the first failure is kept, by plug-in class name, to be
     * given again.
     */
    private static final Map<String, KindRegistrationException> FAILED_INITIALISATION = new ConcurrentHashMap<>();

    private PluginFailures() {}

    /** A provider the service loader could not find, load or create. */
    static KindRegistrationException loading(Throwable failure) {
        if (failure instanceof LinkageError linkage) {
            return new KindRegistrationException("listed in " + SERVICE_FILE,
                    "a class could not be loaded: " + describe(linkage),
                    "put the jars the plug-in needs beside it, built for Java 17", failure);
        }
        String message = String.valueOf(failure.getMessage());
        if (message.startsWith(SERVICE + ": ")) {
            message = message.substring(SERVICE.length() + 2);
        }
        Matcher provider = PROVIDER.matcher(message);
        String plugin = provider.matches() ? provider.group(1) : "listed in " + SERVICE_FILE;
        String what = provider.matches() ? provider.group(2) : message;
        if (what.startsWith("not found")) {
            return new KindRegistrationException(plugin, "the class is listed in " + SERVICE_FILE + " but cannot be found",
                    "put the jar that holds it in the plug-ins folder (or on the class path), or correct the line", failure);
        }
        if (what.startsWith("not a subtype")) {
            return new KindRegistrationException(plugin, "the class does not implement " + SERVICE,
                    "implement it (and do not bundle komodo-sync-model inside the plug-in jar), or remove the line from "
                            + SERVICE_FILE, failure);
        }
        if (what.contains("no-arg constructor") || what.contains("not public")) {
            return new KindRegistrationException(plugin, "it has no public constructor without arguments",
                    "make the class public with a public no-argument constructor", failure);
        }
        return created(plugin, failure.getCause() != null ? failure.getCause() : failure);
    }

    /** The kinds {@code provider} contributes, or the exception that says why they cannot be had. */
    static List<ResourceKind<?>> kindsOf(ResourceKindProvider provider) {
        String plugin = provider.getClass().getName();
        List<ResourceKind<?>> kinds;
        try {
            kinds = provider.kinds();
        } catch (RuntimeException | LinkageError failure) {
            throw created(plugin, failure);
        }
        boolean nullKind = false;
        if (kinds != null) {
            for (ResourceKind<?> kind : kinds) {
                nullKind |= kind == null;
            }
        }
        if (kinds == null || nullKind) {
            throw new KindRegistrationException(plugin, "kinds() returned " + (kinds == null ? "null" : "a null kind"),
                    "return a list of kinds (List.of() for none)", null);
        }
        return kinds;
    }

    /** Two kinds claim one key or API name: the plug-in that is not Komodo's is the one to change. */
    static KindRegistrationException claimedTwice(String name, ResourceKind<?> first, String firstSource,
            ResourceKind<?> second, String secondSource) {
        boolean firstBuiltIn = isBuiltIn(first);
        String plugin = firstBuiltIn || !isBuiltIn(second) ? secondSource : firstSource;
        ResourceKind<?> newcomer = plugin.equals(secondSource) ? second : first;
        ResourceKind<?> holder = newcomer == second ? first : second;
        String holderName = isBuiltIn(holder) ? "Komodo's own kind `" + holder.key() + "`"
                : "kind `" + holder.key() + "` of " + (newcomer == second ? firstSource : secondSource);
        return new KindRegistrationException(plugin,
                "kind `" + newcomer.key() + "` claims `" + name + "`, which " + holderName + " already has",
                "give the kind another key (ResourceKind.builder(key, ...), pluralKey, variantName), or remove one of"
                        + " the two plug-ins", null);
    }

    private static boolean isBuiltIn(ResourceKind<?> kind) {
        return KomodoKinds.ALL.stream().anyMatch(builtIn -> builtIn == kind);
    }

    /** The provider failed while being created or asked for its kinds. */
    private static KindRegistrationException created(String plugin, Throwable failure) {
        Throwable root = failure;
        while ((root instanceof ExceptionInInitializerError || root instanceof InvocationTargetException
                || root instanceof ServiceConfigurationError) && root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof KindConfigException config) {
            KindRegistrationException explained = new KindRegistrationException(plugin, config.getMessage(), config.fix(), failure);
            if (failure instanceof ExceptionInInitializerError || failure.getCause() instanceof ExceptionInInitializerError) {
                FAILED_INITIALISATION.put(plugin, explained);
            }
            return explained;
        }
        if (root instanceof NoClassDefFoundError again && String.valueOf(again.getMessage()).startsWith("Could not initialize")
                && FAILED_INITIALISATION.containsKey(plugin)) {
            return FAILED_INITIALISATION.get(plugin);
        }
        if (root instanceof NoClassDefFoundError missing) {
            return new KindRegistrationException(plugin, "a class it needs is missing: " + missing.getMessage(),
                    "put the jar that holds it beside the plug-in", failure);
        }
        return new KindRegistrationException(plugin, "it failed while being loaded: " + describe(root),
                "fix its constructor, static fields and kinds(); they must not fail", failure);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip().lines()
                .findFirst().orElse(""));
    }
}
