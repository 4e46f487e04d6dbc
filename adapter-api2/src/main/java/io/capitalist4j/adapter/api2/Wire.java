package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One signed request and its raw answer, within two bounds: a total deadline (a Vert.x timer racing the whole
 * exchange: connection, request, every byte of the answer) and a size limit on the answer. Whichever ends the
 * exchange early also resets the request. The signature covers the very bytes written: the body is an array
 * made once by the caller, hashed, and handed to Vert.x as is.
 */
final class Wire {

    static final String API_KEY = "API-Key";
    static final String TIMESTAMP = "X-Request-Timestamp";
    static final String SIGNATURE = "Signature";
    static final String JSON = "application/json";

    /** The HTTP status and the body bytes. */
    static final class Answer {
        final int status;
        final byte[] body;

        Answer(int status, byte[] body) {
            this.status = status;
            this.body = body;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final Api2Options options;
    private final String apiKey;
    private final Secret secret;
    private final String base;
    private volatile boolean closed;

    Wire(Vertx vertx, HttpClient client, Api2Options options, Api2Credentials credentials) {
        this.vertx = vertx;
        this.client = client;
        this.options = options;
        this.apiKey = credentials.apiKey();
        this.secret = credentials.apiSecret();
        String url = options.baseUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    void close() {
        closed = true;
    }

    /**
     * Sends {@code method pathAndQuery} (which starts with {@code /v1/}) with this body, if any, signed at the
     * clock's current millisecond.
     */
    Future<Answer> send(String operation, HttpMethod method, String pathAndQuery, Optional<byte[]> body) {
        if (closed) {
            return Future.failedFuture(new TransportException(operation,
                    operation + ": the client is closed; the request was not sent", false, null));
        }
        byte[] bytes = body.orElse(new byte[0]);
        String timestamp = Long.toString(options.clock().millis());
        String signature = Signatures.sign(timestamp, bytes, secret);
        Promise<Answer> promise = Promise.promise();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        long limit = options.requestTimeout().toMillis();
        long timer = vertx.setTimer(limit, id -> {
            if (promise.tryFail(new RequestTimeoutException(operation, operation + ": no complete answer within "
                    + limit + " ms (requestTimeout); the request may have been processed", null))) {
                reset(request.get());
            }
        });
        promise.future().onComplete(done -> vertx.cancelTimer(timer));
        RequestOptions head = new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(base + pathAndQuery)
                .setFollowRedirects(false)
                .putHeader(HttpHeaders.USER_AGENT, options.userAgent())
                .putHeader(API_KEY, apiKey)
                .putHeader(TIMESTAMP, timestamp)
                .putHeader(SIGNATURE, signature)
                .setConnectTimeout(options.connectTimeout().toMillis())
                .setIdleTimeout(options.idleTimeout().toMillis());
        if (body.isPresent()) {
            head.putHeader(HttpHeaders.CONTENT_TYPE, JSON);
        }
        client.request(head).onComplete(created -> {
            if (created.failed()) {
                promise.tryFail(Failures.transport(operation, created.cause()));
                return;
            }
            request.set(created.result());
            if (promise.future().isComplete()) {
                reset(created.result()); // the deadline passed while a connection was being found
                return;
            }
            Future<HttpClientResponse> sent = body.isPresent()
                    ? created.result().send(Buffer.buffer(bytes))
                    : created.result().send();
            sent.onComplete(answered -> {
                if (answered.failed()) {
                    promise.tryFail(Failures.transport(operation, answered.cause()));
                } else {
                    read(operation, answered.result(), promise);
                }
            });
        });
        return promise.future();
    }

    private void read(String operation, HttpClientResponse response, Promise<Answer> promise) {
        int max = options.maxAnswerBytes();
        BoundedBody body = new BoundedBody(max);
        String declared = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (body.refusesDeclared(declared)) {
            tooLarge(promise, response, new DecodingException(operation, operation + ": answer too large: the server"
                    + " announced " + declared.trim() + " bytes, the limit is " + max + " (maxAnswerBytes)", null));
            return;
        }
        response.exceptionHandler(failure -> promise.tryFail(Failures.transport(operation, failure)));
        response.handler(chunk -> {
            if (!body.append(chunk)) {
                tooLarge(promise, response, new DecodingException(operation, operation + ": answer too large: more"
                        + " than " + max + " bytes (maxAnswerBytes); the request may have been processed", null));
            }
        });
        response.endHandler(end -> promise.tryComplete(new Answer(response.statusCode(), body.bytes())));
    }

    private static void tooLarge(Promise<Answer> promise, HttpClientResponse response, DecodingException failure) {
        if (promise.tryFail(failure)) {
            reset(response.request());
        }
    }

    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }
}
