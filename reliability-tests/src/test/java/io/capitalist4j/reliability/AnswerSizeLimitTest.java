package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.reliability.support.Await;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.HostileClients;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer body is read up to {@code maxAnswerBytes} (32 MiB by default) and no further: an endless chunked body
 * or a {@code Content-Length} of 2 GiB sent a byte a second ends the call at once with "answer too large"
 * (a {@link DecodingException}: exit 4 in the CLI, outcome unknown for an upload), and the connection is reset
 * rather than read on. The request deadline is left at 60 s, so only the size bound can end these calls promptly.
 */
class AnswerSizeLimitTest {

    private static final Duration GUARD = Duration.ofSeconds(30);

    private ScriptedServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Answer endless() {
        return Answer.json(ServerKeys.accountsJson()).broken(WireFault.ENDLESS_CHUNKED);
    }

    private static Answer announcing2GiBThenTrickling() {
        return Answer.json(ServerKeys.accountsJson()).header("content-length", "2147483648").broken(WireFault.TRICKLE);
    }

    @Test
    void anEndlessChunkedAnswerEndsTheCallAtTheDefaultLimitAndTheConnectionIsReset() {
        server.enqueue("get_accounts", endless());
        try (CapitalistHttpApi api = HostileClients.api(server, o -> o)) {
            Stages.Settled<AccountsOverview> result = Stages.settle(api.getAccounts(), GUARD);

            assertThat(result.failure()).isInstanceOf(DecodingException.class)
                    .hasMessage("get_accounts: answer too large: more than " + HttpOptions.DEFAULT_MAX_ANSWER_BYTES
                            + " bytes (maxAnswerBytes); the request may have been processed");
            assertThat(Await.until(() -> server.openConnections() == 0, GUARD)).as("the client closed the connection")
                    .isTrue();
        }
        assertThat(HttpOptions.DEFAULT_MAX_ANSWER_BYTES).isEqualTo(32 * 1024 * 1024);
    }

    @Test
    void aContentLengthOf2GiBIsRefusedBeforeTheBodyTricklesIn() {
        server.enqueue("get_accounts", announcing2GiBThenTrickling());
        try (CapitalistHttpApi api = HostileClients.api(server, o -> o)) {
            Stages.Settled<AccountsOverview> result = Stages.settle(api.getAccounts(), GUARD);

            assertThat(result.failure()).isInstanceOf(DecodingException.class)
                    .hasMessage("get_accounts: answer too large: the server announced 2147483648 bytes, the limit is "
                            + HttpOptions.DEFAULT_MAX_ANSWER_BYTES + " (maxAnswerBytes)");
            assertThat(Await.until(() -> server.openConnections() == 0, GUARD)).as("the client closed the connection")
                    .isTrue();
        }
    }

    @Test
    void theLimitIsAnOptionThatTakesAnAnswerOfExactlyItsSizeAndRefusesOneByteMore() {
        byte[] body = ServerKeys.accountsJson().getBytes(StandardCharsets.UTF_8);
        server.enqueue("get_accounts", Answer.json(ServerKeys.accountsJson()), Answer.json(ServerKeys.accountsJson()),
                Answer.json(ServerKeys.accountsJson()).broken(WireFault.TRUNCATED_CHUNKED));
        try (CapitalistHttpApi exact = HostileClients.api(server, o -> o.maxAnswerBytes(body.length));
             CapitalistHttpApi smaller = HostileClients.api(server, o -> o.maxAnswerBytes(body.length - 1))) {
            assertThat(Stages.settle(exact.getAccounts(), GUARD).value().accounts()).hasSize(1);

            assertThat(Stages.settle(smaller.getAccounts(), GUARD).failure()).isInstanceOf(DecodingException.class)
                    .hasMessage("get_accounts: answer too large: the server announced " + body.length
                            + " bytes, the limit is " + (body.length - 1) + " (maxAnswerBytes)");
        }
        // Chunked, so nothing is announced: the body itself passes the limit (half the body is more than a quarter).
        try (CapitalistHttpApi quarter = HostileClients.api(server, o -> o.maxAnswerBytes(body.length / 4))) {
            assertThat(Stages.settle(quarter.getAccounts(), GUARD).failure()).isInstanceOf(DecodingException.class)
                    .hasMessage("get_accounts: answer too large: more than " + body.length / 4
                            + " bytes (maxAnswerBytes); the request may have been processed");
        }
    }

    @Test
    void anUploadAnsweredWithAnEndlessBodyIsOutcomeUnknownNotARefusal() {
        server.enqueue("import_batch_advanced", endless());
        try (CapitalistHttpApi api = HostileClients.api(server, o -> o)) {
            Stages.Settled<?> result = HostileClients.submit(api);

            assertThat(result.failure()).isInstanceOf(OutcomeUnknownException.class)
                    .hasCauseInstanceOf(DecodingException.class);
            assertThat(((OutcomeUnknownException) result.failure()).paymentNumbers()).containsExactly("HOSTILE-1");
            assertThat(result.failure().getCause()).hasMessageContaining("answer too large");
        }
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
    }

    @Test
    void theCliExitsWith4AndSaysAnswerTooLargeForBothHostileAnswers() {
        server.enqueue("get_accounts", endless(), announcing2GiBThenTrickling());
        Cli cli = HostileClients.cli();

        Cli.Result endless = cli.run(HostileClients.args(server, "accounts"));
        Cli.Result announced = cli.run(HostileClients.args(server, "accounts"));

        assertThat(endless.code()).as(endless.toString()).isEqualTo(4);
        assertThat(endless.err()).contains("error: get_accounts: answer too large: more than 33554432 bytes");
        assertThat(announced.code()).as(announced.toString()).isEqualTo(4);
        assertThat(announced.err()).contains("error: get_accounts: answer too large: the server announced 2147483648 bytes");
    }

    @Test
    void theCliReportsAnUploadWithAnEndlessAnswerAsOutcomeUnknownWithExit3() throws IOException {
        server.enqueue("import_batch_advanced", endless());

        Cli.Result run = HostileClients.cli().run(HostileClients.args(server, "batch", "submit", HostileClients.payouts(dir).toString(),
                "--verify", "pin"));

        assertThat(run.code()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains("answer too large").contains("do NOT send the file again before checking");
        assertThat(server.count("import_batch_advanced")).isEqualTo(1);
    }
}
