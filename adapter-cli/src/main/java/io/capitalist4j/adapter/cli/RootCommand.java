package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.document.Period;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capitalist}: the global options every command shares, and the session they lead to. */
@Command(name = "capitalist", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Mass payouts with the Capitalist.net Payments API v1: upload a signed batch, follow every "
                + "record to its final state, reconcile against history.", "",
                "Secrets never go in flags: the password comes from $" + EnvVars.PASSWORD + ", --password-file or a "
                + "prompt; the PIN from $" + EnvVars.PIN + "; a certificate password from $" + EnvVars.KEY_PASSWORD + ".", "",
                "With --api 2 the same commands talk to Capitalist API2 (signed JSON, one payout per request): the key "
                + "comes from $" + EnvVars.API_KEY + ", the secret from $" + EnvVars.API_SECRET + " or --api-secret-file.", "",
                "Every payment number uploaded is kept in a payout journal (an H2 file in $" + EnvVars.HOME + ", default "
                + "~/" + Journals.HOME_DIRECTORY + "; or --journal / $" + EnvVars.JOURNAL + "), so that no number is "
                + "ever sent twice; its database password comes from $" + EnvVars.JOURNAL_PASSWORD + ".", "",
                "The options below are global: give them before or after the command."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  the API answered an error (code and message printed)",
                "  2  bad usage or bad input (line and field printed)",
                "  3  outcome unknown: the upload may or may not have happened; run",
                "     'capitalist journal recover' (from journal recover: still in doubt)",
                "  4  transport failure: no usable answer from the server, or the",
                "     payout journal's database cannot be used (nothing was sent)",
                "  5  --wait gave up at its deadline; the batch goes on (the command",
                "     that keeps following it is printed)",
                "  6  refused: would pay twice: the journal holds payment numbers of",
                "     the file (in-doubt or sent, each named); nothing was uploaded",
                "  7  a person must look: a payment number is carried by several",
                "     documents or by one that differs from the file (reconcile)",
                "  70 internal error (a bug)",
                "  130 interrupted (Ctrl-C): a wait stops where it stands and prints",
                "     the command that goes on; an upload not answered yet has an",
                "     unknown outcome, as for 3",
                "  143 terminated (SIGTERM): the same as 130"})
final class RootCommand implements Runnable {
    /**
     * The commands, in the order the help lists them. Only the one a command line names is built (picocli reads a
     * command's annotations and fields when it is added, and all of them cost more than most commands' own work);
     * a line that names none, or a word that is not a command, gets them all, for the help and the suggestions.
     */
    static final List<Class<?>> COMMANDS = List.of(AccountsCommand.class, RatesCommand.class, VerifiedCommand.class,
            FeeCommand.class, BatchCommand.class, JournalCommand.class, SearchCommand.class, HistoryCommand.class,
            ReconcileCommand.class, SandboxCommand.class, NotifyCommand.class, CallCommand.class, PaymentCommand.class,
            WhitelistCommand.class, DepositAddressCommand.class, ExchangeCommand.class, CompletionCommand.class);

