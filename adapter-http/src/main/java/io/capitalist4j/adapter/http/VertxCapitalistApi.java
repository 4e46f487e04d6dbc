package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.TokenGrant;
import io.capitalist4j.adapter.csv.wire.WireOperation;
import io.capitalist4j.adapter.csv.wire.WireResult;
import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.LoginLockedException;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The v1 API over the Vert.x HTTP client. Each call: check the local login lock, get credentials (a shared
 * token session or the plain password), POST the form, decode by the answer's format, and map the
 * outcome. What may be repeated is the operation's rule ({@link WireOperation}): reads after transport
 * failures, timeouts and 5xx; uploads and confirmations never; a code 20 refusal once with a new token. A non-200
 * answer whose body is a v1 JSON error envelope is read as that error (code 20 renews the token, 16 locks).
 */
final class VertxCapitalistApi implements CapitalistHttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(VertxCapitalistApi.class);

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpClient client;
    private final HttpOptions options;
    private final Credentials credentials;
    private final Exchange exchange;
    private final Session session;
    private final Backoff backoff;
    /** The password and every token: masked by value in anything built from the server's text. */
    private final KnownSecrets secrets;

    VertxCapitalistApi(Vertx vertx, boolean ownsVertx, HttpClient client, HttpOptions options, Credentials credentials,
                       PasswordCipherPort cipher, KnownSecrets secrets) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.client = client;
        this.options = options;
        this.credentials = credentials;
        this.exchange = new Exchange(vertx, client, options);
        this.backoff = new Backoff(options.retryBaseDelay());
        this.secrets = secrets.add(credentials.password());
        this.session = new Session(vertx, credentials.password(), cipher, options.clock(), options.loginLockPeriod(),
                this::fetchToken);
    }

    /** Sends nothing more, closes the HTTP client, and stops the Vert.x instance if it was made for this client. */
    @Override
    public void close() {
        exchange.close();
        client.close();
        if (ownsVertx) {
            VertxHttp.closeAndWait(vertx);
        }
    }

    // ---- the machinery

    @Override
    public <T> CompletionStage<T> call(WireOperation<T> operation, Map<String, String> fields) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fields, "fields");
        MultiMap params = MultiMap.caseInsensitiveMultiMap();
        fields.forEach(params::add);
        return authorized(operation, params, operation.tokenRenewable()).toCompletionStage();
    }

    private <T> Future<T> authorized(WireOperation<T> operation, MultiMap params, boolean mayRenewToken) {
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
            return attempt(operation, form).compose(result -> {
                if (result instanceof WireResult.Ok) {
                    return Future.succeededFuture(((WireResult.Ok<T>) result).value());
                }
                ApiError error = Failures.masked(((WireResult.Failed<T>) result).errorWithDetail(), secrets);
                if (error.is(ErrorCode.LOGIN_ATTEMPTS_EXCEEDED)) {
                    return Future.failedFuture(lockNow(operation.wireName(), error));
                }
                if (error.is(ErrorCode.INVALID_TOKEN) && mayRenewToken && options.authMode() == AuthMode.TOKEN) {
                    // The server refused the token without processing the call: a new session and one repeat.
                    LOG.debug("{}: token refused (code 20), fetching a new one and repeating once", operation);
                    session.invalidate(credentialsOfThisCall);
                    return authorized(operation, params, false);
                }
                return Future.failedFuture(ApiException.of(operation.wireName(), error));
            });
        });
    }

    private Future<TokenGrant> fetchToken() {
        WireOperation<TokenGrant> operation = WireOperation.GET_TOKEN;
        Optional<Instant> locked = session.lockedUntil();
        if (locked.isPresent()) {
            return Future.failedFuture(locallyLocked(operation.wireName(), locked.get()));
        }
        return attempt(operation, baseForm(operation))
                .compose(result -> {
                    if (result instanceof WireResult.Ok) {
                        LOG.debug("get_token: new session token");
                        TokenGrant grant = ((WireResult.Ok<TokenGrant>) result).value();
                        secrets.add(grant.token());
                        return Future.succeededFuture(grant);
                    }
                    ApiError error = Failures.masked(((WireResult.Failed<TokenGrant>) result).errorWithDetail(), secrets);
                    if (error.is(ErrorCode.LOGIN_ATTEMPTS_EXCEEDED)) {
                        return Future.failedFuture(lockNow(operation.wireName(), error));
                    }
                    return Future.failedFuture(ApiException.of(operation.wireName(), error));
                });
    }

    private MultiMap baseForm(WireOperation<?> operation) {
        MultiMap form = MultiMap.caseInsensitiveMultiMap();
        form.add("operation", operation.wireName());
        form.add("login", credentials.login());
        return form;
    }

    /** One exchange and its decoding, repeated after a backoff while the operation allows and retries are left. */
    private <T> Future<WireResult<T>> attempt(WireOperation<T> operation, MultiMap form) {
        ResponseFormat asked = operation.formatFor(options.format());
        return attempt(operation, form, asked, operation.repeatable() ? options.readRetries() : 0, 1);
    }

    private <T> Future<WireResult<T>> attempt(WireOperation<T> operation, MultiMap form, ResponseFormat asked,
                                              int retriesLeft, int attemptNo) {
        String name = operation.wireName();
        long started = System.nanoTime();
        return exchange.post(name, form, asked).transform(ar -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (ar.failed()) {
                Throwable failure = ar.cause();
                LOG.debug("{} attempt {}: {} after {} ms", name, attemptNo, failure.getClass().getSimpleName(), millis);
                if (retriesLeft > 0 && failure instanceof TransportException) {
                    return retryLater(operation, form, asked, retriesLeft, attemptNo);
                }
                return Future.failedFuture(failure);
            }
            Exchange.Answer answer = ar.result();
            if (answer.status != 200) {
                Optional<WireResult<T>> refusal = envelopeRefusal(operation, answer.body);
                if (refusal.isPresent()) {
                    // The server's own refusal carried on a non-200 status: its code decides, as on a 200.
                    LOG.debug("{} attempt {}: HTTP {} carrying code {} after {} ms", name, attemptNo, answer.status,
                            ((WireResult.Failed<T>) refusal.get()).error().code(), millis);
                    return Future.succeededFuture(refusal.get());
                }
                LOG.debug("{} attempt {}: HTTP {} after {} ms", name, attemptNo, answer.status, millis);
                if (retriesLeft > 0 && answer.status >= 500) {
                    return retryLater(operation, form, asked, retriesLeft, attemptNo);
                }
                return Future.failedFuture(new HttpStatusException(name, answer.status, Excerpt.of(answer.body, secrets)));
            }
            ResponseFormat format = answer.format.orElse(asked);
            try {
                WireResult<T> result = operation.decoder(format).decode(answer.body);
                LOG.debug("{} attempt {}: code {} ({}) in {} ms", name, attemptNo,
                        result instanceof WireResult.Failed ? ((WireResult.Failed<T>) result).error().code() : 0,
                        format.wireName(), millis);
                return Future.succeededFuture(result);
            } catch (DecodingException e) {
                LOG.debug("{} attempt {}: undecodable {} answer in {} ms", name, attemptNo, format.wireName(), millis);
                return Future.failedFuture(Failures.masked(e, secrets));
            }
        });
    }

    /**
     * A non-200 body that is a v1 JSON envelope with a non-zero code, read as that refusal; anything else (an HTML
     * error page, a success envelope, a body that does not decode) leaves the answer an HTTP failure.
     */
    private static <T> Optional<WireResult<T>> envelopeRefusal(WireOperation<T> operation, byte[] body) {
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first == body.length || body[first] != '{') {
            return Optional.empty();
        }
        try {
            WireResult<T> result = operation.decoder(ResponseFormat.JSON).decode(body);
            return result instanceof WireResult.Failed ? Optional.of(result) : Optional.empty();
        } catch (DecodingException e) {
            return Optional.empty();
        }
    }

    private <T> Future<WireResult<T>> retryLater(WireOperation<T> operation, MultiMap form, ResponseFormat asked,
                                                 int retriesLeft, int attemptNo) {
        long delay = backoff.delayMillis(attemptNo);
        LOG.debug("{}: retrying in {} ms ({} retries left)", operation, delay, retriesLeft - 1);
        Promise<WireResult<T>> promise = Promise.promise();
        vertx.setTimer(delay, id -> attempt(operation, form, asked, retriesLeft - 1, attemptNo + 1).onComplete(promise));
        return promise.future();
    }

    private LoginLockedException lockNow(String operation, ApiError error) {
        session.lock();
        LOG.info("{}: login attempts exceeded (code 16); no credentials are sent for {}", operation,
                options.loginLockPeriod());
        return (LoginLockedException) ApiException.of(operation, error);
    }

    private static LoginLockedException locallyLocked(String operation, Instant until) {
        return new LoginLockedException(operation, ApiError.of(ErrorCode.LOGIN_ATTEMPTS_EXCEEDED,
                "login locked after code 16 until " + until + "; nothing was sent"));
    }
}
