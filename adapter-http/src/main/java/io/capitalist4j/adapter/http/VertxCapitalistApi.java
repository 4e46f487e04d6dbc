package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.TokenGrant;
import io.capitalist4j.adapter.csv.wire.WireCodecs;
import io.capitalist4j.adapter.csv.wire.WireDecoder;
import io.capitalist4j.adapter.csv.wire.WireOperation;
import io.capitalist4j.adapter.csv.wire.WireResult;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.VerificationMethod;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.LoginLockedException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CapitalistApiPort over Vert.x Web Client. Each call: check the local login lock, get credentials (a
 * shared token session or the plain password), POST the form, decode by the answer's format, and map
 * the outcome. Reads are retried on transport failures, timeouts and 5xx; uploads and confirmations are
 * sent once (a code 20 refusal is the only repeat: the server turned the call away unprocessed).
 */
final class VertxCapitalistApi implements CapitalistHttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(VertxCapitalistApi.class);

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final WebClient client;
    private final HttpOptions options;
    private final Credentials credentials;
    private final Exchange exchange;
    private final Session session;
    private final Backoff backoff;

    VertxCapitalistApi(Vertx vertx, boolean ownsVertx, WebClient client, HttpOptions options, Credentials credentials,
                       PasswordCipherPort cipher) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.client = client;
        this.options = options;
        this.credentials = credentials;
        this.exchange = new Exchange(vertx, client, options);
        this.backoff = new Backoff(options.retryBaseDelay());
        this.session = new Session(vertx, credentials.password(), cipher, options.clock(), options.loginLockPeriod(),
                this::fetchToken);
    }

    // ---- the port

    @Override
    public CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request) {
        Objects.requireNonNull(request, "request");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("batch", request.text().text());
        VerificationMethod method = request.verification().method();
        params.add("verification_type", method.name());
        if (method != VerificationMethod.MOBILE) {
            request.verification().data().ifPresent(data -> params.add("verification_data", data));
        }
        request.sourceAccounts().forEach((currency, account) -> params.add("account_" + currency.code(), account.value()));
        return call(WireOperation.IMPORT_BATCH_ADVANCED, params, WireCodecs::importBatch, false);
    }

    @Override
    public CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode) {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(smsCode, "smsCode");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("batch_id", batchId.value());
        params.add("verification_type", VerificationMethod.MOBILE.name());
        params.add("verification_data", smsCode.reveal());
        return call(WireOperation.PROCESS_BATCH, params, WireCodecs::processBatch, false);
    }

    @Override
    public CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page) {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(page, "page");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("batch_id", batchId.value());
        page.pageSize().ifPresent(s -> params.add("page_size", Integer.toString(s)));
        page.startOffset().ifPresent(o -> params.add("start_offset", Integer.toString(o)));
        page.page().ifPresent(p -> params.add("page", Integer.toString(p)));
        return call(WireOperation.GET_BATCH_INFO, params, WireCodecs::batchInfo, true);
    }

    @Override
    public CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search) {
        Objects.requireNonNull(search, "search");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("beginDate", search.period().fromWire());
        params.add("endDate", search.period().toWire());
        search.customNumber().ifPresent(n -> params.add("customNumber", n));
        return call(WireOperation.DOCUMENTS_SEARCH, params, WireCodecs::documentsSearch, true);
    }

    @Override
    public CompletionStage<HistoryPage> getHistory(HistoryQuery query) {
        Objects.requireNonNull(query, "query");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        query.period().ifPresent(p -> {
            params.add("period_from", p.fromWire());
            params.add("period_to", p.toWire());
        });
        query.state().ifPresent(s -> params.add("document_state", s.wire()));
        query.limit().ifPresent(l -> params.add("limit", Integer.toString(l)));
        query.page().ifPresent(p -> params.add("page", Integer.toString(p)));
        query.account().ifPresent(a -> params.add("account", a.value()));
        query.externalAccount().ifPresent(e -> params.add("external_account", e));
        return call(WireOperation.GET_DOCUMENTS_HISTORY_EXT, params, WireCodecs::history, true);
    }

    @Override
    public CompletionStage<AccountsOverview> getAccounts() {
        return call(WireOperation.GET_ACCOUNTS, MultiMap.caseInsensitiveMultiMap(), WireCodecs::accounts, true);
    }

    @Override
    public CompletionStage<Boolean> isVerifiedAccount(AccountNumber account) {
        Objects.requireNonNull(account, "account");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("account", account.value());
        return call(WireOperation.IS_VERIFIED_ACCOUNT, params, WireCodecs::verifiedAccount, true);
    }

    @Override
    public CompletionStage<CurrencyRates> getCurrencyRates() {
        return call(WireOperation.CURRENCY_RATES, MultiMap.caseInsensitiveMultiMap(), WireCodecs::currencyRates, true);
    }

    @Override
    public CompletionStage<FeeQuote> getDocumentFee(FeeQuery query) {
        Objects.requireNonNull(query, "query");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        params.add("document_type", query.type().wire());
        params.add("source_account", query.source().value());
        params.add("amount", query.amount().toPlainString());
        query.destination().ifPresent(d -> params.add("dest_account", d.value()));
        query.wireTag().ifPresent(w -> params.add("wiretag", w));
        query.usdtNetwork().ifPresent(n -> params.add("usdt_network", n));
        return call(WireOperation.GET_DOCUMENT_FEE, params, WireCodecs::documentFee, true);
    }

    /** Sends nothing more, closes the web client, and stops the Vert.x instance if it was made for this client. */
    @Override
    public void close() {
        exchange.close();
        client.close();
        if (ownsVertx) {
            VertxHttp.closeAndWait(vertx);
        }
    }

    // ---- the machinery

    private <T> CompletionStage<T> call(WireOperation operation, MultiMap params,
                                        Function<ResponseFormat, WireDecoder<T>> decoder, boolean read) {
        ResponseFormat asked = operation.jsonOnly() ? ResponseFormat.JSON : options.format();
        return authorized(operation, params, asked, decoder, read, true).toCompletionStage();
    }

    private <T> Future<T> authorized(WireOperation operation, MultiMap params, ResponseFormat asked,
                                     Function<ResponseFormat, WireDecoder<T>> decoder, boolean read, boolean mayRefresh) {
        Optional<Instant> locked = session.lockedUntil();
        if (locked.isPresent()) {
            return Future.failedFuture(locallyLocked(operation.wireName(), locked.get()));
        }
        Future<Auth> auth = options.authMode() == AuthMode.PLAIN
                ? Future.succeededFuture(Auth.plain(credentials.password().reveal()))
                : session.tokenAuth();
        return auth.compose(credentialsOfThisCall -> {
            MultiMap form = baseForm(operation);
            form.addAll(params);
            credentialsOfThisCall.addTo(form);
            return attempt(operation.wireName(), form, asked, decoder, read ? options.readRetries() : 0, 1)
                    .compose(result -> {
                        if (result instanceof WireResult.Ok) {
                            return Future.succeededFuture(((WireResult.Ok<T>) result).value());
                        }
                        ApiError error = ((WireResult.Failed<T>) result).errorWithDetail();
                        if (error.code() == 16) {
                            return Future.failedFuture(lockNow(operation.wireName(), error));
                        }
                        if (error.code() == 20 && mayRefresh && options.authMode() == AuthMode.TOKEN) {
                            // The server refused the token without processing the call: a new session and one repeat.
                            LOG.debug("{}: token refused (code 20), fetching a new one and repeating once", operation.wireName());
                            session.invalidate(credentialsOfThisCall);
                            return authorized(operation, params, asked, decoder, read, false);
                        }
                        return Future.failedFuture(ApiException.of(operation.wireName(), error));
                    });
        });
    }

    private Future<TokenGrant> fetchToken() {
        String operation = WireOperation.GET_TOKEN.wireName();
        Optional<Instant> locked = session.lockedUntil();
        if (locked.isPresent()) {
            return Future.failedFuture(locallyLocked(operation, locked.get()));
        }
        return attempt(operation, baseForm(WireOperation.GET_TOKEN), options.format(), WireCodecs::token,
                options.readRetries(), 1)
                .compose(result -> {
                    if (result instanceof WireResult.Ok) {
                        LOG.debug("get_token: new session token");
                        return Future.succeededFuture(((WireResult.Ok<TokenGrant>) result).value());
                    }
                    ApiError error = ((WireResult.Failed<TokenGrant>) result).errorWithDetail();
                    if (error.code() == 16) {
                        return Future.failedFuture(lockNow(operation, error));
                    }
                    return Future.failedFuture(ApiException.of(operation, error));
                });
    }

    private MultiMap baseForm(WireOperation operation) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        form.add("operation", operation.wireName());
        form.add("login", credentials.login());
        return form;
    }

    /** One exchange and its decoding; failed reads come back here after a backoff while retries are left. */
    private <T> Future<WireResult<T>> attempt(String operation, MultiMap form, ResponseFormat asked,
                                              Function<ResponseFormat, WireDecoder<T>> decoder, int retriesLeft,
                                              int attemptNo) {
        long started = System.nanoTime();
        return exchange.post(operation, form, asked).transform(ar -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (ar.failed()) {
                Throwable failure = ar.cause();
                LOG.debug("{} attempt {}: {} after {} ms", operation, attemptNo, failure.getClass().getSimpleName(), millis);
                if (retriesLeft > 0 && failure instanceof TransportException) {
                    return retryLater(operation, form, asked, decoder, retriesLeft, attemptNo);
                }
                return Future.failedFuture(failure);
            }
            Exchange.Answer answer = ar.result();
            if (answer.status != 200) {
                LOG.debug("{} attempt {}: HTTP {} after {} ms", operation, attemptNo, answer.status, millis);
                if (retriesLeft > 0 && answer.status >= 500) {
                    return retryLater(operation, form, asked, decoder, retriesLeft, attemptNo);
                }
                return Future.failedFuture(new HttpStatusException(operation, answer.status, Excerpt.of(answer.body)));
            }
            ResponseFormat format = answer.format.orElse(asked);
            try {
                WireResult<T> result = decoder.apply(format).decode(answer.body);
                LOG.debug("{} attempt {}: code {} ({}) in {} ms", operation, attemptNo,
                        result instanceof WireResult.Failed ? ((WireResult.Failed<T>) result).error().code() : 0,
                        format.wireName(), millis);
                return Future.succeededFuture(result);
            } catch (DecodingException e) {
                LOG.debug("{} attempt {}: undecodable {} answer in {} ms", operation, attemptNo, format.wireName(), millis);
                return Future.failedFuture(e);
            }
        });
    }

    private <T> Future<WireResult<T>> retryLater(String operation, MultiMap form, ResponseFormat asked,
                                                 Function<ResponseFormat, WireDecoder<T>> decoder, int retriesLeft,
                                                 int attemptNo) {
        long delay = backoff.delayMillis(attemptNo);
        LOG.debug("{}: retrying in {} ms ({} retries left)", operation, delay, retriesLeft - 1);
        Promise<WireResult<T>> promise = Promise.promise();
        vertx.setTimer(delay, id -> attempt(operation, form, asked, decoder, retriesLeft - 1, attemptNo + 1)
                .onComplete(promise));
        return promise.future();
    }

    private LoginLockedException lockNow(String operation, ApiError error) {
        session.lock();
        LOG.info("{}: login attempts exceeded (code 16); no credentials are sent for {}", operation,
                options.loginLockPeriod());
        return (LoginLockedException) ApiException.of(operation, error);
    }

    private static LoginLockedException locallyLocked(String operation, Instant until) {
        return new LoginLockedException(operation, new ApiError(16,
                "login locked after code 16 until " + until + "; nothing was sent"));
    }
}
