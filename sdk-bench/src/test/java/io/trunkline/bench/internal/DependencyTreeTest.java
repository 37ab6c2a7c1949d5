package io.trunkline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyTreeTest {

    private static final String TREE = """
            io.trunkline:trunkline-bench:jar:0.1.0-SNAPSHOT
            +- io.trunkline:trunkline-core:jar:0.1.0-SNAPSHOT:compile
            |  \\- org.slf4j:slf4j-api:jar:2.0.20:compile (version managed from 2.0.20)
            +- io.trunkline:trunkline-synthflow:jar:0.1.0-SNAPSHOT:compile
            |  +- (io.trunkline:trunkline-core:jar:0.1.0-SNAPSHOT:compile - version managed from 0.1.0-SNAPSHOT; omitted for duplicate)
            |  \\- com.squareup.retrofit2:retrofit:jar:3.0.0:compile
            |     \\- com.squareup.okhttp3:okhttp:jar:4.12.0:compile
            +- io.trunkline:trunkline-aircall:jar:0.1.0-SNAPSHOT:compile
            |  +- (com.squareup.retrofit2:retrofit:jar:3.0.0:compile - omitted for duplicate)
            |  \\- org.example:native:jar:linux:1.0:runtime
            \\- org.slf4j:slf4j-simple:jar:2.0.20:runtime
            """;

    @TempDir
    Path dir;

    private DependencyTree tree() throws IOException {
        Path treeFile = Files.writeString(dir.resolve("tree.txt"), TREE);
        Path classpath = Files.writeString(dir.resolve("cp.txt"), String.join(java.io.File.pathSeparator,
                jar("trunkline-core-0.1.0-SNAPSHOT.jar", 100), jar("slf4j-api-2.0.20.jar", 20),
                jar("native-1.0-linux.jar", 7)));
        return DependencyTree.read(treeFile, classpath);
    }

    private String jar(String name, int bytes) throws IOException {
        return Files.write(dir.resolve(name), new byte[bytes]).toString();
    }

    @Test
    void followsOmittedDuplicatesToWhereTheyAreExpanded() throws IOException {
        assertThat(tree().runtimeDependencies("io.trunkline:trunkline-aircall"))
                .containsExactly("com.squareup.retrofit2:retrofit", "org.example:native:linux",
                        "com.squareup.okhttp3:okhttp");
        assertThat(tree().runtimeDependencies("io.trunkline:trunkline-synthflow")).containsExactlyInAnyOrder(
                "io.trunkline:trunkline-core", "org.slf4j:slf4j-api", "com.squareup.retrofit2:retrofit",
                "com.squareup.okhttp3:okhttp");
    }

    @Test
    void keepsTheCoreToItsOwnDependencies() throws IOException {
        assertThat(tree().runtimeDependencies("io.trunkline:trunkline-core")).containsExactly("org.slf4j:slf4j-api");
    }

    @Test
    void sizesJarsFromTheClasspathFileIncludingClassifiers() throws IOException {
        DependencyTree tree = tree();
        assertThat(tree.size("io.trunkline:trunkline-core")).isEqualTo(100);
        assertThat(tree.size("org.example:native:linux")).isEqualTo(7);
        assertThat(tree.size("com.squareup.okhttp3:okhttp")).isZero();
    }
}
