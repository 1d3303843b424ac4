package dev.komodosync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.komodosync.model.Declaration;
import dev.komodosync.model.DeclaredResource;
import dev.komodosync.model.ExistingResource;
import dev.komodosync.model.KomodoKinds;
import dev.komodosync.model.Resource;
import dev.komodosync.model.Snapshot;
import dev.komodosync.model.config.DeploymentConfig;
import dev.komodosync.model.config.DeploymentImage;
import dev.komodosync.model.meta.internal.RecordType;
import dev.komodosync.parser.SyncLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link InputRead} does the work {@code scripts/scaling.sh -p work=read|pair} claims to time:
 * every value read, down to a nested string's last character, on both sides; each declaration
 * paired with the first existing resource of its kind and name.
 */
class InputReadTest {

    @Test
    void readsDownToTheLastCharacterOfAStringInsideAUnion() {
        assertThat(InputRead.of(declaring(image("nginx:2")), Snapshot.empty())
                - InputRead.of(declaring(image("nginx:1")), Snapshot.empty())).isEqualTo(1);
    }

    @Test
    void readsTheExistingResourcesToo() {
        Declaration declaration = declaring(image("nginx:1"));
        Snapshot one = Snapshot.builder().add(new ExistingResource<>("0123", deployment("app", image("nginx:1")))).build();
        Snapshot other = Snapshot.builder().add(new ExistingResource<>("0123", deployment("app", image("nginx:9")))).build();
        assertThat(InputRead.of(declaration, other) - InputRead.of(declaration, one)).isEqualTo(8);
        assertThat(InputRead.of(declaration, one)).isGreaterThan(InputRead.of(declaration, Snapshot.empty()));
    }

    @Test
    void pairsEachDeclarationWithTheFirstExistingOfItsKindAndName(@TempDir Path folder) {
        Corpus corpus = Corpus.of(folder, 1000);
        Declaration declaration = SyncLoader.create().load(corpus.syncFolder()).declaration();
        Snapshot snapshot = SnapshotMaker.make(declaration, 7);
        Map<String, ExistingResource<?>> first = new HashMap<>();
        for (ExistingResource<?> existing : snapshot.resources()) {
            first.putIfAbsent(existing.kind().key() + "/" + existing.name(), existing);
        }
        long expected = 0;
        int paired = 0;
        for (DeclaredResource<?> declared : declaration.resources()) {
            ExistingResource<?> partner = first.get(declared.kind().key() + "/" + declared.name());
            expected += partner == null ? 1 : partner.id().length();
            paired += partner == null ? 0 : 1;
        }
        assertThat(paired).isBetween(900, 999);
        assertThat(InputRead.pairs(declaration, snapshot)).isEqualTo(expected);
    }

    private static DeploymentImage image(String image) {
        return new DeploymentImage.Image(image);
    }

    private static Declaration declaring(DeploymentImage image) {
        return Declaration.builder().add(deployment("app", image)).build();
    }

    private static Resource<DeploymentConfig> deployment(String name, DeploymentImage image) {
        Resource<DeploymentConfig> resource = Resource.withDefaults(KomodoKinds.DEPLOYMENT, name);
        return resource.withConfig((DeploymentConfig) RecordType.of(DeploymentConfig.class).with(resource.config(), "image", image));
    }
}
