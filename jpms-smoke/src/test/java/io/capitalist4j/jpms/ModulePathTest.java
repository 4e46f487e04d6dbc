package io.capitalist4j.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The published jars as a user of the module system sees them: automatic modules named by their manifests, that
 * resolve together with their dependencies, and that a module of the user's own can require, compile against and
 * run with.
 */
class ModulePathTest {

    private static final String CONSUMER = "io.capitalist4j.smoke.consumer";

    /** The published library jars, by the module name each manifest gives. */
    private static final Set<String> PUBLISHED_MODULES = Set.of(
            "io.capitalist4j.domain",
            "io.capitalist4j.application",
            "io.capitalist4j.adapter.csv",
            "io.capitalist4j.adapter.signing",
            "io.capitalist4j.adapter.http",
            "io.capitalist4j.adapter.jdbc",
            "io.capitalist4j.adapter.api2",
            "io.capitalist4j.testkit",
            "io.capitalist4j.client",
            "io.capitalist4j.adapter.cli");

    @Test
    void everyPublishedJarIsTheAutomaticModuleThatItsManifestNames() throws IOException {
        List<Path> ours = modulePath().stream()
                .filter(jar -> jar.getFileName().toString().startsWith("capitalist4j-"))
                .collect(Collectors.toList());

        List<String> names = new ArrayList<>();
        for (Path jar : ours) {
            String declared;
            try (JarFile file = new JarFile(jar.toFile())) {
                declared = file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            }
            ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
            assertThat(descriptor.isAutomatic()).as("%s is an automatic module", jar.getFileName()).isTrue();
            assertThat(descriptor.name()).as("module name of %s", jar.getFileName()).isEqualTo(declared);
            names.add(descriptor.name());
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(PUBLISHED_MODULES);
    }

    @Test
    void thePublishedJarsAndTheirDependenciesResolveAsModulesWithNoPackageInTwoOfThem() {
        ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
        Set<String> all = finder.findAll().stream()
                .map(ModuleReference::descriptor)
                .map(ModuleDescriptor::name)
                .collect(Collectors.toSet());

        // what --add-modules ALL-MODULE-PATH resolves; a package in two modules fails here, naming both
        Configuration resolved = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), all);

        assertThat(resolved.modules().stream().map(ResolvedModule::name))
                .containsAll(PUBLISHED_MODULES);
    }

    @Test
    void aModuleThatRequiresTheClientCompilesAndRunsOnTheModulePath() throws Exception {
        Path work = Path.of(System.getProperty("jpms.workDirectory"));
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));

        List<String> javac = new ArrayList<>(List.of(
                // lint, less two: every requires of an automatic module (the point here), and the class path javac
                // takes from this test's JVM (unused by a named module; it names a classes folder never made)
                "-Xlint:all,-requires-automatic,-path", "-Werror",
                "--module-path", modulePath,
                "-d", classes.toString()));
        javac.addAll(consumerSources());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
        assertThat(compiled).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        // Automatic modules require nothing, so the explicit modules under them (Vert.x, Netty, Jackson,
        // Bouncy Castle, SLF4J) are resolved only when asked for: a user adds them all, as here
        Path output = work.resolve("run.log");
        Process run = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath + File.pathSeparator + classes,
                "--add-modules", "ALL-MODULE-PATH",
                "-m", CONSUMER + "/" + CONSUMER + ".Main")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = run.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(ended).as("the consumer ended; it printed:%n%s", printed).isTrue();
        assertThat(run.exitValue()).as("exit code; it printed:%n%s", printed).isZero();
        assertThat(printed.lines()).contains(
                "batch total 150.50 RUR",
                "client built in module io.capitalist4j.application",
                "client closed",
                "io.capitalist4j.client automatic",
                "io.capitalist4j.application automatic",
                "io.capitalist4j.domain automatic");
    }

    private static List<Path> modulePath() {
        String text;
        try {
            text = Files.readString(Path.of(System.getProperty("jpms.modulePathFile")), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("the module path file is written by the build (mvn verify)", e);
        }
        List<Path> entries = Stream.of(text.split(File.pathSeparator)).map(Path::of).collect(Collectors.toList());
        assertThat(entries)
                .as("the module path holds packaged jars only (run through mvn verify)")
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getFileName().toString()).endsWith(".jar"));
        return entries;
    }

    private static List<String> consumerSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("jpms.consumerSources")))) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted()
                    .collect(Collectors.toList());
        }
    }
}
