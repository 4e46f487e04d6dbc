package io.capitalist4j.reliability.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code capitalist} command line as its own process, a fresh JVM with a given heap, the way a user
 * runs the jar: what happens when memory runs short can only be seen in a process of its own, never in the
 * test's JVM. Output goes to files (no pipe can fill up and stall the child).
 */
public final class ChildCli {

    private final String heap;
    private final Path dir;

    /** @param heap the child's {@code -Xmx}, e.g. {@code "64m"}; @param dir where its output files go */
    public ChildCli(String heap, Path dir) {
        this.heap = heap;
        this.dir = dir;
    }

    /** Runs the CLI with this environment; the hang guard only ends a child that would never end. */
    public Cli.Result run(Map<String, String> env, Duration hangGuard, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        // the CLI's payout journal, when the run names none: the test's, never the real ~/.capitalist4j
        command.add("-Dcapitalist4j.home=" + dir.resolve("capitalist-home"));
        command.add("-cp");
        command.add(classPath());
        command.add("io.capitalist4j.adapter.cli.CapitalistCli");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child-out", ".txt");
        Path err = Files.createTempFile(dir, "child-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CAPITALIST_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(hangGuard.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the CLI did not end within the hang guard of " + hangGuard + ": " + List.of(args));
        }
        return new Cli.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), List.of(args));
    }

    /** The test class path: Surefire names it apart when its own launcher jar stands in {@code java.class.path}. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        if (path.indexOf(File.pathSeparatorChar) < 0 && !path.contains("capitalist4j-cli") && !path.contains("adapter-cli")) {
            throw new IllegalStateException("no class path to run the CLI with: " + path);
        }
        return path;
    }
}
