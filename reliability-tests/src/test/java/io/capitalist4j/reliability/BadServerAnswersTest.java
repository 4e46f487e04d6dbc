package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.WireResult;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.CapitalistException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.reliability.support.Answers;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Whatever a server answers (truncated, mislabelled, wrongly typed, unknown codes, {@code data} as an array or
 * an object, garbage, a stalled or dropped connection), the client ends every call with a value or with an
 * exception of the {@link CapitalistException} catalogue, and never hangs. The codecs are checked directly
 * with many examples, the full client over HTTP with fewer.
 */
class BadServerAnswersTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    private static final List<ResponseFormat> FORMATS = List.of(ResponseFormat.JSON, ResponseFormat.CSV, ResponseFormat.JSON_LITE);

    // ---------------------------------------------------------------- the codecs

    /** Decodes and checks that the outcome is one of the documented three; returns which. */
    private static String decodeChecked(Answers.Operation operation, ResponseFormat format, byte[] body) {
        try {
            WireResult<?> result = operation.decoder().apply(format).decode(body);
            if (result instanceof WireResult.Ok) {
                assertThat(((WireResult.Ok<?>) result).value()).as("%s decoded as %s", operation.name(), format)
                        .isInstanceOf(operation.valueType());
                return "value";
            }
            assertThat(((WireResult.Failed<?>) result).error().code()).as("a failed answer has a non-zero code").isNotZero();
            return "api error";
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.getMessage().length()).as("length of the decoding message").isLessThan(2_000);
            return "decoding";
        } catch (RuntimeException unexpected) {
            throw new AssertionError(operation.name() + " decoded as " + format + " threw " + unexpected + " for "
                    + new String(body, StandardCharsets.UTF_8).substring(0, Math.min(body.length, 300)), unexpected);
        }
    }

    @Test
    void theSampleAnswersAreValidSoThatEveryMutationStartsFromAGoodAnswer() {
        for (Answers.Operation op : Answers.OPERATIONS) {
            assertThat(decodeChecked(op, ResponseFormat.JSON, op.json().getBytes(StandardCharsets.UTF_8)))
                    .as(op.name() + " JSON").isEqualTo("value");
            if (op.csv() != null) {
                assertThat(decodeChecked(op, ResponseFormat.CSV, op.csv().getBytes(StandardCharsets.UTF_8)))
                        .as(op.name() + " CSV").isEqualTo("value");
            }
        }
    }

    @Test
    void decodesEveryWrongTypeAndEveryMissingKeyAtEveryNodeOfEveryJsonAnswerToADocumentedOutcome() {
        int checked = 0;
        for (Answers.Operation op : Answers.OPERATIONS) {
            int nodes = Answers.nodes(Answers.operation(op.name()).jsonTree()).size() - 1;
            for (int node = 0; node < nodes; node++) {
                List<JsonNode> replacements = new ArrayList<>(Answers.WRONG_VALUES);
                replacements.add(null);
                for (JsonNode replacement : replacements) {
                    String spoiled = Answers.replaceNode(op.json(), node, replacement);
                    for (ResponseFormat format : FORMATS) {
                        decodeChecked(op, format, spoiled.getBytes(StandardCharsets.UTF_8));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("answers checked").isGreaterThan(5_000);
    }

    @Test
    void decodesEveryGeneratedMutationOfEveryAnswerInEveryFormatToADocumentedOutcome() {
        assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(8_2001L).withExamples(6_000)
                .forAll(Generate.range(0, Answers.OPERATIONS.size() * 2 * FORMATS.size() - 1), Generate.range(0, 11),
                        Generate.range(0, 100_000), strings().allPossible().ofLengthBetween(0, 10))
                .checkAssert((pick, kind, position, insert) -> {
                    Answers.Operation op = Answers.OPERATIONS.get(pick % Answers.OPERATIONS.size());
                    boolean csvBody = (pick / Answers.OPERATIONS.size()) % 2 == 1 && op.csv() != null;
                    ResponseFormat format = FORMATS.get(pick / (Answers.OPERATIONS.size() * 2));
                    decodeChecked(op, format, Answers.spoilBytes(csvBody ? op.csv() : op.json(), kind, position, insert));
                }));
    }

    /** Proves the bound added to {@code FormatDecoder}: domain checks quote the bad value in full. */
    @Test
    void keepsTheDecodingMessageShortWhenTheServerSendsAHugeValue() {
        String huge = "9".repeat(100_000);
        for (String operation : List.of("import_batch_advanced", "process_batch", "get_batch_info")) {
            String body = Answers.operation(operation).json().replace("c1f56606-15a8-43ff-99ef-a2a63ddc819a", huge);
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Answers.operation(operation).decoder()
                    .apply(ResponseFormat.JSON).decode(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(failure).as(operation).isInstanceOf(DecodingException.class);
            assertThat(failure.getMessage().length()).as("length of the %s message", operation).isLessThan(500);
            assertThat(failure.getMessage()).contains("batch id");
        }
    }

    @Test
    void keepsEveryUnknownCodeWithAnyShapeOfDataAsAnApiError() {
        List<String> codes = List.of("3", "113", "999", "65535", "2147483647");
        List<String> datas = new ArrayList<>(List.of("[]", "{}", "null", "\"text\"", "[[1,\"x\"]]", "0"));
        datas.add(null);
        for (Answers.Operation op : Answers.OPERATIONS) {
            for (String code : codes) {
                for (String data : datas) {
                    byte[] json = Answers.envelope(code, "\"bad words\"", data).getBytes(StandardCharsets.UTF_8);
                    WireResult<?> result = op.decoder().apply(ResponseFormat.JSON).decode(json);
                    assertThat(result).as("%s code %s data %s", op.name(), code, data).isInstanceOf(WireResult.Failed.class);
                    assertThat(((WireResult.Failed<?>) result).error().code()).isEqualTo(Integer.parseInt(code));
                }
                if (op.csv() != null) {
                    WireResult<?> csv = op.decoder().apply(ResponseFormat.CSV)
                            .decode((code + ";bad words\nmore").getBytes(StandardCharsets.UTF_8));
                    assertThat(((WireResult.Failed<?>) csv).error().code()).isEqualTo(Integer.parseInt(code));
                }
            }
            // Nonsense where the code belongs is unreadable, not a success.
            for (String code : List.of("\"abc\"", "1.5", "-3", "1e99", "null", "[]", "{}", "99999999999999999999")) {
                byte[] json = Answers.envelope(code, "\"m\"", "[]").getBytes(StandardCharsets.UTF_8);
                assertThat(decodeChecked(op, ResponseFormat.JSON, json)).as("%s code %s", op.name(), code).isNotEqualTo("value");
            }
        }
    }

    // ---------------------------------------------------------------- the whole client over HTTP

    private static Vertx vertx;
    private static final AtomicReference<Answer> NEXT = new AtomicReference<>();
    private static ScriptedServer server;

    @BeforeAll
    static void startServer() {
        vertx = Vertx.vertx();
        server = ScriptedServer.start().byDefault(request -> {
            if (request.operation().equals("get_token") && !request.field("login").orElse("").equals("spoil-token")) {
                return Answer.json(Answers.operation("get_token").json());
            }
            Answer next = NEXT.get();
            return next != null ? next : Answer.json(Answers.operation(request.operation()).json());
        });
    }

    @AfterAll
    static void stopServer() {
        server.close();
        vertx.close();
    }

    /** A short request timeout where the server is told never to answer, so that the hang case stays quick. */
    private static Duration timeout = Duration.ofSeconds(10);

    private static CapitalistHttpApi client(AuthMode mode, String login) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).vertx(vertx).authMode(mode).readRetries(0)
                        .requestTimeout(timeout).idleTimeout(timeout).build(),
                Credentials.of(login, Secret.of("answers-password")), BouncyCastleSigning.passwordCipher());
    }

    private static final BatchId BATCH = BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a");
    private static final Period PERIOD = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));

    /** The client call that sends each operation (get_token and uploads are handled apart). */
    private static final Map<String, Function<CapitalistHttpApi, CompletionStage<?>>> READS = Map.of(
            "process_batch", api -> api.processBatch(BATCH, Secret.of("123456")),
            "get_batch_info", api -> api.getBatchInfo(BATCH, BatchPageRequest.ofOffset(0, 100)),
            "documents_search", api -> api.searchDocuments(new DocumentSearch(PERIOD, Optional.of("PAY-1"))),
            "get_documents_history_ext", api -> api.getHistory(HistoryQuery.all()),
            "get_accounts", CapitalistHttpApi::getAccounts,
            "is_verified_account", api -> api.isVerifiedAccount(AccountNumber.of("R0100001")),
            "currency_rates", CapitalistHttpApi::getCurrencyRates,
            "get_document_fee", api -> api.getDocumentFee(FeeQuery.of(DocumentType.RUCARD, AccountNumber.of("R0100001"),
                    new BigDecimal("100.00"))));

    /** Sends one call of {@code operation} and checks how it ended; returns the outcome's name. */
    private static String callChecked(String operation, Answer answer) {
        NEXT.set(answer);
        timeout = answer.fault().equals(Optional.of(WireFault.NO_ANSWER)) ? Duration.ofMillis(200) : Duration.ofSeconds(10);
        try {
            if (operation.equals("get_token")) {
                try (CapitalistHttpApi api = client(AuthMode.TOKEN, "spoil-token")) {
                    return readOutcome(operation, answer, Stages.settle(api.getAccounts()));
                }
            }
            if (operation.equals("import_batch_advanced")) {
                try (CapitalistHttpApi api = client(AuthMode.PLAIN, "answers");
                     CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build()) {
                    Batch batch = Batch.of(List.of(new CapitalistTransfer(AccountNumber.of("R0100002"),
                            Money.of("10.00", Currency.RUR), "PAY-1", "Payout")));
                    Stages.Settled<?> result = Stages.settle(client.submit(
                            SubmitBatchCommand.of(batch, BouncyCastleSigning.mobileVerification())));
                    return uploadOutcome(answer, result);
                }
            }
            try (CapitalistHttpApi api = client(AuthMode.PLAIN, "answers")) {
                return readOutcome(operation, answer, Stages.settle(READS.get(operation).apply(api)));
            }
        } finally {
            NEXT.set(null);
        }
    }

    private static String readOutcome(String operation, Answer answer, Stages.Settled<?> result) {
        if (result.succeeded()) {
            // a spoiled get_token answer is seen through the call it was made for
            Class<?> expected = operation.equals("get_token") ? AccountsOverview.class
                    : Answers.operation(operation).valueType();
            assertThat(result.value()).as("%s answered %s", operation, answer).isInstanceOf(expected);
            return "value";
        }
        assertThat(result.failure()).as("%s answered %s", operation, answer)
                .isInstanceOf(CapitalistException.class).isNotInstanceOf(OutcomeUnknownException.class);
        assertThat(result.failure().getMessage()).isNotBlank();
        return result.failure().getClass().getSimpleName();
    }

    /** An upload ends in a receipt, a refusal, or "outcome unknown": never in a bare decoding failure. */
    private static String uploadOutcome(Answer answer, Stages.Settled<?> result) {
        if (result.succeeded()) {
            assertThat(result.value()).as("upload answered %s", answer).isInstanceOf(SubmittedBatch.class);
            return "value";
        }
        Throwable failure = result.failure();
        assertThat(failure).as("upload answered %s", answer).isInstanceOfAny(ApiException.class,
                OutcomeUnknownException.class, HttpStatusException.class, TransportException.class);
        if (failure instanceof HttpStatusException) {
            assertThat(((HttpStatusException) failure).status()).isLessThan(500);
        }
        if (failure instanceof TransportException) {
            assertThat(((TransportException) failure).mayHaveReachedServer()).isFalse();
        }
        return failure.getClass().getSimpleName();
    }

    /** Status, body and, unless empty, the format the answer claims. */
    private static Answer answer(int status, String formatHeader, byte[] body) {
        Answer answer = Answer.of(status, body);
        return formatHeader.isEmpty() ? answer : answer.header(Answer.FORMAT_HEADER, formatHeader);
    }

    private static final List<String> HTTP_OPERATIONS = List.of("get_token", "import_batch_advanced", "process_batch",
            "get_batch_info", "documents_search", "get_documents_history_ext", "get_accounts", "is_verified_account",
            "currency_rates", "get_document_fee");

    @Test
    void endsEveryClientCallWithAValueOrACatalogueExceptionWhateverTheServerAnswers() {
        Map<String, AtomicInteger> outcomes = new java.util.TreeMap<>();
        assertTimeoutPreemptively(HANG_GUARD, () -> qt().withFixedSeed(8_2002L).withExamples(300)
                .forAll(Generate.range(0, HTTP_OPERATIONS.size() - 1), Generate.range(0, 17),
                        Generate.range(0, 100_000), strings().allPossible().ofLengthBetween(0, 6))
                .checkAssert((pick, kind, position, insert) -> {
                    String operation = HTTP_OPERATIONS.get(pick);
                    Answers.Operation op = Answers.operation(operation);
                    boolean csvBody = position % 2 == 1 && op.csv() != null;
                    String body = csvBody ? op.csv() : op.json();
                    String header = List.of("json", "csv", "json-lite", "", "xml").get(position % 5);
                    Answer answer;
                    if (kind <= 11) {
                        answer = answer(200, header, Answers.spoilBytes(body, kind, position, insert));
                    } else if (kind == 12) {
                        answer = answer(200, header, body.getBytes(StandardCharsets.UTF_8))
                                .broken(List.of(WireFault.TRUNCATED_BODY, WireFault.TRUNCATED_CHUNKED,
                                        WireFault.MALFORMED_CHUNK).get(position % 3));
                    } else if (kind == 13) {
                        answer = Answer.fault(position % 2 == 0 ? WireFault.CLOSE : WireFault.RESET);
                    } else if (kind == 14) {
                        answer = answer(List.of(500, 502, 503, 404, 400, 302, 204).get(position % 7), header,
                                body.getBytes(StandardCharsets.UTF_8));
                    } else if (kind == 15) {
                        answer = answer(200, header, Answers.replaceNode(op.json(), position,
                                Answers.WRONG_VALUES.get(position % Answers.WRONG_VALUES.size())).getBytes(StandardCharsets.UTF_8));
                    } else if (kind == 16) {
                        answer = Answer.json(Answers.envelope(Integer.toString(3 + position % 60_000), "\"unknown\"",
                                List.of("[]", "{}", "null").get(position % 3)));
                    } else {
                        answer = position % 4 == 0
                                ? Answer.fault(WireFault.NO_ANSWER)
                                : Answer.json(Answers.envelope("0", "\"\"", List.of("[]", "{}", "[[0,\"OK\"]]").get(position % 3)));
                    }
                    outcomes.computeIfAbsent(operation + " -> " + callChecked(operation, answer), k -> new AtomicInteger())
                            .incrementAndGet();
                }));
        System.out.println("bad-server-answers over HTTP: " + outcomes);
        assertThat(outcomes.keySet()).as("outcomes seen").anyMatch(k -> k.endsWith("DecodingException"))
                .anyMatch(k -> k.endsWith("OutcomeUnknownException")).anyMatch(k -> k.endsWith("RequestTimeoutException"));
    }

    @Test
    void answersUnknownCodesOfEveryOperationWithTheCodeKept() {
        for (String operation : HTTP_OPERATIONS) {
            if (operation.equals("import_batch_advanced")) {
                continue; // a refusal of an upload is checked below
            }
            Answer answer = Answer.json(Answers.envelope("114", "\"bad words\"", "[]"));
            NEXT.set(answer);
            try (CapitalistHttpApi api = operation.equals("get_token") ? client(AuthMode.TOKEN, "spoil-token")
                    : client(AuthMode.PLAIN, "answers")) {
                CompletionStage<?> call = operation.equals("get_token") ? api.getAccounts() : READS.get(operation).apply(api);
                Stages.Settled<?> result = Stages.settle(call);
                assertThat(result.failure()).as(operation).isInstanceOf(RemoteErrorException.class);
                assertThat(((ApiException) result.failure()).code()).isEqualTo(114);
            } finally {
                NEXT.set(null);
            }
        }
        assertThat(callChecked("import_batch_advanced", Answer.json(Answers.envelope("114", "\"bad words\"", "[]"))))
                .isEqualTo("RemoteErrorException");
    }

    @Test
    void endsAStalledAnswerWithATimeoutRatherThanWaitingForever() {
        for (String operation : HTTP_OPERATIONS) {
            String outcome = callChecked(operation, Answer.fault(WireFault.NO_ANSWER));
            assertThat(outcome).as(operation).isEqualTo(operation.equals("import_batch_advanced")
                    ? "OutcomeUnknownException" : RequestTimeoutException.class.getSimpleName());
        }
    }
}
