package io.capitalist4j.reliability.support;

import io.capitalist4j.adapter.cli.CapitalistCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code capitalist} command line in-process: arguments, an environment map, captured stdout and
 * stderr, the exit code, through the CLI's public embedding entry; no terminal is attached (no secret prompt).
 */
public final class Cli {

    /** The exit code and both streams of one run. */
    public record Result(int code, String out, String err, List<String> args) {
        public String all() {
            return out + "\n" + err;
        }

        @Override
        public String toString() {
            return "exit " + code + " for " + args + "\n--- stdout ---\n" + abbreviate(out) + "\n--- stderr ---\n" + abbreviate(err);
        }

        private static String abbreviate(String s) {
            return s.length() > 3_000 ? s.substring(0, 3_000) + "…(" + s.length() + " chars)" : s;
        }
    }

    private final Map<String, String> env = new HashMap<>();

    public static Cli withEnv(Map<String, String> variables) {
        Cli cli = new Cli();
        cli.env.putAll(variables);
        return cli;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            // each run a user of its own with a payout journal of its own: these tests reuse payment numbers on
            // purpose, against servers that forget them; the journal has tests of its own
            Map<String, String> runEnv = new HashMap<>(env);
            runEnv.putIfAbsent("CAPITALIST_JOURNAL", "jdbc:h2:mem:reliability-" + java.util.UUID.randomUUID());
            int code = CapitalistCli.run(runEnv, new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Result(code, out.toString(), err.toString(), List.of(args));
        } catch (RuntimeException e) {
            throw new AssertionError("the CLI threw instead of exiting with a code: " + e, e);
        }
    }

    public static List<String> args(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
