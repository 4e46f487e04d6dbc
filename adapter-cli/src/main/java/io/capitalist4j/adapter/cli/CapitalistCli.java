package io.capitalist4j.adapter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/**
 * The {@code capitalist} command-line tool. {@link #main} is the only place that touches the real process
 * (environment, console, exit); everything else runs through {@link #run} so tests drive it in-process.
 */
public final class CapitalistCli {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private CapitalistCli() {
    }

    public static void main(String[] args) {
        CliLogging.configure(System.getenv(), java.util.Arrays.asList(args).contains("--verbose"));
        CountDownLatch stopRequested = new CountDownLatch(1);
        Interruption interruption = new Interruption();
        // Ctrl-C / SIGTERM: a wait stops at once and says where things stand, the foreground sandbox stops cleanly;
        // the JVM goes away once the command has said so (exit 130 after SIGINT, as the JVM reports a signal)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            interruption.request();
            stopRequested.countDown();
            try {
                interruption.awaitEnd(SHUTDOWN_GRACE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "capitalist-shutdown"));
        Terminal terminal = new Terminal(System.getenv(),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                Terminal.SecretPrompt.console(), stopRequested::await, new io.capitalist4j.domain.auth.KnownSecrets(),
                interruption);
        int code = run(terminal, args);
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
        CommandLine commandLine = new CommandLine(root);
        RootCommand.commandsFor(commandLine.getCommandSpec(), args).forEach(commandLine::addSubcommand);
        commandLine.setOut(terminal.out())
                .setErr(terminal.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setHelpFactory(CommandHelp::new)
                // the sandbox login is literally "sandbox", also the name of a command
                .setAllowSubcommandsAsOptionParameters(true)
                .setParameterExceptionHandler(new BadUsage())
                .setExecutionExceptionHandler((failure, command, parsed) -> Failures.report(failure, terminal.err(), root.recovery()))
                .setExecutionStrategy(parsed -> {
                    root.refuseSecretFlags();
                    ApiOnly.check(root, parsed.asCommandLineList());
                    return new CommandLine.RunLast().execute(parsed);
                });
        Converters.register(commandLine);
        versionEverywhere(commandLine, new Version());
        try {
            int code = commandLine.execute(args);
            terminal.out().flush();
            terminal.err().flush();
            return code;
        } finally {
            terminal.interruption().commandEnded();
            root.close();
            terminal.out().flush();
            terminal.err().flush();
            terminal.secrets().clear();
        }
    }

    /** {@code -V} on every command prints the version, not only on {@code capitalist} itself. */
    private static void versionEverywhere(CommandLine command, Version version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> versionEverywhere(sub, version));
    }
}
