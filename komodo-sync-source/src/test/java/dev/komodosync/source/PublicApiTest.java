package dev.komodosync.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public API names no type of {@code dev.komodosync.source.internal}, and its values never print a secret. */
class PublicApiTest {

    private static final List<Class<?>> API = List.of(SyncSource.class, HostFolder.class, GitSource.class,
            InlineSource.class, SourceFiles.class, SourceFiles.OnDisk.class, SourceFiles.InMemory.class,
            GitOptions.class, GitOptions.Builder.class, GitCredentials.class, GitCredentials.Token.class,
            GitCredentials.SshKey.class, GitCredentials.None.class, SourceSettings.class, SourceSettings.Builder.class,
            SourceException.class);

    @Test
    void noPublicSignatureExposesAnInternalType() {
        List<String> exposed = new ArrayList<>();
        for (Class<?> type : API) {
            Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                    .filter(member -> Modifier.isPublic(member.getModifiers()))
                    .forEach(member -> {
                        String signature = signature(member);
                        if (signature.contains(".internal.")) {
                            exposed.add(type.getSimpleName() + ": " + signature);
                        }
                    });
        }
        assertThat(exposed).isEmpty();
    }

    @Test
    void credentialsPrintMasked() {
        GitCredentials token = GitCredentials.token("bot", dev.komodosync.model.Secret.of("tok-123"));
        GitCredentials key = GitCredentials.sshKey(java.nio.file.Path.of("id"), dev.komodosync.model.Secret.of("pass-456"),
                java.nio.file.Path.of("known_hosts"));

        assertThat(token.toString()).doesNotContain("tok-123").contains("***");
        assertThat(key.toString()).doesNotContain("pass-456").contains("***");
        assertThat(GitOptions.builder().credentials(token).build().toString()).doesNotContain("tok-123");
    }

    private static String signature(Executable member) {
        String result = member.toGenericString();
        if (member instanceof Method method) {
            result += " " + method.getGenericReturnType().getTypeName();
        }
        if (member instanceof Constructor<?> constructor) {
            result += " " + constructor.getDeclaringClass().getName();
        }
        return result;
    }
}
