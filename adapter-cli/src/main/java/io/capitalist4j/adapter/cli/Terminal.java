package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.KnownSecrets;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the CLI takes from the outside world, so that a test can run every command in-process: the
 * environment, stdout for data, stderr for progress and errors, the interactive secret prompt, the signal
 * that stops the foreground sandbox, the secrets learnt during the run (masked in everything printed), and the
 * Ctrl-C that ends a wait.
 */
record Terminal(Map<String, String> env, PrintWriter out, PrintWriter err, SecretPrompt prompt, StopSignal stop,
                KnownSecrets secrets, Interruption interruption) {

    Terminal {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(interruption, "interruption");
    }

    Terminal(Map<String, String> env, PrintWriter out, PrintWriter err, SecretPrompt prompt, StopSignal stop) {
        this(env, out, err, prompt, stop, new KnownSecrets(), new Interruption());
    }

    /**
     * The same terminal whose stdout and stderr pass every line through {@link SafeLines}: known secrets and card
     * numbers masked, control characters escaped.
     */
    Terminal safe() {
        return new Terminal(env, new PrintWriter(new SafeLines(out, secrets), true),
                new PrintWriter(new SafeLines(err, secrets), true), prompt, stop, secrets, interruption);
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
