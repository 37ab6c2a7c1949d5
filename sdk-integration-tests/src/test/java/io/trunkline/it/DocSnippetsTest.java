package io.trunkline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testsupport.JavaSnippets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every Java snippet of the README and of docs/ against the published modules, so that a
 * reader who copies one gets code that compiles: a renamed method or type fails here, not in a user's
 * IDE.
 *
 * <p>Each snippet is compiled as it stands, inside a class that imports the public API packages and
 * declares the variables the prose around it introduces (each document's {@link Doc#context()}: the
 * plan, the engine, a listener, ...). A fragment that starts with {@code .} continues
 * {@code IntegrationPlan.builder()}; a type declaration becomes a nested class; an import-only snippet
 * is compiled as imports; a {@code module-info} snippet must name the modules the build declares.
 * Spring snippets need the starter on the class path and are compiled by the starter's own
 * {@code ReadmeSpringSnippetsTest} ({@link JavaSnippets#needsSpring} decides, for both tests).
 */
class DocSnippetsTest {

    private static final Path README = Path.of(System.getProperty("reliability.readme", "../README.md"));
    private static final Path ROOT = README.toAbsolutePath().getParent();

    /** The public API packages a reader imports; every type in them has a unique simple name. */
    private static final List<String> IMPORTS = List.of(
            "io.trunkline.core.*", "io.trunkline.core.model.*", "io.trunkline.core.lifecycle.*",
            "io.trunkline.core.exception.*", "io.trunkline.core.diagnostic.*", "io.trunkline.core.spi.*",
            "io.trunkline.http.*", "io.trunkline.synthflow.*", "io.trunkline.aircall.*", "io.trunkline.testkit.*",
            "io.trunkline.state.jdbc.*", "io.trunkline.diagnostics.diagnose.*", "io.trunkline.diagnostics.sip.*",
            "io.trunkline.diagnostics.simulation.*", "java.nio.file.Path", "java.time.Duration", "java.time.Instant",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.util.List", "javax.sql.DataSource",
            "org.junit.jupiter.api.Test");

    /**
     * A document with Java snippets, and what its prose has introduced by the time a snippet uses it.
     *
     * @param path the document, from the repository root
     * @param context field declarations the snippets may use
     * @param imports what its snippets import beyond {@link #IMPORTS}, e.g. a nested type
     */
    private record Doc(String path, List<String> context, List<String> imports) {
    }

    private static final List<Doc> DOCS = List.of(
            new Doc("README.md", List.of("IntegrationPlan plan;", "IntegrationPlan integration;",
                    "List<IntegrationPlan> plans;", "IntegrationEngine engine;", "ChangePlan changes;",
                    "ApplyListener listener;", "ManualStepConfirmer confirmer;", "SynthflowClient synthflow;",
                    "Instant dialledAt;"), List.of()),
            new Doc("docs/aircall.md", List.of(), List.of()),
            new Doc("docs/synthflow.md", List.of("AircallContactCenter aircall;"), List.of()),
            new Doc("docs/troubleshooting.md", List.of("IntegrationPlan plan;", "ContactCenter aircall;",
                    "AgentPlatform synthflow;", "SipProbe probe;", "List<AgentPlatform.CallRecord> recentCalls;",
                    "Diagnose.Findings findings;"), List.of("io.trunkline.diagnostics.simulation.CallPath.Outcome")));

    @Test
    void everyDocumentWithJavaSnippetsIsCompiledHere() throws IOException {
        List<String> withSnippets = new ArrayList<>();
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).sorted().toList()) {
                if (!JavaSnippets.in(doc).isEmpty()) {
                    withSnippets.add("docs/" + doc.getFileName());
                }
            }
        }
        withSnippets.add(0, "README.md");

        assertThat(DOCS.stream().map(Doc::path).toList()).containsExactlyElementsOf(withSnippets);
    }

    @Test
    void everyJavaSnippetCompilesAgainstThePublishedApi(@TempDir Path out) throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        for (Doc doc : DOCS) {
            List<String> snippets = JavaSnippets.in(ROOT.resolve(doc.path()));
            for (int i = 0; i < snippets.size(); i++) {
                String snippet = snippets.get(i);
                if (JavaSnippets.needsSpring(snippet)) {
                    continue; // compiled by the starter's ReadmeSpringSnippetsTest
                }
                if (snippet.strip().startsWith("module ")) {
                    assertRequiresKnownModules(snippet);
                } else {
                    String name = doc.path().replaceAll("\\W", "_") + "_" + (i + 1);
                    units.put(name, unit(name, snippet, doc));
                }
            }
        }
        assertThat(units).as("Java snippets compiled here").hasSizeGreaterThanOrEqualTo(11);
        assertThat(JavaSnippets.compileErrors(units, out)).as("javac's errors (file: document_snippet number)").isEmpty();
    }

    @Test
    void aSnippetThatNoLongerMatchesTheApiFails(@TempDir Path out) {
        String stale = "IntegrationPlan p = IntegrationPlan.builder().didd(\"+33123456789\").build();";

        assertThat(JavaSnippets.compileErrors(Map.of("Stale", unit("Stale", stale, DOCS.get(0))), out)).contains("didd");
    }

    /** @return a compilation unit that holds the snippet as it stands */
    private static String unit(String name, String snippet, Doc doc) {
        String imports = Stream.concat(IMPORTS.stream(), doc.imports().stream())
                .map(i -> "import " + i + ";").collect(Collectors.joining("\n"));
        // "…" and "..." stand for a value the reader has: any value compiles there.
        String body = snippet.replace("…", "null").replace("= ...;", "= null;");
        if (body.lines().allMatch(line -> line.isBlank() || line.startsWith("import "))) {
            return body + "\nclass " + name + " {}\n";
        }
        boolean declaresType = body.lines().map(String::strip)
                .anyMatch(line -> line.matches("(public |final |abstract )*(class|record|interface) \\w+.*"));
        String member = declaresType ? body
                : "void snippet() throws Exception {\n"
                        + (body.strip().startsWith(".") ? "IntegrationPlan.builder()" + body.strip() + ";" : body)
                        + "\n}";
        return imports + "\nimport static org.assertj.core.api.Assertions.*;\n"
                + "@SuppressWarnings(\"unused\") abstract class " + name + " {\n" + String.join("\n", doc.context())
                + "\n" + member + "\n}\n";
    }

    /**
     * The module names the README's module-info snippet requires must be ones this build gives its
     * jars ({@code module.name} in each module's pom: the module-info name or the automatic one).
     */
    private static void assertRequiresKnownModules(String snippet) throws IOException {
        Set<String> declared = new TreeSet<>();
        Pattern name = Pattern.compile("<module.name>([\\w.]+)</module.name>");
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path pom : modules.map(m -> m.resolve("pom.xml")).filter(Files::exists).toList()) {
                Matcher m = name.matcher(Files.readString(pom, StandardCharsets.UTF_8));
                if (m.find()) {
                    declared.add(m.group(1));
                }
            }
        }
        Matcher requires = Pattern.compile("requires ([\\w.]+);").matcher(snippet);
        List<String> required = new ArrayList<>();
        while (requires.find()) {
            required.add(requires.group(1));
        }
        assertThat(required).isNotEmpty();
        assertThat(declared).as("module names declared by the build").containsAll(required);
    }
}
