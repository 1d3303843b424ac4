package dev.komodosync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API of every published module, read from the compiled classes on the class path:
 * no public or protected signature of an API package names a type of an {@code internal} package
 * (the modules are automatic modules, so "internal" is the only line between API and
 * implementation), and {@code docs/architecture.md} lists exactly the packages the code has.
 */
class ApiSurfaceTest {

    /** The modules users depend on; the CLI's own package holds no API but is listed too. */
    private static final Set<String> PUBLISHED = Set.of(
            "komodo-sync-model", "komodo-sync-parser", "komodo-sync-diff", "komodo-sync-apply", "komodo-sync-client", "komodo-sync-emulator",
            "komodo-sync-source", "komodo-sync-serve", "komodo-sync-cli");

    private static final Pattern MODULE_DIRECTORY = Pattern.compile(".*/(komodo-sync-[a-z]+)/target/classes/?$");
    private static final Pattern MODULE_JAR = Pattern.compile(".*/(komodo-sync-[a-z]+)-[0-9][^/]*\\.jar$");
    private static final Path ARCHITECTURE = Path.of("../docs/architecture.md");
    private static final Pattern DOCUMENTED_PACKAGE = Pattern.compile("^\\| `(dev\\.komodosync\\.[a-z.]+)` \\|");

    /** Class names by module, for every published module on the test class path. */
    private static final Map<String, List<String>> CLASSES = new TreeMap<>();

    @BeforeAll
    static void readClassPath() {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            Matcher directory = MODULE_DIRECTORY.matcher(path);
            Matcher jar = MODULE_JAR.matcher(path);
            if (directory.matches() && PUBLISHED.contains(directory.group(1))) {
                CLASSES.put(directory.group(1), classesIn(Path.of(entry)));
            } else if (jar.matches() && PUBLISHED.contains(jar.group(1))) {
                CLASSES.put(jar.group(1), classesInJar(Path.of(entry)));
            }
        }
    }

    @Test
    void everyPublishedModuleIsOnTheClassPath() {
        assertThat(CLASSES.keySet()).containsExactlyInAnyOrderElementsOf(PUBLISHED);
    }

    @Test
    void noApiSignatureNamesAnInternalType() {
        List<String> leaks = new ArrayList<>();
        for (List<String> names : CLASSES.values()) {
            for (String name : names) {
                Class<?> type = load(name);
                if (!isInternal(type.getPackageName()) && isExported(type)) {
                    leaks.addAll(leaksOf(type));
                }
            }
        }
        assertThat(leaks).as("public signatures of API types that name internal types").isEmpty();
    }

    @Test
    void architectureDocumentListsEveryPackage() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (String line : Files.readAllLines(ARCHITECTURE)) {
            Matcher matcher = DOCUMENTED_PACKAGE.matcher(line);
            if (matcher.find()) {
                documented.add(matcher.group(1));
            }
        }
        Set<String> packages = new TreeSet<>();
        CLASSES.values().forEach(names -> names.forEach(name -> packages.add(load(name).getPackageName())));
        assertThat(documented).as("packages in docs/architecture.md").isEqualTo(packages);
    }

    @Test
    void apiPackagesHaveOnlyDocumentedPublicTypes() {
        // Every public top-level type of an API package carries javadoc in the sources; here, that
        // it is one of the shapes style.md allows: a record, an enum, an interface, an annotation
        // or a final class.
        List<String> open = new ArrayList<>();
        for (List<String> names : CLASSES.values()) {
            for (String name : names) {
                Class<?> type = load(name);
                if (!isInternal(type.getPackageName()) && Modifier.isPublic(type.getModifiers())
                        && type.getEnclosingClass() == null && !type.isInterface() && !type.isEnum()
                        && !type.isRecord() && !Modifier.isFinal(type.getModifiers())
                        && !Modifier.isAbstract(type.getModifiers())) {
                    open.add(name);
                }
            }
        }
        assertThat(open).as("public API classes that are neither final nor abstract").isEmpty();
    }

    /** Public top-level types per module, API and internal: printed for the record, and never none. */
    @Test
    void countsPublicTypes() {
        Map<String, String> counts = new TreeMap<>();
        for (Map.Entry<String, List<String>> module : CLASSES.entrySet()) {
            int api = 0;
            int internal = 0;
            for (String name : module.getValue()) {
                Class<?> type = load(name);
                if (type.getEnclosingClass() == null && Modifier.isPublic(type.getModifiers())
                        && !name.endsWith("package-info")) {
                    if (isInternal(type.getPackageName())) {
                        internal++;
                    } else {
                        api++;
                    }
                }
            }
            counts.put(module.getKey(), api + " API, " + internal + " internal");
        }
        System.out.println("public top-level types: " + counts);
        assertThat(counts).containsKeys("komodo-sync-model", "komodo-sync-parser", "komodo-sync-diff");
    }

    private static boolean isInternal(String packageName) {
        return packageName.equals("internal") || packageName.contains(".internal");
    }

    /** Public, or protected, and every enclosing class too. */
    private static boolean isExported(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            int modifiers = at.getModifiers();
            if (!Modifier.isPublic(modifiers) && !Modifier.isProtected(modifiers)) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass() && !type.isSynthetic();
    }

    private static List<String> leaksOf(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        check(type.getName() + " extends", type.getGenericSuperclass(), leaks);
        for (Type implemented : type.getGenericInterfaces()) {
            check(type.getName() + " implements", implemented, leaks);
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                check(type.getName() + "." + field.getName(), field.getGenericType(), leaks);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    check(type.getName() + " constructor", parameter, leaks);
                }
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                String where = type.getName() + "." + method.getName() + "()";
                check(where, method.getGenericReturnType(), leaks);
                for (Type parameter : method.getGenericParameterTypes()) {
                    check(where, parameter, leaks);
                }
                for (Type thrown : method.getGenericExceptionTypes()) {
                    check(where, thrown, leaks);
                }
            }
        }
        return leaks;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, Type type, List<String> leaks) {
        walk(type, new HashSet<>(), named -> {
            if (named.getName().startsWith("dev.komodosync.") && isInternal(named.getPackageName())) {
                leaks.add(where + " names " + named.getName());
            }
        });
    }

    private static void walk(Type type, Set<Type> seen, java.util.function.Consumer<Class<?>> visitor) {
        if (type == null || !seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> named) {
            visitor.accept(named.isArray() ? named.getComponentType() : named);
        } else if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), seen, visitor);
            walk(parameterized.getOwnerType(), seen, visitor);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen, visitor);
            }
        } else if (type instanceof WildcardType wildcard) {
            Stream.concat(Stream.of(wildcard.getUpperBounds()), Stream.of(wildcard.getLowerBounds()))
                    .forEach(bound -> walk(bound, seen, visitor));
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                walk(bound, seen, visitor);
            }
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), seen, visitor);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("on the class path but not loadable: " + name, e);
        }
    }

    private static List<String> classesIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(path -> path.toString().replace('\\', '/'))
                    .filter(ApiSurfaceTest::isClassFile)
                    .map(ApiSurfaceTest::className)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classesInJar(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (isClassFile(entry)) {
                    names.add(className(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(null);
        return names;
    }

    private static boolean isClassFile(String path) {
        return path.startsWith("dev/komodosync/") && path.endsWith(".class") && !path.endsWith("module-info.class");
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