    /** The commands {@code args} needs: the one it names, else every one. */
    static List<Class<?>> commandsFor(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-V") || arg.equals("--version")) {
                return List.of();
            }
            if (arg.startsWith("-")) {
                picocli.CommandLine.Model.OptionSpec option = root.findOption(arg.split("=", 2)[0]);
                if (option != null && option.arity().max() > 0 && !arg.contains("=")) {
                    i++; // its value, which may be a command's name: --login sandbox
                }
                continue;
            }
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(arg) && command != CompletionCommand.class) {
                    return List.of(command);
                }
            }
            break;
        }
        return COMMANDS;
    }

    static final String DEFAULT_URL = "https://api.capitalist.net/";
    static final String DEFAULT_API2_URL = "https://api2.capitalist.net/";

    @Option(scope = ScopeType.INHERIT, names = "--api", paramLabel = "1|2", defaultValue = "1",
            description = "The Capitalist API to talk to: 1 (the Payments API v1, default) or 2 (API2, " + DEFAULT_API2_URL + ").")
    int api;

    @Option(scope = ScopeType.INHERIT, names = "--api-secret-file", paramLabel = "FILE",
            description = "With --api 2: read the API secret from the first line of FILE (else $" + EnvVars.API_SECRET + ", else a prompt).")
    Path apiSecretFile;

    @Spec
    CommandSpec spec;

    @Option(scope = ScopeType.INHERIT, names = "--url", paramLabel = "URL",
            description = "API endpoint (default: $" + EnvVars.URL + " or " + DEFAULT_URL + "; with --api 2: " + DEFAULT_API2_URL + ").")
    String url;

    @Option(scope = ScopeType.INHERIT, names = "--login", paramLabel = "LOGIN", description = "Your Capitalist login (default: $" + EnvVars.LOGIN + ").")
    String login;

    @Option(scope = ScopeType.INHERIT, names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (else $" + EnvVars.PASSWORD + ", else a prompt).")
    Path passwordFile;

    @Option(scope = ScopeType.INHERIT, names = "--plain-password",
            description = "Send plain_password instead of get_token plus the RSA-encrypted password.")
    boolean plainPassword;

    @Option(scope = ScopeType.INHERIT, names = "--allow-plain-password-over-http",
            description = "Allow --plain-password over http:// to a host that is not loopback (the password then "
                    + "crosses the network in clear text).")
    boolean allowPlainPasswordOverHttp;

    @Option(scope = ScopeType.INHERIT, names = "--wire", paramLabel = "json|csv", defaultValue = "JSON",
            description = "Answer format asked of the server: json (default) or csv.")
    WireFormat wire;

    @Option(scope = ScopeType.INHERIT, names = "--language", paramLabel = "en|ru",
            description = "Language of the server's messages, sent as x-language (default: the server's own).")
    Language language;

    /** The languages x-language knows. */
    enum Language {
        EN, RU;

        String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(scope = ScopeType.INHERIT, names = "--output", paramLabel = "table|json", defaultValue = "TABLE",
            description = "How results are printed on stdout: table (default) or json.")
    OutputFormat output;

    @Option(scope = ScopeType.INHERIT, names = "--sandbox",
            description = "Start the embedded fake server on 127.0.0.1 and use the sandbox identity and certificate.")
    boolean sandbox;

    @Option(scope = ScopeType.INHERIT, names = "--journal", paramLabel = "JDBC_URL",
            description = "Payout journal database: jdbc:postgresql://HOST:5432/DB (several processes) or "
                    + "jdbc:h2:file:/PATH/journal (one process). Default: $" + EnvVars.JOURNAL + ", else an H2 file in $"
                    + EnvVars.HOME + " (default ~/" + Journals.HOME_DIRECTORY + "); with --sandbox, in memory. User from "
                    + "the URL or $" + EnvVars.JOURNAL_USER + ", password only from $" + EnvVars.JOURNAL_PASSWORD + ".")
    String journalUrl;

    @Option(scope = ScopeType.INHERIT, names = "--no-journal",
            description = "Keep no payout journal: nothing then prevents paying the same payment number twice.")
    boolean noJournal;

    @Option(scope = ScopeType.INHERIT, names = "--verbose",
            description = "Also show the libraries' log lines on stderr (info and above; $" + EnvVars.LOG_LEVEL
                    + "=debug shows more). Without it stderr holds only this tool's own messages.")
    boolean verbose;

    /** Caught only to refuse them: a secret typed as a flag value would end up in the shell history. */
    @Option(scope = ScopeType.INHERIT, names = {"--password", "--pin", "--key-password", "--cert-password", "--api-secret"}, hidden = true,
            paramLabel = "SECRET")
    String secretFlag;

    private final Terminal terminal;
    private Path uploadFile;
    private List<String> resendOptions = List.of();
    private Session session;
    private Api2Session api2Session;
    private Journals.Opened journal;

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
                    + EnvVars.PASSWORD + " or --password-file, " + EnvVars.PIN + ", " + EnvVars.KEY_PASSWORD + ", "
                    + EnvVars.API_SECRET + " or --api-secret-file");
        }
        if (api != 1 && api != 2) {
            throw new ParameterException(spec.commandLine(), "--api must be 1 or 2: " + api);
        }
    }

    /** Whether the commands talk to API2 ({@code --api 2}). */
    boolean api2() {
        return api == 2;
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

    /**
     * The connection every remote command uses; opened once, on first use, closed when the command ends. It submits
     * through the journal when the command opened one ({@link #journal()}) before.
     */
    Session session() {
        if (api2()) {
            throw new IllegalStateException("a v1 session under --api 2");
        }
        if (session == null) {
            session = Session.open(this, Optional.ofNullable(journal));
        }
        return session;
    }

    /** The API2 connection, as {@link #session()} for v1: opened once, after the journal when the command uses one. */
    Api2Session api2Session() {
        if (!api2()) {
            throw new IllegalStateException("an API2 session under --api 1");
        }
        if (api2Session == null) {
            api2Session = Api2Session.open(this, Optional.ofNullable(journal));
        }
        return api2Session;
    }

    /**
     * The payout journal, opened and checked on first use, only by the commands that need it (so that, say,
     * {@code rates} creates nothing in the home directory). Empty with {@code --no-journal}, after a warning.
     * Opened before the session, which then submits through it.
     */
    Optional<Journals.Opened> journal() {
        if (journalUrl != null && noJournal) {
            throw new BadInputException("give --journal or --no-journal, not both");
        }
        if (noJournal) {
            terminal.err().println("warning: --no-journal: nothing prevents paying twice (this upload is not recorded, "
                    + "and the same payment numbers may be sent again)");
            terminal.err().flush();
            return Optional.empty();
        }
        if (journal == null) {
            if (session != null || api2Session != null) {
                throw new IllegalStateException("the journal must be opened before the session");
            }
            journal = Journals.open(this, journalLogin());
        }
        return Optional.of(journal);
    }

    /** The journal for a command that is nothing without one ({@code journal list}, {@code journal recover}). */
    Journals.Opened requiredJournal(String command) {
        if (noJournal) {
            throw new BadInputException("'" + command + "' reads the payout journal: leave out --no-journal");
        }
        return journal().orElseThrow();
    }

    boolean journalOpened() {
        return journal != null;
    }

    /** The login the journal keys numbers by: the API login the session uses; under API2 "api2:" and the API key. */
    private String journalLogin() {
        if (api2()) {
            return Api2Session.JOURNAL_OWNER_PREFIX + Api2Session.apiKey(this);
        }
        return sandbox ? SandboxWiring.login() : login().orElseThrow(() ->
                new BadInputException("no login: give --login LOGIN or set " + EnvVars.LOGIN));
    }

    /**
     * Names the upload this command is about to make, so that a failure or a Ctrl-C before its answer can print the
     * commands that go on from there with the real file and options.
     *
     * @param resendOptions the options of {@code batch submit} that repeat this upload (no secret is ever one)
     */
    void uploading(Path file, List<String> resendOptions) {
        this.uploadFile = file;
        this.resendOptions = List.copyOf(resendOptions);
    }

    /** What exit 3 tells the operator to run: {@code journal recover} when the numbers stand in a journal that lasts. */
    Failures.Recovery recovery() {
        String today = Period.WIRE.format(Period.today(java.time.Clock.systemUTC()));
        String file = uploadFile != null ? Shell.quote(uploadFile.toString()) : "FILE";
        String byHand = api2() ? "capitalist" + connectionOptionsShown() + " payment status NUMBER"
                : "capitalist" + connectionOptionsShown() + " reconcile " + file + " --from " + today;
        if (journal == null || sandbox && journalUrl == null) {
            // no journal, or the sandbox's, gone with the command
            return Failures.Recovery.byHand(byHand, api2());
        }
        String resend = "capitalist" + globalOptionsShown() + " batch submit " + file
                + (uploadFile != null ? resendOptions.stream().map(Shell::quote).map(o -> " " + o).collect(Collectors.joining())
                : " ...") + " --skip-sent";
        return Failures.Recovery.journal("capitalist" + globalOptionsShown() + " journal recover"
                + (api2() ? "" : " --from " + today), resend, byHand);
    }

    /** The global options that choose the server, login and journal, as given on this command line. */
    String globalOptionsShown() {
        return connectionOptionsShown()
                + (journalUrl != null ? " --journal " + Shell.quote(Journals.redact(journalUrl.strip())) : "");
    }

    /**
     * The global options that reach the same server as this command line with the same login, as given (a value
     * taken from the environment is taken from it again); never a secret: files that hold secrets are named, not read.
     */
    String connectionOptionsShown() {
        StringBuilder shown = new StringBuilder();
        if (api2()) {
            shown.append(" --api 2");
        }
        if (sandbox) {
            shown.append(" --sandbox");
        }
        if (url != null) {
            shown.append(" --url ").append(Shell.quote(url));
        }
        if (login != null && !api2()) {
            shown.append(" --login ").append(Shell.quote(login));
        }
        if (passwordFile != null && !api2()) {
            shown.append(" --password-file ").append(Shell.quote(passwordFile.toString()));
        }
        if (apiSecretFile != null && api2()) {
            shown.append(" --api-secret-file ").append(Shell.quote(apiSecretFile.toString()));
        }
        if (plainPassword && !api2()) {
            shown.append(" --plain-password");
        }
        if (allowPlainPasswordOverHttp && !api2()) {
            shown.append(" --allow-plain-password-over-http");
        }
        if (wire == WireFormat.CSV && !api2()) {
            shown.append(" --wire csv");
        }
        if (language != null) {
            shown.append(" --language ").append(language.wire());
        }
        return shown.toString();
    }

    void close() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (api2Session != null) {
            api2Session.close();
            api2Session = null;
        }
        if (journal != null) {
            try {
                journal.close();
            } catch (RuntimeException e) {
                // the command's outcome is decided; a pool that fails to close changes nothing for the user
            }
            journal = null;
        }
    }
}
