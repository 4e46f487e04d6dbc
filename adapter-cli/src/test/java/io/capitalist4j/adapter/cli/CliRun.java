package io.capitalist4j.adapter.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Runs the CLI in-process with a given environment and captures stdout and stderr apart. */
final class CliRun {
    private final Map<String, String> env = new HashMap<>();
    private Terminal.SecretPrompt prompt = Terminal.SecretPrompt.none();
    private final CountDownLatch stop = new CountDownLatch(1);
    private final MarkedWriter out = new MarkedWriter();
    private final StringWriter err = new StringWriter();

    static CliRun cli() {
        return new CliRun();
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRun prompt(Terminal.SecretPrompt answers) {
        this.prompt = answers;
        return this;
    }

    /** Lets a foreground command (the sandbox) return. */
    void stop() {
        stop.countDown();
    }

    /** Completes with stdout so far once {@code marker} has appeared in it (for a command still running). */
    CompletableFuture<String> outContaining(String marker) {
        return out.awaiting(marker);
    }

    Result run(String... args) {
        Map<String, String> env = new HashMap<>(this.env);
        if (!env.containsKey(EnvVars.HOME) && !env.containsKey(EnvVars.JOURNAL) && !env.containsKey("HOME")) {
            // a run that names no journal is a new user with a journal of its own, as before journals existed
            env.put(EnvVars.JOURNAL, "jdbc:h2:mem:cli-run-" + java.util.UUID.randomUUID());
        }
        Terminal terminal = new Terminal(env, new PrintWriter(out, true), new PrintWriter(err, true), prompt, stop::await);
        int code = CapitalistCli.run(terminal, args);
        return new Result(code, out.toString(), err.toString(), List.of(args));
    }

    /** A StringWriter that can tell when some text has been written. */
    private static final class MarkedWriter extends StringWriter {
        private final List<Map.Entry<String, CompletableFuture<String>>> waiting =
                new CopyOnWriteArrayList<>();

        CompletableFuture<String> awaiting(String marker) {
            CompletableFuture<String> seen = new CompletableFuture<>();
            waiting.add(Map.entry(marker, seen));
            check();
            return seen;
        }

        @Override
        public void flush() {
            super.flush();
            check();
        }

        @Override
        public void write(String str, int off, int len) {
            super.write(str, off, len);
            check();
        }

        private void check() {
            String text = toString();
            for (Map.Entry<String, CompletableFuture<String>> w : waiting) {
                if (text.contains(w.getKey())) {
                    w.getValue().complete(text);
                }
            }
        }
    }

    /** Exit code and the two streams of one run. */
    record Result(int code, String out, String err, List<String> args) {
        /** Both streams, for checks that something appears nowhere. */
        String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + code + " for " + args + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }
}
