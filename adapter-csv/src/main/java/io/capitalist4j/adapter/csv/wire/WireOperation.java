package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.account.CashInRequisites;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.api.RawAnswer;
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
import java.util.regex.Pattern;

/**
 * The v1 operations this library speaks: the table of each operation's name, its rules and how its answer
 * is read. A transport calls any of them the same way and asks the operation, never its own list, whether
 * a failed attempt may be repeated or a refused token renewed.
 *
 * <p>Adding an operation is one constant here (and its codec): see docs/extending-operation.md.
 *
 * @param <T> the domain value a successful answer carries
 */
public final class WireOperation<T> {

    /** get_token: no token of its own to refuse; a read, so repeated after a transport failure. */
    public static final WireOperation<TokenGrant> GET_TOKEN =
            new WireOperation<>("get_token", Rules.TOKEN_FETCH, TokenCodec::fromJson, TokenCodec::fromRows);
    /** import_batch_advanced: an upload that may have reached the server is never sent again. */
    public static final WireOperation<BatchReceipt> IMPORT_BATCH_ADVANCED =
            new WireOperation<>("import_batch_advanced", Rules.ONCE, ReceiptCodec::fromJson, ReceiptCodec::fromRows);
    /** process_batch: a confirmation, never sent again once it may have arrived. */
    public static final WireOperation<ConfirmationResult> PROCESS_BATCH =
            new WireOperation<>("process_batch", Rules.ONCE, ConfirmationCodec::fromJson, ConfirmationCodec::fromRows);
    /** get_batch_info: its JSON pages are read from the token stream (a page of 1,000 records is 270 KB). */
    public static final WireOperation<BatchPage> GET_BATCH_INFO = new WireOperation<>("get_batch_info", Rules.READ,
            format -> new FormatDecoder<>("get_batch_info", format, root -> BatchPageCodec.fromJson(root.get("data")),
                    BatchPageCodec::fromRows, BatchPageStream.INSTANCE));
    public static final WireOperation<List<FoundDocument>> DOCUMENTS_SEARCH =
            new WireOperation<>("documents_search", Rules.READ, DocumentsCodec::fromJson, DocumentsCodec::fromRows);
    /** get_documents_history_ext: the server answers it only in JSON. */
    public static final WireOperation<HistoryPage> GET_DOCUMENTS_HISTORY_EXT =
            new WireOperation<>("get_documents_history_ext", Rules.READ_JSON_ONLY, HistoryCodec::fromJson, null);
    public static final WireOperation<AccountsOverview> GET_ACCOUNTS =
            new WireOperation<>("get_accounts", Rules.READ, AccountsCodec::fromJson, AccountsCodec::fromRows);
    public static final WireOperation<Boolean> IS_VERIFIED_ACCOUNT = new WireOperation<>("is_verified_account",
            Rules.READ, VerifiedAccountCodec::fromJson, VerifiedAccountCodec::fromRows);
    public static final WireOperation<CurrencyRates> CURRENCY_RATES =
            new WireOperation<>("currency_rates", Rules.READ, RatesCodec::fromJson, RatesCodec::fromRows);
    public static final WireOperation<FeeQuote> GET_DOCUMENT_FEE =
            new WireOperation<>("get_document_fee", Rules.READ, FeeCodec::fromJson, FeeCodec::fromRows);
    /** get_cashin_requisites: no CSV form is known, so JSON only. */
    public static final WireOperation<CashInRequisites> GET_CASHIN_REQUISITES = new WireOperation<>(
            "get_cashin_requisites", Rules.READ_JSON_ONLY, CashInRequisitesCodec::fromJson, null);
    /** create_account: opens an account, so never sent again once it may have arrived. */
    public static final WireOperation<CreatedAccount> CREATE_ACCOUNT = new WireOperation<>("create_account",
            Rules.ONCE, CreatedAccountCodec::fromJson, CreatedAccountCodec::fromRows);
    /** add_payment_notification: sends a notice, never twice; the value is the server's message. */
    public static final WireOperation<String> ADD_PAYMENT_NOTIFICATION = new WireOperation<>(
            "add_payment_notification", Rules.ONCE, format -> new FormatDecoder<>("add_payment_notification",
                    format, AcknowledgementCodec::fromEnvelope, AcknowledgementCodec::fromRows));

