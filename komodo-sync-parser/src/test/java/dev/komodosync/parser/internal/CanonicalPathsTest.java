package dev.komodosync.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CanonicalPathsTest {

    @Test
    void aChildPathIsTheJoinedPathAndTheSameStringEachTime() {
        CanonicalPaths paths = new CanonicalPaths();
        String config = paths.child("", "config");
        assertThat(config).isEqualTo("config");
        String server = paths.child(config, "server_id");
        assertThat(server).isEqualTo("config.server_id");
        assertThat(paths.child(new String("config"), new String("server_id"))).isSameAs(server);
        assertThat(paths.child("config.stage[2]", "name")).isEqualTo("config.stage[2].name");
        assertThat(paths.child("config", "image")).isEqualTo("config.image").isNotSameAs(server);
    }

    @Test
    void bindersOnManyThreadsGetOneStringPerPath() throws Exception {
        CanonicalPaths paths = new CanonicalPaths();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> made = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                made.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 500; i++) {
                        mine.add(paths.child("config", "key" + (i % 50)));
                    }
                    return mine;
                }));
            }
            List<String> first = made.get(0).get();
            for (Future<List<String>> other : made) {
                List<String> theirs = other.get();
                for (int i = 0; i < theirs.size(); i++) {
                    assertThat(theirs.get(i)).isEqualTo("config.key" + (i % 50)).isSameAs(first.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
