package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decoders for the answers of the v1 operations, one per operation and {@link ResponseFormat}. JSON and
 * CSV are read for every operation; json-lite (the CSV rows inside the JSON envelope) too, except for
 * get_documents_history_ext, which the server answers only in JSON. Decoders are stateless and
 * thread-safe.
 */
public final class WireCodecs {

    private WireCodecs() {
    }

    /** get_token: the token and the RSA key for the password. */
    public static WireDecoder<TokenGrant> token(ResponseFormat format) {
        return of(WireOperation.GET_TOKEN, format, TokenCodec::fromJson, TokenCodec::fromRows);
    }

    /** import_batch_advanced. */
    public static WireDecoder<BatchReceipt> importBatch(ResponseFormat format) {
        return of(WireOperation.IMPORT_BATCH_ADVANCED, format, ReceiptCodec::fromJson,
                ReceiptCodec::fromRows);
    }

    /** process_batch. */
    public static WireDecoder<ConfirmationResult> processBatch(ResponseFormat format) {
        return of(WireOperation.PROCESS_BATCH, format, ConfirmationCodec::fromJson,
                ConfirmationCodec::fromRows);
    }

    /** get_batch_info. */
    public static WireDecoder<BatchPage> batchInfo(ResponseFormat format) {
        return new FormatDecoder<>(WireOperation.GET_BATCH_INFO.wireName(), format,
                root -> BatchPageCodec.fromJson(root.get("data")), BatchPageCodec::fromRows, BatchPageStream.INSTANCE);
    }

    /** documents_search. */
    public static WireDecoder<List<FoundDocument>> documentsSearch(ResponseFormat format) {
        return of(WireOperation.DOCUMENTS_SEARCH, format, DocumentsCodec::fromJson,
                DocumentsCodec::fromRows);
    }

    /**
     * get_documents_history_ext. A CSV or json-lite answer is still read for its error code; a successful
     * one in those formats is a decoding failure.
     */
    public static WireDecoder<HistoryPage> history(ResponseFormat format) {
        return of(WireOperation.GET_DOCUMENTS_HISTORY_EXT, format, HistoryCodec::fromJson, null);
    }

    /** get_accounts. */
    public static WireDecoder<AccountsOverview> accounts(ResponseFormat format) {
        return of(WireOperation.GET_ACCOUNTS, format, AccountsCodec::fromJson, AccountsCodec::fromRows);
    }

    /** is_verified_account. */
    public static WireDecoder<Boolean> verifiedAccount(ResponseFormat format) {
        return of(WireOperation.IS_VERIFIED_ACCOUNT, format, VerifiedAccountCodec::fromJson,
                VerifiedAccountCodec::fromRows);
    }

    /** currency_rates. */
    public static WireDecoder<CurrencyRates> currencyRates(ResponseFormat format) {
        return of(WireOperation.CURRENCY_RATES, format, RatesCodec::fromJson, RatesCodec::fromRows);
    }

    /** get_document_fee. */
    public static WireDecoder<FeeQuote> documentFee(ResponseFormat format) {
        return of(WireOperation.GET_DOCUMENT_FEE, format, FeeCodec::fromJson, FeeCodec::fromRows);
    }

    /**
     * The bare envelope of any operation: the result code and message, ignoring the payload. Success
     * carries the message ({@code ""} or {@code "OK"}; for CSV the text after {@code 0;}).
     */
    public static WireDecoder<String> envelope(String operation, ResponseFormat format) {
        Objects.requireNonNull(operation, "operation");
        return new FormatDecoder<>(operation, format, root -> Json.textOrEmpty(root, "message"),
                rows -> rows.get(0).optText(1).orElse(""));
    }

    private static <T> WireDecoder<T> of(WireOperation operation, ResponseFormat format, Function<JsonNode, T> fromData,
                                         Function<List<Row>, T> fromRows) {
        return new FormatDecoder<>(operation.wireName(), format, root -> fromData.apply(root.get("data")), fromRows);
    }
}
