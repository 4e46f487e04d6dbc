package io.capitalist4j.reliability.journal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path child JVMs run on, and the JVM options that share class data between them. Hundreds of short
 * children spend most of their CPU loading and verifying the same classes; a class-data archive written by one
 * child at its exit ({@code -XX:ArchiveClassesAtExit}) lets the next ones map them instead. The JVM archives only
 * classes from jars, so the class directories of the build are copied into jars first. Whether a child gets the
 * archive or not changes its speed, never its behaviour.
 */
final class ChildClasses {

    private final String classPath;
    private final List<String> options;

    private ChildClasses(String classPath, List<String> options) {
        this.classPath = classPath;
        this.options = List.copyOf(options);
    }

    /** The test class path as it is. */
    static ChildClasses testClassPath() {
        return new ChildClasses(testClassPathText(), List.of());
    }

    /** The test class path with every class directory copied into a jar in {@code dir}. */
    static ChildClasses jarred(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : testClassPathText().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path jar = dir.resolve("classes-" + (n++) + ".jar");
                jar(path, jar);
                entries.add(jar.toString());
            } else if (!entry.isBlank()) {
                entries.add(entry);
            }
        }
        return new ChildClasses(String.join(File.pathSeparator, entries), List.of());
    }

    /** These classes, the child writing a class-data archive to {@code archive} when it exits. */
    ChildClasses writingArchive(Path archive) {
        return new ChildClasses(classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
    }

    /** These classes, the child mapping the class-data archive {@code archive}. */
    ChildClasses sharingArchive(Path archive) {
        return new ChildClasses(classPath, List.of("-XX:SharedArchiveFile=" + archive));
    }

    String classPath() {
        return classPath;
    }

    List<String> jvmOptions() {
        return options;
    }

    private static void jar(Path dir, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                out.putNextEntry(new JarEntry(dir.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The test class path: Surefire names it apart when its own launcher jar stands in {@code java.class.path}. */
    private static String testClassPathText() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        if (path.indexOf(File.pathSeparatorChar) < 0 && !path.contains("adapter-jdbc")) {
            throw new IllegalStateException("no class path to run the child with: " + path);
        }
        return path;
    }
}
