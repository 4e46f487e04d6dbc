package io.capitalist4j.adapter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code capitalist} command-line tool. {@link #main} is the only place that touches the real process
 * (environment, console, exit); everything else runs through {@link #run} so tests drive it in-process.
 */
public final class CapitalistCli {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private CapitalistCli() {
    }

    public static void main(String[] args) {
        CliLogging.configure(System.getenv());
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C / SIGTERM: let a foreground command (the sandbox) stop cleanly before the JVM goes away.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                finished.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "capitalist-shutdown"));
        Terminal terminal = new Terminal(System.getenv(),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Terminal.SecretPrompt.console(), stopRequested::await);
        int code = run(terminal, args);
        finished.countDown();
        System.exit(code);
    }

    /**
     * Runs one command line in-process, for programs and tests that embed the tool: the environment comes from
     * {@code env} (not the process), data goes to {@code out}, progress and errors to {@code err}, no secret is
     * ever prompted for, and the process is never exited. A foreground {@code sandbox} command returns when the
     * calling thread is interrupted.
     *
     * @return the exit code the command line would have ended with
     */
    public static int run(java.util.Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        Terminal terminal = new Terminal(env, out, err, Terminal.SecretPrompt.none(), () -> new CountDownLatch(1).await());
        return run(terminal, args);
    }

    /** Runs one command line and returns its exit code; never exits the process. */
    static int run(Terminal given, String... args) {
        Terminal terminal = given.safe();
        RootCommand root = new RootCommand(terminal);
        CommandLine commandLine = new CommandLine(root)
                .setOut(terminal.out())
                .setErr(terminal.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // the sandbox login is literally "sandbox", also the name of a command
                .setAllowSubcommandsAsOptionParameters(true)
                .setParameterExceptionHandler(CapitalistCli::badUsage)
                .setExecutionExceptionHandler((failure, command, parsed) -> Failures.report(failure, terminal.err(), root.recovery()))
                .setExecutionStrategy(parsed -> {
                    root.refuseSecretFlags();
                    ApiOnly.check(root, parsed.asCommandLineList());
                    return new CommandLine.RunLast().execute(parsed);
                });
        Converters.register(commandLine);
        try {
            return commandLine.execute(args);
        } finally {
            root.close();
            terminal.out().flush();
            terminal.err().flush();
            terminal.secrets().clear();
        }
    }

    private static int badUsage(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + describe(e));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("see: " + command.getCommandSpec().qualifiedName() + " --help");
        }
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** Unknown arguments are named by their options only: a mistyped flag may be followed by a secret. */
    private static String describe(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            java.util.List<String> options = new java.util.ArrayList<>();
            for (String arg : ((CommandLine.UnmatchedArgumentException) e).getUnmatched()) {
                options.add(arg.startsWith("-") ? arg.split("=", 2)[0] : "(a value)");
            }
            return "unknown option or argument: " + String.join(", ", options);
        }
        return e.getMessage();
    }
}
