package io.trunkline.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime dependency graph written at build time by {@code maven-dependency-plugin:tree}
 * ({@code verbose}, runtime scope) for sdk-bench, which depends on every other module. In verbose
 * mode an artifact is expanded once and referenced as "omitted for duplicate/conflict" elsewhere, so
 * a module's transitive closure is found by following each reference to the expanded node. Jar
 * files come from the {@code build-classpath} file written by the same build.
 */
public final class DependencyTree {

    private static final Pattern OMITTED = Pattern.compile("^\\(([^ ]+) - .*\\)$");

    /** An artifact: {@code groupId:artifactId[:classifier]} and its resolved version. */
    record Artifact(String key, String artifactId, String classifier, String version) {
        String fileName() {
            return artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar";
        }
    }

    private final Map<String, Artifact> artifacts = new HashMap<>();
    private final Map<String, Set<String>> children = new HashMap<>();
    private final List<Path> classpath;

    private DependencyTree(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /**
     * @param treeFile the verbose text tree
     * @param classpathFile the runtime classpath, one line, {@code File.pathSeparator}-separated
     * @return the graph
     */
    public static DependencyTree read(Path treeFile, Path classpathFile) {
        try {
            List<Path> classpath = new ArrayList<>();
            for (String entry : Files.readString(classpathFile).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(Path.of(entry));
                }
            }
            DependencyTree tree = new DependencyTree(classpath);
            tree.parse(Files.readAllLines(treeFile));
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's dependency files; build sdk-bench with Maven first", e);
        }
    }

    private void parse(List<String> lines) {
        Deque<String> path = new ArrayDeque<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int start = 0;
            while (start < line.length() && "|+-\\ ".indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            if (start == line.length()) {
                continue;
            }
            int depth = start / 3;
            String text = line.substring(start);
            Matcher omitted = OMITTED.matcher(text);
            boolean expanded = !omitted.matches();
            Artifact artifact = artifact(expanded ? text.split(" ")[0] : omitted.group(1));
            while (path.size() >= depth) {
                path.pop();
            }
            children.computeIfAbsent(path.isEmpty() ? "" : path.peek(), k -> new LinkedHashSet<>()).add(artifact.key());
            if (expanded) {
                artifacts.put(artifact.key(), artifact);
            }
            path.push(artifact.key());
        }
    }

    private static Artifact artifact(String coordinates) {
        String[] p = coordinates.split(":");
        boolean classified = p.length == 6;
        String classifier = classified ? p[3] : null;
        String key = p[0] + ":" + p[1] + (classified ? ":" + classifier : "");
        return new Artifact(key, p[1], classifier, p[classified ? 4 : 3]);
    }

    /**
     * @param key {@code groupId:artifactId}, e.g. {@code io.trunkline:trunkline-core}
     * @return every artifact it needs at runtime, transitively, itself excluded, in first-seen order
     */
    public List<String> runtimeDependencies(String key) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(children.getOrDefault(key, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!next.equals(key) && seen.add(next)) {
                todo.addAll(children.getOrDefault(next, Set.of()));
            }
        }
        return List.copyOf(seen);
    }

    /**
     * @param key an artifact key
     * @return its jar (or, for a reactor module built only to {@code compile}, its classes directory)
     */
    public Optional<Path> file(String key) {
        Artifact artifact = artifacts.get(key);
        if (artifact == null) {
            return Optional.empty();
        }
        String moduleDir = artifact.artifactId().replaceFirst("^trunkline-", "sdk-");
        return classpath.stream().filter(p -> p.getFileName().toString().equals(artifact.fileName())
                        || p.endsWith(Path.of(moduleDir, "target", "classes")))
                .findFirst();
    }

    /**
     * @param key an artifact key
     * @return the bytes of its jar or classes directory, 0 when unknown
     */
    public long size(String key) {
        return file(key).map(DependencyTree::bytes).orElse(0L);
    }

    private static long bytes(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (var files = Files.walk(path)) {
                    return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
                }
            }
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
