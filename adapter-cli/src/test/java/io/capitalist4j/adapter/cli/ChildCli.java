package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The CLI's main class in a JVM of its own, on this test's class path, with only the environment given. */
final class ChildCli implements AutoCloseable {
    /** Only ends a child that would never end; nothing here is timed. */
    static final Duration HANG_GUARD = Duration.ofSeconds(90);

    private final Process process;
    private final Path out;
    private final StringBuilder err = new StringBuilder();
    private final Thread reader;

    private ChildCli(Process process, Path out) {
        this.process = process;
        this.out = out;
        this.reader = new Thread(this::readErr, "child-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildCli start(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(defaultSigint());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", classPath(), CapitalistCli.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child-out", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new ChildCli(builder.start(), out);
    }

    private void readErr() {
        try (InputStream in = process.getErrorStream()) {
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (err) {
                    err.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    err.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** Waits until stderr shows {@code marker}. */
    void awaitErr(String marker) throws InterruptedException {
        long end = System.nanoTime() + HANG_GUARD.toNanos();
        synchronized (err) {
            while (err.indexOf(marker) < 0) {
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive() && err.indexOf(marker) < 0) {
                    throw new AssertionError("the CLI never printed '" + marker + "':\n" + err);
                }
                err.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** Sends SIGINT, as Ctrl-C does, and waits for the process to end. */
    Ended interrupt() throws IOException, InterruptedException {
        return signal("INT");
    }

    /** Sends the signal {@code name} ({@code INT}, {@code TERM}) and waits for the process to end. */
    Ended signal(String name) throws IOException, InterruptedException {
        long sent = System.nanoTime();
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + name).isZero();
        return ended(sent);
    }

    /** Waits for the process to end by itself. */
    Ended awaitExit() throws IOException, InterruptedException {
        return ended(System.nanoTime());
    }

    private Ended ended(long since) throws IOException, InterruptedException {
        if (!process.waitFor(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the CLI did not end:\n" + err);
        }
        Duration after = Duration.ofNanos(System.nanoTime() - since);
        reader.join(HANG_GUARD.toMillis()); // the pipe ends with the process: every line is read
        String errText;
        synchronized (err) {
            errText = err.toString();
        }
        return new Ended(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText, after);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** How it ended; {@code after}: from the signal (or the call) to the end. */
    record Ended(int code, String out, String err, Duration after) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /**
     * A process started with SIGINT ignored (a job a non-interactive shell put in the background, as CI runners
     * do) passes that on to its children, and a JVM never handles a signal it was started ignoring; GNU env can
     * start the child with SIGINT at its default, where it is known.
     */
    private static List<String> defaultSigint() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").start();
            if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return List.of("env", "--default-signal=INT");
            }
        } catch (IOException e) {
            // no GNU env: the child gets SIGINT as this process has it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    /** The test class path: Surefire names it apart when its own launcher jar stands in java.class.path. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        if (path.indexOf(File.pathSeparatorChar) < 0 && !path.contains("adapter-cli")) {
            throw new IllegalStateException("no class path to run the CLI with: " + path);
        }
        return path;
    }
}
