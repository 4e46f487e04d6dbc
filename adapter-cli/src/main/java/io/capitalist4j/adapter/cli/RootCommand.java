package io.capitalist4j.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capitalist}: the global options every command shares, and the session they lead to. */
@Command(name = "capitalist", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Mass payouts with the Capitalist.net Payments API v1: upload a signed batch, follow every "
                + "record to its final state, reconcile against history.", "",
                "Secrets never go in flags: the password comes from $" + EnvVars.PASSWORD + ", --password-file or a "
                + "prompt; the PIN from $" + EnvVars.PIN + "; a certificate password from $" + EnvVars.KEY_PASSWORD + "."},
        subcommands = {AccountsCommand.class, RatesCommand.class, VerifiedCommand.class, FeeCommand.class,
                BatchCommand.class, SearchCommand.class, HistoryCommand.class, ReconcileCommand.class,
                SandboxCommand.class, NotifyCommand.class, CallCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the API answered an error (code and message printed)",
                "  2  bad usage or bad input (line and field printed)",
                "  3  outcome unknown: the upload may or may not have happened; run reconcile",
                "  4  transport failure: no usable answer from the server",
                "  5  --wait gave up at its deadline; the batch goes on",
                "  70 internal error (a bug)"})
final class RootCommand implements Runnable {
    static final String DEFAULT_URL = "https://api.capitalist.net/";

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL",
            description = "API endpoint (default: $" + EnvVars.URL + " or " + DEFAULT_URL + ").")
    String url;

    @Option(names = "--login", paramLabel = "LOGIN", description = "Your Capitalist login (default: $" + EnvVars.LOGIN + ").")
    String login;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (else $" + EnvVars.PASSWORD + ", else a prompt).")
    Path passwordFile;

    @Option(names = "--plain-password",
            description = "Send plain_password instead of get_token plus the RSA-encrypted password.")
    boolean plainPassword;

    @Option(names = "--allow-plain-password-over-http",
            description = "Allow --plain-password over http:// to a host that is not loopback (the password then "
                    + "crosses the network in clear text).")
    boolean allowPlainPasswordOverHttp;

    @Option(names = "--wire", paramLabel = "json|csv", defaultValue = "JSON",
            description = "Answer format asked of the server: json (default) or csv.")
    WireFormat wire;

    @Option(names = "--language", paramLabel = "en|ru",
            description = "Language of the server's messages, sent as x-language (default: the server's own).")
    Language language;

    /** The languages x-language knows. */
    enum Language {
        EN, RU;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = "--output", paramLabel = "table|json", defaultValue = "TABLE",
            description = "How results are printed on stdout: table (default) or json.")
    OutputFormat output;

    @Option(names = "--sandbox",
            description = "Start the embedded fake server on 127.0.0.1 and use the sandbox identity and certificate.")
    boolean sandbox;

    /** Caught only to refuse them: a secret typed as a flag value would end up in the shell history. */
    @Option(names = {"--password", "--pin", "--key-password", "--cert-password"}, hidden = true, paramLabel = "SECRET")
    String secretFlag;

    private final Terminal terminal;
    private Session session;

    RootCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command");
    }

    /** The root of the command a subcommand belongs to. */
    static RootCommand of(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    void refuseSecretFlags() {
        if (secretFlag != null) {
            secretFlag = null;
            throw new ParameterException(spec.commandLine(), "secrets are never given as flag values: use "
                    + EnvVars.PASSWORD + " or --password-file, " + EnvVars.PIN + ", " + EnvVars.KEY_PASSWORD);
        }
    }

    Terminal terminal() {
        return terminal;
    }

    Output output() {
        return new Output(output, terminal.out(), terminal.secrets());
    }

    Secrets secrets() {
        return new Secrets(terminal);
    }

    Optional<String> login() {
        return Optional.ofNullable(login).or(() -> terminal.variable(EnvVars.LOGIN));
    }

    /** The connection every remote command uses; opened once, on first use, closed when the command ends. */
    Session session() {
        if (session == null) {
            session = Session.open(this);
        }
        return session;
    }

    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
