package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import static io.capitalist4j.adapter.csv.wire.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.capitalist4j.domain.error.DecodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WireMalformedInputTest {

    /** Every decoder of every operation in every format. */
    private static final List<Function<ResponseFormat, WireDecoder<?>>> ALL = List.of(
            WireCodecs::token, WireCodecs::importBatch, WireCodecs::processBatch, WireCodecs::batchInfo,
            WireCodecs::documentsSearch, WireCodecs::history, WireCodecs::accounts, WireCodecs::verifiedAccount,
            WireCodecs::currencyRates, WireCodecs::documentFee, f -> WireCodecs.envelope("any_operation", f));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rejectsAnEmptyBodyInEveryFormatAsADecodingFailure() {
        for (Function<ResponseFormat, WireDecoder<?>> decoder : ALL) {
            for (ResponseFormat format : ResponseFormat.values()) {
                assertThatThrownBy(() -> decoder.apply(format).decode(new byte[0]))
                        .isInstanceOf(DecodingException.class).hasMessageContaining("empty");
            }
        }
    }

    @Test
    void rejectsTruncatedJsonNamingTheOperationAndNotQuotingTheToken() {
        byte[] whole = bytes("get_token.json");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> WireCodecs.token(ResponseFormat.JSON).decode(truncated))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("get_token")
                .hasMessageContaining("malformed JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("35E9F07B"))
                .satisfies(e -> assertThat(((DecodingException) e).operation()).isEqualTo("get_token"));
    }

    @Test
    void rejectsAnAnswerWithoutAResultCode() {
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.JSON)
                .decode(utf8("{\"message\":\"\",\"data\":{\"fee\":\"1.00\",\"currency\":\"USD\",\"amount\":\"2.00\"}}")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("no result code");
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.CSV).decode(utf8("OK;40.00;USD;100.00")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("result code");
    }

    @Test
    void rejectsAmountsOfTheWrongType() {
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.JSON)
                .decode(utf8("{\"code\":0,\"message\":\"\",\"data\":{\"fee\":{},\"currency\":\"USD\",\"amount\":\"2.00\"}}")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("fee must be a number");
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.JSON)
                .decode(utf8("{\"code\":0,\"message\":\"\",\"data\":{\"fee\":\"1,00\",\"currency\":\"USD\",\"amount\":\"2.00\"}}")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("fee is not a decimal number");
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.CSV).decode(utf8("0;1e3;USD;100.00")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("fee on line 1");
    }

    @Test
    void rejectsASuccessWhoseDataIsAnEmptyListWhereAnObjectBelongs() {
        assertThatThrownBy(() -> WireCodecs.accounts(ResponseFormat.JSON).decode(bytes("empty-success.json")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("data must be an object");
    }

    @Test
    void rejectsCsvLinesWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> WireCodecs.batchInfo(ResponseFormat.CSV)
                .decode(utf8("0;c1f56606;0;100;1;1;0\n1;9999;R0000000;10.00;RUR;Payout;PROCESSED\n")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("line 2 (batch record) has 7 fields");
    }

    @Test
    void rejectsABodyThatIsNotUtf8() {
        byte[] latin1 = "0;1;Für;2".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.CSV).decode(latin1))
                .isInstanceOf(DecodingException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void rejectsAQuotedFieldWithoutItsClosingQuote() {
        assertThatThrownBy(() -> WireCodecs.accounts(ResponseFormat.CSV)
                .decode(utf8("0;1;1;1.00;0;0.00;0;0.00\n\"Test API account;R0100415;RUR;1.00;0.00\n")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("closing quote");
    }

    @Test
    void keepsARecordStateOutsideTheFiveDocumentedOnesAsItCame() {
        io.capitalist4j.domain.batch.BatchRecord record = Fixtures.ok(WireCodecs.batchInfo(ResponseFormat.CSV)
                .decode(utf8("0;c1f56606;0;100;1;1;0\n1;9999;R0000000;10.00;RUR;Payout;1;LOST;CAPITALIST;\n")))
                .records().get(0);
        assertThat(record.state()).isEqualTo(io.capitalist4j.domain.batch.RecordState.UNKNOWN);
        assertThat(record.rawState()).isEqualTo("LOST");
        assertThat(record.isFinal()).isFalse();
        assertThat(record.problem()).isEmpty();
    }

    @Test
    void rejectsASuccessfulHistoryAnswerInCsvButReadsItsErrors() {
        assertThatThrownBy(() -> WireCodecs.history(ResponseFormat.CSV).decode(utf8("0;\n")))
                .isInstanceOf(DecodingException.class).hasMessageContaining("only in JSON");
        assertThat(WireCodecs.history(ResponseFormat.CSV).decode(utf8("202;Wrong request params")))
                .isInstanceOf(WireResult.Failed.class);
    }

    @Test
    void rejectsTrailingGarbageAfterTheJsonObject() {
        assertThatThrownBy(() -> WireCodecs.verifiedAccount(ResponseFormat.JSON)
                .decode(utf8("{\"code\":0,\"message\":\"\",\"data\":{\"verified\":true}} <html>")))
                .isInstanceOf(DecodingException.class);
    }

    @Test
    void rejectsAnAmbiguousJsonObjectWithADuplicateKey() {
        assertThatThrownBy(() -> WireCodecs.documentFee(ResponseFormat.JSON)
                .decode(utf8("{\"code\":0,\"message\":\"\",\"data\":{\"fee\":\"1.00\",\"fee\":\"9.00\",\"currency\":\"USD\",\"amount\":\"2.00\"}}")))
                .isInstanceOf(DecodingException.class);
    }

    @Test
    void neverFailsWithAnythingButADecodingExceptionOnArbitraryBytes() {
        qt().withExamples(200).forAll(lists().of(integers().between(-128, 127)).ofSizeBetween(0, 60))
                .checkAssert(values -> {
                    byte[] body = new byte[values.size()];
                    for (int i = 0; i < body.length; i++) {
                        body[i] = values.get(i).byteValue();
                    }
                    assertOnlyDecodingFailures(body);
                });
    }

    @Test
    void neverFailsWithAnythingButADecodingExceptionOnEveryTruncationOfEveryFixture() {
        for (String fixture : List.of("get_token.json", "get_batch_info.json", "get_batch_info.csv",
                "documents_search.json", "documents_search.csv", "get_documents_history_ext.json",
                "get_accounts.json", "get_accounts.csv", "currency_rates.json", "import_batch_advanced.json",
                "import_batch_advanced.csv", "get_batch_info.json-lite")) {
            byte[] whole = bytes(fixture);
            for (int cut = 0; cut < 40; cut++) {
                assertOnlyDecodingFailures(Arrays.copyOf(whole, whole.length * cut / 40));
            }
        }
    }

    private static void assertOnlyDecodingFailures(byte[] body) {
        for (Function<ResponseFormat, WireDecoder<?>> decoder : ALL) {
            for (ResponseFormat format : ResponseFormat.values()) {
                try {
                    if (decoder.apply(format).decode(body) == null) {
                        throw new AssertionError("a decoder answered null");
                    }
                } catch (DecodingException expected) {
                    if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                        throw new AssertionError("a decoding failure without a message", expected);
                    }
                }
            }
        }
    }
}
