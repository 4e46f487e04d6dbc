package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
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

/**
 * Decoders for the answers of the v1 operations, one per operation and {@link ResponseFormat}, by name:
 * each is {@link WireOperation#decoder} of its operation. JSON and CSV are read for every operation;
 * json-lite (the CSV rows inside the JSON envelope) too, except for get_documents_history_ext, which the
 * server answers only in JSON. Decoders are stateless and thread-safe.
 */
public final class WireCodecs {

    private WireCodecs() {
    }

    /** get_token: the token and the RSA key for the password. */
    public static WireDecoder<TokenGrant> token(ResponseFormat format) {
        return WireOperation.GET_TOKEN.decoder(format);
    }

    /** import_batch_advanced. */
    public static WireDecoder<BatchReceipt> importBatch(ResponseFormat format) {
        return WireOperation.IMPORT_BATCH_ADVANCED.decoder(format);
    }

    /** process_batch. */
    public static WireDecoder<ConfirmationResult> processBatch(ResponseFormat format) {
        return WireOperation.PROCESS_BATCH.decoder(format);
    }

    /** get_batch_info. */
    public static WireDecoder<BatchPage> batchInfo(ResponseFormat format) {
        return WireOperation.GET_BATCH_INFO.decoder(format);
    }

    /** documents_search. */
    public static WireDecoder<List<FoundDocument>> documentsSearch(ResponseFormat format) {
        return WireOperation.DOCUMENTS_SEARCH.decoder(format);
    }

    /**
     * get_documents_history_ext. A CSV or json-lite answer is still read for its error code; a successful
     * one in those formats is a decoding failure.
     */
    public static WireDecoder<HistoryPage> history(ResponseFormat format) {
        return WireOperation.GET_DOCUMENTS_HISTORY_EXT.decoder(format);
    }

    /** get_accounts. */
    public static WireDecoder<AccountsOverview> accounts(ResponseFormat format) {
        return WireOperation.GET_ACCOUNTS.decoder(format);
    }

    /** is_verified_account. */
    public static WireDecoder<Boolean> verifiedAccount(ResponseFormat format) {
        return WireOperation.IS_VERIFIED_ACCOUNT.decoder(format);
    }

    /** currency_rates. */
    public static WireDecoder<CurrencyRates> currencyRates(ResponseFormat format) {
        return WireOperation.CURRENCY_RATES.decoder(format);
    }

    /** get_document_fee. */
    public static WireDecoder<FeeQuote> documentFee(ResponseFormat format) {
        return WireOperation.GET_DOCUMENT_FEE.decoder(format);
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
}
