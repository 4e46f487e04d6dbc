package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxAccount;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2SandboxConfig;
import io.capitalist4j.testkit.api2.Api2SandboxMain;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist sandbox}: the fake server in the foreground, for trying the CLI (or any client) across
 * several commands. The identity printed is the published, public sandbox identity — test credentials only.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = {"Run the fake Capitalist server in the foreground on 127.0.0.1 until Ctrl-C / SIGTERM.",
                "Prints its URL and the (public, test-only) sandbox identity; writes the sandbox key files with --keys-dir.",
                "With --api 2 (here or before 'sandbox'): the fake API2 server; prints its URL, API key, API secret and "
                        + "accounts; a payment stays PENDING for 1s, then is EXECUTED."})
final class SandboxCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "0", description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--keys-dir", paramLabel = "DIR",
            description = "Write the sandbox certificate key files (PEM, encrypted key file, public key) into DIR.")
    Path keysDir;

    @Option(names = "--step", paramLabel = "DURATION", defaultValue = "250ms",
            description = "Time a record stays in each state (NEW, READY, INPROCESS) (default: ${DEFAULT-VALUE}).")
    Duration step;

    @Option(names = "--legacy-formats",
            description = {"Also answer CSV and json-lite, as v1 servers did before 2025 (for old clients).",
                    "Without it the sandbox is JSON-only like the live server: a request without "
                            + "x-response-format: json gets code 4."})
    boolean legacyFormats;

    @Override
    public Integer call() throws InterruptedException {
        RootCommand root = RootCommand.of(spec);
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port must be 0 to 65535: " + port);
        }
        int which = root.api;
        if (which != 1 && which != 2) {
            throw new BadInputException("--api must be 1 or 2: " + which);
        }
        PrintWriter err = root.terminal().err();
        if (which == 2) {
            if (keysDir != null || legacyFormats) {
                throw new BadInputException("--keys-dir and --legacy-formats are for the v1 sandbox: API2 has no "
                        + "certificate and answers JSON only");
            }
            Api2SandboxConfig config = Api2SandboxMain.demoConfig();
            try (FakeApi2Server server = FakeApi2Server.start(config, port)) {
                root.output().print(new Api2Identity(server.uri(), config));
                err.println("sandbox running; stop it with Ctrl-C");
                err.flush();
                root.terminal().stop().await();
            }
            err.println("sandbox stopped");
            err.flush();
            return ExitCode.OK;
        }
        Optional<Path> keys = Optional.ofNullable(keysDir).map(SandboxIdentity::writeKeyFiles);
        try (FakeCapitalistServer server = SandboxWiring.start(port, step, legacyFormats)) {
            root.output().print(new Identity(server.uri(), keys, legacyFormats));
            err.println("sandbox running; stop it with Ctrl-C");
            err.flush();
            root.terminal().stop().await();
        }
        err.println("sandbox stopped");
        err.flush();
        return ExitCode.OK;
    }

    /** The API2 sandbox's URL and identity rows, as {@link Api2SandboxMain} prints them: public test values. */
    private static final class Api2Identity implements Report {
        private final URI url;
        private final Api2SandboxConfig config;

        Api2Identity(URI url, Api2SandboxConfig config) {
            this.url = url;
            this.config = config;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println("sandbox listening on " + url);
            Api2SandboxMain.identityRows(config).forEach(out::println);
            out.println("These are public test credentials for a fake Capitalist API2; never use them anywhere real.");
            out.println("try: CAPITALIST_API_KEY=" + config.apiKey() + " CAPITALIST_API_SECRET=" + config.apiSecret()
                    + " capitalist --api 2 --url " + url + " accounts");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode().put("url", url.toString()).put("api", 2)
                    .put("apiKey", config.apiKey()).put("apiSecret", config.apiSecret());
            ArrayNode accounts = node.putArray("accounts");
            for (io.capitalist4j.testkit.api2.Api2Account a : config.accounts()) {
                accounts.addObject().put("number", a.number()).put("currency", a.currency())
                        .put("openingBalance", a.openingBalance().toPlainString()).put("name", a.name());
            }
            return node;
        }
    }

    /** The URL and the sandbox identity: public test values, printed on purpose. */
    private static final class Identity implements Report {
        private final URI url;
        private final Optional<Path> keys;
        private final boolean legacyFormats;

        Identity(URI url, Optional<Path> keys, boolean legacyFormats) {
            this.url = url;
            this.keys = keys;
            this.legacyFormats = legacyFormats;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println("sandbox listening on " + url + (legacyFormats ? " (JSON, CSV and json-lite)" : " (JSON only)"));
            out.println();
            out.println("identity (public test values, never real ones):");
            TextTable identity = TextTable.of("WHAT", "VALUE")
                    .row("login", SandboxIdentity.LOGIN)
                    .row("password", SandboxIdentity.PASSWORD)
                    .row("PIN", SandboxIdentity.PIN)
                    .row("SMS code", SandboxIdentity.SMS_CODE)
                    .row("certificate password", SandboxIdentity.CERTIFICATE_PASSWORD);
            keys.ifPresent(dir -> identity
                    .row("certificate key (PEM)", dir.resolve(SandboxIdentity.PRIVATE_KEY_FILE))
                    .row("certificate key (encrypted)", dir.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE))
                    .row("certificate public key", dir.resolve(SandboxIdentity.PUBLIC_KEY_FILE)));
            identity.print(out);
            out.println();
            TextTable accounts = TextTable.of("ACCOUNT", "CURRENCY", "OPENING BALANCE", "NAME").right("OPENING BALANCE");
            for (SandboxAccount a : SandboxIdentity.accounts()) {
                accounts.row(a.number(), a.openingBalance().currency().code(), a.openingBalance().toWire(), a.name());
            }
            accounts.print(out);
            out.println();
            out.println("try: CAPITALIST_PASSWORD=" + SandboxIdentity.PASSWORD + " capitalist --url " + url + " --login "
                    + SandboxIdentity.LOGIN + " accounts");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode().put("url", url.toString()).put("legacyFormats", legacyFormats)
                    .put("login", SandboxIdentity.LOGIN)
                    .put("password", SandboxIdentity.PASSWORD).put("pin", SandboxIdentity.PIN)
                    .put("smsCode", SandboxIdentity.SMS_CODE)
                    .put("certificatePassword", SandboxIdentity.CERTIFICATE_PASSWORD);
            ArrayNode accounts = node.putArray("accounts");
            for (SandboxAccount a : SandboxIdentity.accounts()) {
                accounts.addObject().put("number", a.number().value()).put("currency", a.openingBalance().currency().code())
                        .put("openingBalance", a.openingBalance().toWire()).put("name", a.name());
            }
            keys.ifPresent(dir -> node.putObject("keyFiles")
                    .put("privateKeyPem", dir.resolve(SandboxIdentity.PRIVATE_KEY_FILE).toString())
                    .put("encryptedKeyFile", dir.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE).toString())
                    .put("publicKeyPem", dir.resolve(SandboxIdentity.PUBLIC_KEY_FILE).toString()));
            return node;
        }
    }
}
