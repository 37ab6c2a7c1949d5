package io.trunkline.modulepathcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Launches {@link ModulePathSmoke} with {@code java --module-path ... --module ...}: the published
 * modules, their runtime dependencies and the program, nothing on the class path.
 */
class ModulePathSmokeTest {

    private static final String PROGRAM_MODULE = "io.trunkline.modulepathcheck";

    private static final String HINT = """
            The smoke program failed on the module path. When the output says a module "does not export" \
            or "does not open" a package, add that package to the named module's module-info.java \
            (exports for API, "exports ... to io.trunkline.x" for one of our modules, \
            "opens ... to com.fasterxml.jackson.databind" for types Jackson binds). Output:
            """;

    @Test
    void plansAppliesAndVerifiesFromANamedModule() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(javaCommand()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A guard against a hung child only: the program needs a few seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the program exits").isTrue();

        assertThat(process.exitValue()).as(HINT + output).isZero();
        assertThat(output)
                .contains("running in module " + PROGRAM_MODULE)
                .containsPattern("(?m)^Plan: [1-9]\\d* to create")
                .containsPattern("(?m)^applied: [1-9]\\d*$")
                .containsPattern("(?m)^PASSED +sip-number ")
                .doesNotContainPattern("(?m)^FAILED ");
    }

    /**
     * A package added or moved without touching its module-info.java is encapsulated: API packages
     * must be exported to everyone, internal ones to our modules only.
     */
    @Test
    void descriptorsExportEveryApiPackageAndNoInternalOne() throws IOException {
        List<ModuleDescriptor> ours = modulePath().stream().flatMap(entry -> ModuleFinder.of(entry).findAll().stream())
                .map(ModuleReference::descriptor)
                .filter(d -> d.name().startsWith("io.trunkline.") && !d.isAutomatic())
                .filter(d -> !d.name().equals(PROGRAM_MODULE)).toList();
        assertThat(ours).extracting(ModuleDescriptor::name).contains("io.trunkline.core", "io.trunkline.synthflow");
        for (ModuleDescriptor module : ours) {
            Set<String> exportedToAll = module.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            for (String pkg : module.packages()) {
                boolean internal = pkg.matches(".*\\.internal(\\..*)?");
                assertThat(exportedToAll.contains(pkg))
                        .as("%s in module %s: %s", pkg, module.name(), internal
                                ? "an internal package must not be exported to everyone (use \"exports ... to io.trunkline.x\")"
                                : "an API package must be exported; add \"exports " + pkg + ";\" to its module-info.java")
                        .isEqualTo(!internal);
            }
        }
    }

    /** On the module path the first of two same-named modules wins silently; okio once did this. */
    @Test
    void noTwoJarsOnTheModulePathDeclareTheSameModule() throws IOException {
        Map<String, List<String>> jarsByModule = new TreeMap<>();
        for (Path entry : modulePath()) {
            ModuleFinder.of(entry).findAll().forEach(module -> jarsByModule
                    .computeIfAbsent(module.descriptor().name(), name -> new ArrayList<>()).add(entry.toString()));
        }
        assertThat(jarsByModule).as("modules found on the module path").isNotEmpty()
                .allSatisfy((module, jars) -> assertThat(jars).as("jars claiming module " + module).hasSize(1));
    }

    private static List<Path> modulePath() throws IOException {
        List<Path> entries = new ArrayList<>();
        entries.add(Path.of(System.getProperty("programModule")));
        String dependencies = Files.readString(Path.of(System.getProperty("modulePathFile"))).strip();
        for (String entry : dependencies.split(File.pathSeparator)) {
            entries.add(Path.of(entry));
        }
        return entries;
    }

    private static List<String> javaCommand() throws IOException {
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "--module-path", modulePath,
                "--module", PROGRAM_MODULE + "/" + ModulePathSmoke.class.getName());
    }
}
