package io.trunkline.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testsupport.JavaSnippets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the README's Spring Boot snippets against the starter, so that a reader who copies one gets
 * code that compiles. (The integration tests compile every other Java snippet of the README.)
 */
class ReadmeSpringSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final List<String> IMPORTS = List.of("io.trunkline.core.*", "io.trunkline.core.lifecycle.*",
            "io.trunkline.spring.boot.*", "org.springframework.stereotype.Service");

    @Test
    void everySpringSnippetCompilesAgainstTheStarter(@TempDir Path out) throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        List<String> snippets = JavaSnippets.in(README);
        for (int i = 0; i < snippets.size(); i++) {
            if (JavaSnippets.needsSpring(snippets.get(i))) {
                units.put("SpringSnippet" + i, unit("SpringSnippet" + i, snippets.get(i)));
            }
        }

        assertThat(units).as("Spring snippets in the README").isNotEmpty();
        assertThat(JavaSnippets.compileErrors(units, out)).as("javac's errors for the README's Spring snippets").isEmpty();
    }

    @Test
    void aSnippetThatNoLongerMatchesTheStarterFails(@TempDir Path out) {
        String stale = "@Service class Stale { Stale(ObservedIntegrationEngine e) { e.applyy(null, null); } }";

        assertThat(JavaSnippets.compileErrors(Map.of("Stale", unit("Stale", stale)), out)).contains("applyy");
    }

    /** @return the snippet as a nested type of a class that imports what a Spring reader imports */
    private static String unit(String name, String snippet) {
        return IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining("\n"))
                + "\nabstract class " + name + " {\n" + snippet + "\n}\n";
    }
}
