package io.trunkline.testsupport;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The {@code ```java} code blocks of a Markdown document, and javac to check that they compile, so
 * that documentation tests fail when a snippet no longer matches the API.
 */
public final class JavaSnippets {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private JavaSnippets() {
    }

    /**
     * @param markdown a Markdown file
     * @return the content of each {@code ```java} block, in document order
     * @throws IOException if the file cannot be read
     */
    public static List<String> in(Path markdown) throws IOException {
        Matcher blocks = JAVA_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        List<String> snippets = new ArrayList<>();
        while (blocks.find()) {
            snippets.add(blocks.group(1));
        }
        return snippets;
    }

    /**
     * Which module's tests compile a snippet: one that uses the Spring Boot starter needs it on the class
     * path, so the starter's tests compile it, and the integration tests compile the others.
     *
     * @param snippet a snippet
     * @return whether it uses Spring or the starter
     */
    public static boolean needsSpring(String snippet) {
        return snippet.contains("@Service") || snippet.contains("org.springframework")
                || snippet.contains("ObservedIntegrationEngine");
    }

    /**
     * Compiles source files against this JVM's class path (the test's), with annotation processing off.
     *
     * @param units the sources, by top-level class name
     * @param out where class files go
     * @return javac's errors, one per line with the file and line; empty when everything compiled
     */
    public static String compileErrors(Map<String, String> units, Path out) {
        List<JavaFileObject> sources = new ArrayList<>();
        units.forEach((name, code) -> sources.add(source(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-proc:none", "-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"));
        ToolProvider.getSystemJavaCompiler().getTask(new StringWriter(), null, diagnostics, options, null, sources).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }
}
