package io.capitalist4j.adapter.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the CLI takes from the outside world, so that a test can run every command in-process: the
 * environment, stdout for data, stderr for progress and errors, the interactive secret prompt and the signal
 * that stops the foreground sandbox.
 */
record Terminal(Map<String, String> env, PrintWriter out, PrintWriter err, SecretPrompt prompt, StopSignal stop) {

    Terminal {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(stop, "stop");
    }

    Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
    }

    /** Asks a person for a secret without echo; empty when no terminal is attached. */
    interface SecretPrompt {
        Optional<char[]> read(String label);

        /** No one to ask: the state of every test and of a CLI run from a script. */
        static SecretPrompt none() {
            return label -> Optional.empty();
        }

        /** The system console, when one is attached. */
        static SecretPrompt console() {
            return label -> Optional.ofNullable(System.console()).map(c -> c.readPassword("%s: ", label));
        }
    }

    /** Blocks a foreground command until it is told to stop (Ctrl-C / SIGTERM in {@code main}). */
    interface StopSignal {
        void await() throws InterruptedException;
    }
}
