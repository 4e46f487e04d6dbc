package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import static io.capitalist4j.adapter.csv.wire.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For every operation: the same value written as the server writes JSON (numbers as numbers and as
 * strings), CSV and json-lite decodes to that value again, in every format.
 */
class WireFormatsAgreePropertiesTest {

    private static final int EXAMPLES = 150;

    private static <T> void agree(Gen<T> values, Function<ResponseFormat, WireDecoder<T>> decoder,
                                  java.util.function.BiFunction<WireRender, T, JsonNode> json,
                                  java.util.function.BiFunction<WireRender, T, List<List<String>>> rows) {
        qt().withExamples(EXAMPLES).forAll(values, booleans().all()).checkAssert((value, numbersAsText) -> {
            WireRender render = new WireRender(numbersAsText);
            T fromJson = ok(decoder.apply(ResponseFormat.JSON).decode(WireRender.json(json.apply(render, value))));
            T fromCsv = ok(decoder.apply(ResponseFormat.CSV).decode(WireRender.csv(rows.apply(render, value))));
            T fromLite = ok(decoder.apply(ResponseFormat.JSON_LITE).decode(WireRender.jsonLite(rows.apply(render, value))));
            assertThat(fromJson).isEqualTo(value);
            assertThat(fromCsv).isEqualTo(fromJson);
            assertThat(fromLite).isEqualTo(fromJson);
        });
    }

    @Test
    void aTokenReadsTheSameInEveryFormat() {
        agree(WireGen.tokenGrant(), WireCodecs::token, WireRender::tokenJson, WireRender::tokenRows);
    }

    @Test
    void anUploadReceiptReadsTheSameInEveryFormat() {
        agree(WireGen.receipt(), WireCodecs::importBatch, WireRender::receiptJson, WireRender::receiptRows);
    }

    @Test
    void aConfirmationReadsTheSameInEveryFormat() {
        agree(WireGen.confirmation(), WireCodecs::processBatch, WireRender::confirmationJson, WireRender::confirmationRows);
    }

    @Test
    void aBatchPageReadsTheSameInEveryFormat() {
        agree(WireGen.batchPage(), WireCodecs::batchInfo, WireRender::batchPageJson, WireRender::batchPageRows);
    }

    @Test
    void foundDocumentsReadTheSameInEveryFormat() {
        agree(WireGen.listOf(WireGen.foundDocument(), 4), WireCodecs::documentsSearch, WireRender::documentsJson,
                WireRender::documentsRows);
    }

    @Test
    void accountsReadTheSameInEveryFormat() {
        agree(WireGen.accounts(), WireCodecs::accounts, WireRender::accountsJson, WireRender::accountsRows);
    }

    @Test
    void aVerificationCheckReadsTheSameInEveryFormat() {
        agree(booleans().all(), WireCodecs::verifiedAccount, WireRender::verifiedJson, WireRender::verifiedRows);
    }

    @Test
    void ratesReadTheSameInEveryFormat() {
        agree(WireGen.rates(), WireCodecs::currencyRates, WireRender::ratesJson, WireRender::ratesRows);
    }

    @Test
    void aFeeQuoteReadsTheSameInEveryFormat() {
        agree(WireGen.fee(), WireCodecs::documentFee, WireRender::feeJson, WireRender::feeRows);
    }

    @Test
    void aHistoryPageReadsBackFromJsonItsOnlyFormat() {
        qt().withExamples(EXAMPLES).forAll(WireGen.historyPage(), booleans().all()).checkAssert((page, numbersAsText) -> {
            byte[] body = WireRender.json(new WireRender(numbersAsText).historyJson(page));
            assertThat(ok(WireCodecs.history(ResponseFormat.JSON).decode(body))).isEqualTo(page);
        });
    }
}
