package io.capitalist4j.reliability.support;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Clients of a hostile {@link ScriptedServer}: the library's HTTP API in plain-password mode (no get_token in the
 * way), the facade around it for uploads, and the CLI pointed at the same server.
 */
public final class HostileClients {

    public static final String LOGIN = "hostile-tester";
    public static final String PASSWORD = "hostile-password-4Rt9";
    public static final String PIN = "hostile-pin-7Qa2";

    private HostileClients() {
    }

    /** Defaults of {@link HttpOptions} except the server, plain password and no retries, then {@code tune}. */
    public static CapitalistHttpApi api(ScriptedServer server, UnaryOperator<HttpOptions.Builder> tune) {
        HttpOptions.Builder options = HttpOptions.builder().baseUrl(server.uri()).authMode(AuthMode.PLAIN).readRetries(0);
        return VertxHttp.create(tune.apply(options).build(), Credentials.of(LOGIN, Secret.of(PASSWORD)),
                BouncyCastleSigning.passwordCipher());
    }

    /** Submits a one-line batch (payment number {@code HOSTILE-1}) through the facade, PIN-verified. */
    public static Stages.Settled<SubmittedBatch> submit(CapitalistHttpApi api) {
        try (CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build()) {
            Batch batch = Batch.of(List.of(new CapitalistTransfer(AccountNumber.of("R0100002"),
                    Money.of("10.00", Currency.RUR), "HOSTILE-1", "Payout")));
            return Stages.settle(client.submit(SubmitBatchCommand.of(batch,
                    BouncyCastleSigning.pinVerification(Secret.of(PIN)))));
        }
    }

    /** The CLI with the password and PIN in its environment. */
    public static Cli cli() {
        return Cli.withEnv(Map.of("CAPITALIST_PASSWORD", PASSWORD, "CAPITALIST_PIN", PIN));
    }

    /** {@code --url <server> --login <login> --plain-password} followed by {@code command}. */
    public static String[] args(ScriptedServer server, String... command) {
        String[] head = {"--url", server.uri().toString(), "--login", LOGIN, "--plain-password"};
        String[] all = new String[head.length + command.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(command, 0, all, head.length, command.length);
        return all;
    }

    /** A one-line payout file for {@code batch submit}. */
    public static Path payouts(Path dir) throws IOException {
        return Files.writeString(dir.resolve("payouts.csv"), "CAPITALIST;R0100002;10.00;RUR;HOSTILE-1;Payout\n",
                StandardCharsets.UTF_8);
    }
}