    private static final List<WireOperation<?>> ALL = List.of(GET_TOKEN, IMPORT_BATCH_ADVANCED, PROCESS_BATCH,
            GET_BATCH_INFO, DOCUMENTS_SEARCH, GET_DOCUMENTS_HISTORY_EXT, GET_ACCOUNTS, IS_VERIFIED_ACCOUNT,
            CURRENCY_RATES, GET_DOCUMENT_FEE, GET_CASHIN_REQUISITES, CREATE_ACCOUNT, ADD_PAYMENT_NOTIFICATION);

    private static final Pattern OPERATION_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Any operation by its wire name, its answer kept as raw JSON. Nothing is known of what it does, so it
     * is treated as one that may move money: never repeated after a transport failure, asked for as JSON.
     *
     * @throws IllegalArgumentException when the name is not lower-case letters, digits and underscores
     */
    public static WireOperation<RawAnswer> named(String wireName) {
        Objects.requireNonNull(wireName, "wireName");
        if (!OPERATION_NAME.matcher(wireName).matches()) {
            throw new IllegalArgumentException("an operation name is lower-case letters, digits and '_'"
                    + " (at most 64), e.g. profile_change_email");
        }
        return new WireOperation<>(wireName, Rules.ONCE_JSON_ONLY, format -> new FormatDecoder<>(wireName, format,
                root -> RawAnswerCodec.fromEnvelope(wireName, root), null));
    }

    /** The three rules a transport asks about. */
    private enum Rules {
        READ(true, true, false),
        READ_JSON_ONLY(true, true, true),
        ONCE(false, true, false),
        ONCE_JSON_ONLY(false, true, true),
        TOKEN_FETCH(true, false, false);

        final boolean repeatable;
        final boolean tokenRenewable;
        final boolean jsonOnly;

        Rules(boolean repeatable, boolean tokenRenewable, boolean jsonOnly) {
            this.repeatable = repeatable;
            this.tokenRenewable = tokenRenewable;
            this.jsonOnly = jsonOnly;
        }
    }

    private final String wireName;
    private final Rules rules;
    private final Function<ResponseFormat, WireDecoder<T>> decoders;

    private WireOperation(String wireName, Rules rules, Function<ResponseFormat, WireDecoder<T>> decoders) {
        this.wireName = wireName;
        this.rules = rules;
        this.decoders = decoders;
    }

    /** An operation whose answer's {@code data} (JSON) or rows (CSV, json-lite; null: JSON only) give the value. */
    private WireOperation(String wireName, Rules rules, Function<JsonNode, T> fromData, Function<List<Row>, T> fromRows) {
        this(wireName, rules, format -> new FormatDecoder<>(wireName, format,
                root -> fromData.apply(root.get("data")), fromRows));
    }

    /** Every operation of the table. */
    public static List<WireOperation<?>> all() {
        return ALL;
    }

    /** The {@code operation} parameter. */
    public String wireName() {
        return wireName;
    }

    /**
     * Whether a transport failure, a timeout or a 5xx answer may be met by sending the same request again.
     * True for reads; false for an upload or a confirmation, which may have been carried out although no
     * answer came back.
     */
    public boolean repeatable() {
        return rules.repeatable;
    }

    /**
     * Whether a code 20 answer (invalid token) may be met by fetching a new token and sending once more.
     * True for every operation that carries a token, uploads included: code 20 means the server turned
     * the call away before processing it. False for get_token, which carries none.
     */
    public boolean tokenRenewable() {
        return rules.tokenRenewable;
    }

    /** The server allows only JSON answers for this operation, whatever format the client prefers. */
    public boolean jsonOnly() {
        return rules.jsonOnly;
    }

    /** The format to ask for when the client prefers {@code preferred}. */
    public ResponseFormat formatFor(ResponseFormat preferred) {
        return jsonOnly() ? ResponseFormat.JSON : Objects.requireNonNull(preferred, "preferred");
    }

    /**
     * Reads this operation's answers in {@code format}. For a JSON-only operation a CSV or json-lite answer
     * is still read for its error code; a successful one is a decoding failure.
     */
    public WireDecoder<T> decoder(ResponseFormat format) {
        return decoders.apply(Objects.requireNonNull(format, "format"));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
