package io.capitalist4j.reliability.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link JournalChild} in a JVM of its own, on the test class path. Its standard output is read line by line
 * as it comes (the markers); its standard error goes to a file, shown when something goes wrong.
 */
final class ChildJvm implements AutoCloseable {

    private static final String EOF = "\u0000eof";

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Writer stdin;
    private boolean ended;

    private ChildJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(stdout broke: " + e + ")");
            }
            lines.add(EOF);
        }, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@link JournalChild} with these arguments, on {@code classes}; {@code dir} holds its standard error file. */
    static ChildJvm start(ChildClasses classes, Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived client: start fast, little JIT and a small heap, so that many can run side by side
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-XX:-UsePerfData",
                // JVM warnings (class sharing) to stderr: standard output carries the markers only
                "-Xlog:all=warning:stderr", "-Xshare:auto"));
        command.addAll(classes.jvmOptions());
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", classes.classPath(), JournalChild.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("child-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        return new ChildJvm(process, err);
    }

    /**
     * Waits for the first line (from the current point on) that matches, within a hang guard; lines before it are
     * kept in {@link #seen()}.
     *
     * @throws AssertionError when the child ends, says it failed, or says nothing that matches within the guard
     */
    String await(Predicate<String> wanted, String what, Duration guard) throws InterruptedException {
        long deadline = System.nanoTime() + guard.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("the child did not print " + what + " within " + guard + "; it printed "
                        + seen + "\n" + stderrText());
            }
            if (line.equals(EOF) || line.startsWith(Markers.FAILED)) {
                if (line.equals(EOF)) {
                    ended = true;
                } else {
                    seen.add(line);
                }
                waitForExit();
                throw new AssertionError("the child ended before printing " + what + " (exit "
                        + process.exitValue() + "); it printed " + seen + "\n" + stderrText());
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Closes the child's standard input: a {@link JournalChild} that is done then exits. */
    void closeInput() throws IOException {
        stdin.close();
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /**
     * SIGKILL, as a crash or {@code kill -9}: no shutdown hook, no close, no flush runs. Waits until it is gone.
     *
     * @return the CPU time the child had used (zero when the system does not tell)
     */
    Duration kill() throws InterruptedException {
        Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
        process.destroyForcibly();
        waitForExit();
        return cpu;
    }

    void waitForExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child did not end within 60 s");
        }
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Every line read so far, in order, and the rest once the child has ended. */
    List<String> seen() throws InterruptedException {
        while (!process.isAlive() && !ended) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null || line.equals(EOF)) {
                ended = true;
            } else {
                seen.add(line);
            }
        }
        return List.copyOf(seen);
    }

    String stderrText() {
        try {
            String text = Files.readString(stderr, StandardCharsets.UTF_8);
            return "--- child stderr ---\n" + (text.length() > 4_000 ? text.substring(text.length() - 4_000) : text);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
