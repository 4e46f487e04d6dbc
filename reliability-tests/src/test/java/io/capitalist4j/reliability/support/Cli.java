package io.capitalist4j.reliability.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code capitalist} command line in-process: arguments, an environment map, captured stdout and
 * stderr, the exit code. The CLI's in-process entry ({@code CapitalistCli.run(Terminal, String...)}) is
 * package-private, so it is reached by reflection; no terminal is attached (no secret prompt).
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

    private static final String PACKAGE = "io.capitalist4j.adapter.cli.";

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
            Class<?> terminalType = Class.forName(PACKAGE + "Terminal");
            Class<?> promptType = Class.forName(PACKAGE + "Terminal$SecretPrompt");
            Class<?> stopType = Class.forName(PACKAGE + "Terminal$StopSignal");
            Method none = promptType.getDeclaredMethod("none");
            none.setAccessible(true);
            Object prompt = none.invoke(null);
            // A foreground command (the sandbox) would block here; none of these tests starts one.
            Object stop = Proxy.newProxyInstance(stopType.getClassLoader(), new Class<?>[] {stopType}, (p, m, a) -> {
                if (m.getName().equals("await")) {
                    return null;
                }
                return m.getName().equals("toString") ? "stop" : m.invoke(this, a);
            });
            Constructor<?> terminal = terminalType.getDeclaredConstructor(Map.class, PrintWriter.class, PrintWriter.class,
                    promptType, stopType);
            terminal.setAccessible(true);
            Object t = terminal.newInstance(env, new PrintWriter(out, true), new PrintWriter(err, true), prompt, stop);
            Method run = Class.forName(PACKAGE + "CapitalistCli").getDeclaredMethod("run", terminalType, String[].class);
            run.setAccessible(true);
            int code = (Integer) run.invoke(null, t, args);
            return new Result(code, out.toString(), err.toString(), List.of(args));
        } catch (InvocationTargetException e) {
            throw new AssertionError("the CLI threw instead of exiting with a code: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the CLI's in-process entry changed shape", e);
        }
    }

    public static List<String> args(String... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
