package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API2 over the Vert.x HTTP client. Reads are repeated after a transport failure, a timeout, a 5xx or a 429, up to
 * {@link Api2Options#readRetries()} times with backoff, each attempt signed afresh. Writes are sent once. A payment
 * whose answer is lost fails with {@link OutcomeUnknownException}; only a failure before any connection existed
 * (nothing was sent) stays a {@link TransportException} that says so.
 */
final class VertxApi2 implements Api2HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(VertxApi2.class);

    static final String PAYMENT = "payment";

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpClient client;
    private final Api2Options options;
    private final Wire wire;
    private final Api2Json json;
    private final Backoff backoff;
    /** Each call in flight and how to fail it when the client closes under it. */
    private final Map<CompletableFuture<?>, Supplier<RuntimeException>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    VertxApi2(Vertx vertx, boolean ownsVertx, HttpClient client, Api2Options options, Api2Credentials credentials,
              KnownSecrets secrets) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.client = client;
        this.options = options;
        secrets.add(credentials.apiSecret());
        secrets.add(credentials.apiKey());
        this.wire = new Wire(vertx, client, options, credentials);
        this.json = new Api2Json(secrets);
        this.backoff = new Backoff(options.retryBaseDelay());
    }

    // ---- the operations

    @Override
    public CompletionStage<List<Api2Account>> accounts(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        String op = "account/list";
        return read(op, "/v1/account/list?currency=" + Paths.encode(currency.code()), body -> json.accounts(op, body));
    }

    @Override
    public CompletionStage<Api2Rate> rate(Currency from, Currency to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        String op = "rate";
        return read(op, "/v1/rate?from=" + Paths.encode(from.code()) + "&to=" + Paths.encode(to.code()),
                body -> json.rate(op, body, from, to));
    }

    @Override
    public CompletionStage<Void> exchange(Api2ExchangeRequest request) {
        Objects.requireNonNull(request, "request");
        return write("exchange", "/v1/exchange", Api2Json.exchangeBody(request));
    }

    @Override
    public CompletionStage<Api2Created> createPayment(Api2PaymentRequest request) {
        Objects.requireNonNull(request, "request");
        String id = request.userRequestId();
        byte[] body = Api2Json.paymentBody(request); // made once: these bytes are signed and these bytes are sent
        Supplier<RuntimeException> onClose = () -> lost(id, new TransportException(PAYMENT, PAYMENT
                + ": the client was closed while the payment was in flight", true, null));
        return guarded(PAYMENT, onClose, () -> {
            long started = System.nanoTime();
            return wire.send(PAYMENT, HttpMethod.POST, "/v1/payment", Optional.of(body)).transform(ar -> {
                long millis = (System.nanoTime() - started) / 1_000_000;
                if (ar.failed()) {
                    Throwable failure = ar.cause();
                    LOG.debug("payment: {} after {} ms", failure.getClass().getSimpleName(), millis);
                    if (failure instanceof TransportException && !((TransportException) failure).mayHaveReachedServer()) {
                        return Future.failedFuture(failure); // nothing was sent: safe to send again
                    }
                    return Future.failedFuture(lost(id, failure));
                }
                Wire.Answer answer = ar.result();
                LOG.debug("payment: HTTP {} in {} ms", answer.status, millis);
                if (answer.status >= 200 && answer.status < 300) {
                    try {
                        return Future.succeededFuture(json.created(PAYMENT, answer.body, id));
                    } catch (DecodingException e) {
                        return Future.failedFuture(lost(id, e));
                    }
                }
                HttpStatusException refused = statusFailure(PAYMENT, answer);
                if (answer.status >= 500) {
                    return Future.failedFuture(lost(id, refused));
                }
                return Future.failedFuture(refused);
            });
        });
    }

    @Override
    public CompletionStage<Optional<Api2Payment>> paymentByUserRequestId(String userRequestId) {
        Objects.requireNonNull(userRequestId, "userRequestId");
        if (userRequestId.isEmpty()) {
            throw new IllegalArgumentException("userRequestId is empty");
        }
        String op = "payment/{userRequestId}";
        return lookup(op, "/v1/payment/" + Paths.encode(userRequestId), body -> json.payment(op, body));
    }

    @Override
    public CompletionStage<Optional<Api2Payment>> paymentByDocumentId(long documentId) {
        String op = "payment/document";
        return lookup(op, "/v1/payment/document/" + documentId, body -> json.payment(op, body));
    }

    @Override
    public CompletionStage<Api2TransactionPage> transactions(Api2TransactionQuery query) {
        Objects.requireNonNull(query, "query");
        String op = "transactions";
        StringJoiner q = new StringJoiner("&", "/v1/transactions?", "");
        q.add("limit=" + query.limit());
        q.add("offset=" + query.offset());
        query.periodStart().ifPresent(s -> q.add("periodStart=" + Paths.encode(s.toString())));
        query.periodEnd().ifPresent(e -> q.add("periodEnd=" + Paths.encode(e.toString())));
        query.transactionId().ifPresent(t -> q.add("transactionId=" + t));
        return read(op, q.toString(), body -> json.transactions(op, body, query));
    }

    @Override
    public CompletionStage<List<WhitelistEntry>> whitelist() {
        String op = "whitelist";
        return read(op, "/v1/whitelist", body -> json.whitelist(op, body));
    }

    @Override
    public CompletionStage<Void> addToWhitelist(List<WhitelistEntry> entries) {
        return write("whitelist", "/v1/whitelist", Api2Json.whitelistBody(nonEmpty(entries)));
    }

    @Override
    public CompletionStage<Void> removeFromWhitelist(List<WhitelistEntry> entries) {
        return write("whitelist/remove", "/v1/whitelist/remove", Api2Json.whitelistBody(nonEmpty(entries)));
    }

    @Override
    public CompletionStage<DepositAddress> depositAddress(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        String op = "depositAddress";
        return read(op, "/v1/depositAddress/" + Paths.encode(currency.code()), body -> json.depositAddress(op, body));
    }

    @Override
    public CompletionStage<DepositAddress> autoConvertingUsdtTrc20Address(AccountNumber account) {
        Objects.requireNonNull(account, "account");
        String op = "depositAddressAutoUSDTt";
        return read(op, "/v1/depositAddressAutoUSDTt/" + Paths.encode(account.value()),
                body -> json.depositAddress(op, body));
    }

    /** Sends nothing more, fails the calls in flight, closes the HTTP client and a Vert.x made for this client. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        wire.close();
        inFlight.forEach((call, failure) -> call.completeExceptionally(failure.get()));
        inFlight.clear();
        client.close();
        if (ownsVertx) {
            Api2Http.closeAndWait(vertx);
        }
    }

    // ---- the machinery

    private static List<WhitelistEntry> nonEmpty(List<WhitelistEntry> entries) {
        List<WhitelistEntry> copy = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no whitelist entries given");
        }
        return copy;
    }

    private static OutcomeUnknownException lost(String userRequestId, Throwable cause) {
        return new OutcomeUnknownException(PAYMENT, List.of(userRequestId), cause);
    }

    /** A GET, repeated after transient failures; a 2xx answer decoded, anything else a failure. */
    private <T> CompletionStage<T> read(String op, String pathAndQuery, Function<byte[], T> decode) {
        return guarded(op, () -> inFlightFailure(op), () -> attempt(op, pathAndQuery, options.readRetries(), 1)
                .compose(answer -> {
                    if (answer.status >= 200 && answer.status < 300) {
                        return decoded(decode, answer.body);
                    }
                    return Future.failedFuture(statusFailure(op, answer));
                }));
    }

    /** A GET for one payment: empty when the server says it knows no such payment. */
    private <T> CompletionStage<Optional<T>> lookup(String op, String path, Function<byte[], T> decode) {
        return guarded(op, () -> inFlightFailure(op), () -> attempt(op, path, options.readRetries(), 1)
                .compose(answer -> {
                    if (answer.status >= 200 && answer.status < 300) {
                        return decoded(decode, answer.body).map(Optional::of);
                    }
                    if (saysNotFound(answer)) {
                        return Future.succeededFuture(Optional.empty());
                    }
                    return Future.failedFuture(statusFailure(op, answer));
                }));
    }

    /**
     * A 404 that carries an API2 error body, or a 400 whose error says "not found" (the reference leaves the answer
     * for an unknown id open, §14 Q6). A 404 without an error body (a proxy's page, a wrong base URL) says nothing
     * about the payment and stays a failure.
     */
    private boolean saysNotFound(Wire.Answer answer) {
        Optional<String> error = json.errorMessage(answer.body);
        if (answer.status == 404) {
            return error.isPresent();
        }
        return answer.status == 400 && error.isPresent()
                && error.get().toLowerCase(Locale.ROOT).contains("not found");
    }

    /** A POST sent once; any 2xx is success whatever its body ({@code null}, empty, the updated list). */
    private CompletionStage<Void> write(String op, String path, byte[] body) {
        return guarded(op, () -> inFlightFailure(op), () -> {
            long started = System.nanoTime();
            return wire.send(op, HttpMethod.POST, path, Optional.of(body)).compose(answer -> {
                LOG.debug("{}: HTTP {} in {} ms", op, answer.status, (System.nanoTime() - started) / 1_000_000);
                if (answer.status >= 200 && answer.status < 300) {
                    return Future.<Void>succeededFuture(null);
                }
                return Future.failedFuture(statusFailure(op, answer));
            });
        });
    }

    private static <T> Future<T> decoded(Function<byte[], T> decode, byte[] body) {
        try {
            return Future.succeededFuture(decode.apply(body));
        } catch (DecodingException e) {
            return Future.failedFuture(e);
        }
    }

    private Future<Wire.Answer> attempt(String op, String pathAndQuery, int retriesLeft, int attemptNo) {
        long started = System.nanoTime();
        return wire.send(op, HttpMethod.GET, pathAndQuery, Optional.empty()).transform(ar -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (ar.failed()) {
                Throwable failure = ar.cause();
                LOG.debug("{} attempt {}: {} after {} ms", op, attemptNo, failure.getClass().getSimpleName(), millis);
                if (retriesLeft > 0 && failure instanceof TransportException && !closed.get()) {
                    return retryLater(op, pathAndQuery, retriesLeft, attemptNo);
                }
                return Future.failedFuture(failure);
            }
            Wire.Answer answer = ar.result();
            LOG.debug("{} attempt {}: HTTP {} in {} ms", op, attemptNo, answer.status, millis);
            if (retriesLeft > 0 && (answer.status >= 500 || answer.status == 429) && !closed.get()) {
                return retryLater(op, pathAndQuery, retriesLeft, attemptNo);
            }
            return Future.succeededFuture(answer);
        });
    }

    private Future<Wire.Answer> retryLater(String op, String pathAndQuery, int retriesLeft, int attemptNo) {
        long delay = backoff.delayMillis(attemptNo);
        LOG.debug("{}: retrying in {} ms ({} retries left)", op, delay, retriesLeft - 1);
        Promise<Wire.Answer> promise = Promise.promise();
        vertx.setTimer(delay, id -> attempt(op, pathAndQuery, retriesLeft - 1, attemptNo + 1).onComplete(promise));
        return promise.future();
    }

    private HttpStatusException statusFailure(String op, Wire.Answer answer) {
        String excerpt = Excerpt.of(answer.body, jsonSecrets());
        Optional<String> message = json.errorMessage(answer.body);
        return message.isPresent()
                ? new HttpStatusException(op, answer.status, excerpt, message.get())
                : new HttpStatusException(op, answer.status, excerpt);
    }

    private KnownSecrets jsonSecrets() {
        return json.secrets();
    }

    private static TransportException inFlightFailure(String op) {
        return new TransportException(op, op + ": the client was closed while the call was in flight; the request"
                + " may have reached the server", true, null);
    }

    private <T> CompletionStage<T> guarded(String op, Supplier<RuntimeException> onClose, Supplier<Future<T>> call) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(notSent(op));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        inFlight.put(result, onClose);
        if (closed.get()) {
            inFlight.remove(result);
            return CompletableFuture.failedFuture(notSent(op));
        }
        Future<T> future;
        try {
            future = call.get();
        } catch (RuntimeException | Error e) {
            inFlight.remove(result);
            throw e;
        }
        future.onComplete(ar -> {
            inFlight.remove(result);
            if (ar.succeeded()) {
                result.complete(ar.result());
            } else {
                Throwable failure = ar.cause();
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        return result;
    }

    private static TransportException notSent(String op) {
        return new TransportException(op, op + ": the client is closed; the request was not sent", false, null);
    }
}
