package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.reliability.support.Answers;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.HostileClients;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON number such as {@code 1e999999999} is eleven bytes on the wire and a billion digits once written out or
 * brought to a currency's scale: it used to end a call (even right after a successful upload) in an
 * OutOfMemoryError. Every number of every answer is now bounded where it is read ({@link Money#MAX_DIGITS} digits
 * written out, Jackson's 1,000 characters per number token), and an answer that breaks the bound is unusable:
 * a {@link DecodingException} (exit 4), or for an upload {@link OutcomeUnknownException} (exit 3).
 */
class HugeNumbersTest {

    private static final Duration GUARD = Duration.ofSeconds(60);

    /** Hostile numbers as they stand in the JSON text: numbers, and the same as strings. */
    private static final List<String> HOSTILE = List.of("1e999999999", "-1e999999999", "1e-999999999", "1E+2147483647",
            "\"1e999999999\"", "9".repeat(1_000), "9".repeat(1_001), "0." + "0".repeat(997) + "1",
            "1" + "0".repeat(40), "\"" + "9".repeat(1_000_000) + "\"", "\"1." + "0".repeat(1_000_000) + "\"");

    /** Identifiers the server may send as numbers; as strings they are text, so a string there is no number. */
    private static final Set<String> IDENTIFIERS = Set.of("documentId", "documentNumber", "number", "id");

    /** A number of a sample answer: its field and where its token stands, [start, end), quotes included. */
    private record Span(String field, int start, int end) {
    }

    /**
     * Every number of a sample answer. Strings count when they have the shape of a decimal, except in get_token,
     * whose digit strings are hex (the key).
     */
    private static List<Span> numbers(Answers.Operation op) throws IOException {
        String json = op.json();
        List<Span> spans = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                boolean number = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
                if (number) {
                    spans.add(new Span(p.currentName(), start, start + p.getText().length()));
                } else if (token == JsonToken.VALUE_STRING && !op.name().equals("get_token")
                        && p.getText().matches("-?[0-9]+(\\.[0-9]+)?")) {
                    spans.add(new Span(p.currentName(), start, start + p.getText().length() + 2));
                }
            }
        }
        return spans;
    }

    @Test
    void everyNumberOfEveryOperationsJsonAnswerReplacedByAHugeOneIsADecodingFailure() {
        Map<String, Integer> checked = new TreeMap<>();
        assertTimeoutPreemptively(GUARD, () -> {
            for (Answers.Operation op : Answers.OPERATIONS) {
                String json = op.json();
                for (Span span : numbers(op)) {
                    for (String hostile : HOSTILE) {
                        String spoiled = json.substring(0, span.start()) + hostile + json.substring(span.end());
                        Throwable failure;
                        try {
                            failure = catchThrowable(() -> op.decoder().apply(ResponseFormat.JSON)
                                    .decode(spoiled.getBytes(StandardCharsets.UTF_8)));
                        } catch (Error e) {
                            throw new AssertionError(op.name() + " with " + shown(hostile) + " in " + span.field()
                                    + " ended in " + e, e);
                        }
                        String what = op.name() + " with " + shown(hostile) + " in " + span.field();
                        if (hostile.startsWith("\"") && IDENTIFIERS.contains(span.field())) {
                            assertThat(failure).as(what + " (an identifier as text)").isNull();
                        } else {
                            assertThat(failure).as(what).isInstanceOf(DecodingException.class);
                            assertThat(failure.getMessage().length()).as("length of the message").isLessThan(500);
                        }
                        checked.merge(op.name(), 1, Integer::sum);
                    }
                }
            }
        });
        System.out.println("huge numbers, answers checked per operation: " + checked);
        assertThat(checked).hasSize(Answers.OPERATIONS.size());
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(500);
    }

    @Test
    void theMessageNamesTheFieldAndTheBound() {
        String accounts = ServerKeys.accountsJson().replace("\"balance\":\"10.00\"", "\"balance\":1e999999999");
        String page = Answers.operation("get_batch_info").json().replace("\"amount\":\"10.00\"", "\"amount\":1e999999999");
        String csvAccounts = Answers.operation("get_accounts").csv().replace("R0100001;RUR;10.00", "R0100001;RUR;"
                + "1".repeat(1_000_000));

        assertThat(catchThrowable(() -> Answers.operation("get_accounts").decoder().apply(ResponseFormat.JSON)
                .decode(accounts.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(DecodingException.class)
                .hasMessage("get_accounts: the json answer could not be read: balance has more than 40 digits: '1E+999999999'");
        assertThat(catchThrowable(() -> Answers.operation("get_batch_info").decoder().apply(ResponseFormat.JSON)
                .decode(page.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(DecodingException.class)
                .hasMessage("get_batch_info: the json answer could not be read: amount has more than 40 digits: '1E+999999999'");
        assertThat(catchThrowable(() -> Answers.operation("get_accounts").decoder().apply(ResponseFormat.CSV)
                .decode(csvAccounts.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(DecodingException.class)
                .hasMessageStartingWith("get_accounts: the csv answer could not be read: balance on line 2 is not a decimal number: '1111");
        assertThat(Money.MAX_DIGITS).isEqualTo(40);
        // The key of get_token is hex text, not a number, but a million digits of it would cost hours of RSA.
        String token = Answers.operation("get_token").json().replace("\"10001\"", "\"" + "1".repeat(1_000_000) + "\"");
        assertThat(catchThrowable(() -> Answers.operation("get_token").decoder().apply(ResponseFormat.JSON)
                .decode(token.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(DecodingException.class)
                .hasMessage("get_token: the json answer could not be read: modulus and exponent must have at most 2048"
                        + " hex digits (an RSA key of 8192 bits)");
    }

    private static String receiptWith(String summary) {
        return "{\"id\":\"c1f56606-15a8-43ff-99ef-a2a63ddc819a\",\"summary\":{\"RUR\":" + summary + "},"
                + "\"fee\":{\"RUR\":\"0.00\"},\"nettoSummary\":{\"RUR\":\"10.00\"},\"errors\":[]}";
    }

    @Test
    void overHttpAHugeNumberIsADecodingFailureForAReadAndOutcomeUnknownForAnUpload() {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.enqueue("get_accounts", Answer.json(ServerKeys.accountsJson().replace("\"10.00\"", "1e999999999")))
                    .enqueue("get_batch_info", Answer.json(Answers.operation("get_batch_info").json()
                            .replace("\"amount\":\"5.00\"", "\"amount\":-1e999999999")))
                    .enqueue("import_batch_advanced", Answer.ok(receiptWith("1e999999999")));
            try (CapitalistHttpApi api = HostileClients.api(server, o -> o)) {
                assertThat(Stages.settle(api.getAccounts(), GUARD).failure()).isInstanceOf(DecodingException.class)
                        .hasMessageContaining("has more than 40 digits");
                assertThat(Stages.settle(api.getBatchInfo(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"),
                        BatchPageRequest.ofOffset(0, 100)), GUARD).failure()).isInstanceOf(DecodingException.class)
                        .hasMessageContaining("amount has more than 40 digits: '-1E+999999999'");

                Stages.Settled<?> upload = HostileClients.submit(api);
                assertThat(upload.failure()).isInstanceOf(OutcomeUnknownException.class)
                        .hasCauseInstanceOf(DecodingException.class);
                assertThat(upload.failure().getCause()).hasMessageContaining("summary.RUR has more than 40 digits");
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void theCliExitsWith4ForAnUnusableAnswerEvenRightAfterAnUploadAnd3ForAnUnreadableUpload() throws IOException {
        try (ScriptedServer server = ScriptedServer.start()) {
            String page = Answers.operation("get_batch_info").json().replace("\"amount\":\"10.00\"", "\"amount\":1e999999999");
            server.enqueue("get_accounts", Answer.json(ServerKeys.accountsJson().replace("\"10.00\"", "1e999999999")))
                    .enqueue("import_batch_advanced", Answer.ok(receiptWith("\"10.00\"")), Answer.ok(receiptWith("1e999999999")))
                    .byDefault("get_batch_info", Answer.json(page));
            Cli cli = HostileClients.cli();
            String file = HostileClients.payouts(dir).toString();

            Cli.Result accounts = cli.run(HostileClients.args(server, "accounts"));
            Cli.Result status = cli.run(HostileClients.args(server, "batch", "status", "c1f56606-15a8-43ff-99ef-a2a63ddc819a"));
            Cli.Result uploadThenWait = cli.run(HostileClients.args(server, "batch", "submit", file, "--verify", "pin",
                    "--wait", "--interval", "50ms"));
            Cli.Result unreadableUpload = cli.run(HostileClients.args(server, "batch", "submit", file, "--verify", "pin"));

            assertThat(accounts.code()).as(accounts.toString()).isEqualTo(4);
            assertThat(accounts.err()).contains("has more than 40 digits: '1E+999999999'");
            assertThat(status.code()).as(status.toString()).isEqualTo(4);
            assertThat(status.err()).contains("amount has more than 40 digits: '1E+999999999'");
            assertThat(uploadThenWait.code()).as(uploadThenWait.toString()).isEqualTo(4);
            assertThat(uploadThenWait.err()).contains("uploaded batch c1f56606-15a8-43ff-99ef-a2a63ddc819a")
                    .contains("amount has more than 40 digits");
            assertThat(unreadableUpload.code()).as(unreadableUpload.toString()).isEqualTo(3);
            assertThat(unreadableUpload.err()).contains("summary.RUR has more than 40 digits")
                    .contains("do NOT send the file again before checking");
            assertThat(server.count("import_batch_advanced")).isEqualTo(2);
        }
    }

    private static String shown(String hostile) {
        return hostile.length() > 30 ? hostile.substring(0, 30) + "…(" + hostile.length() + " chars)" : hostile;
    }
}
