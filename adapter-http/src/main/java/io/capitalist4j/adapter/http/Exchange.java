package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientForm;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One POST of a urlencoded UTF-8 form and its raw answer, within two bounds: a total deadline, a Vert.x timer
 * racing the whole exchange (connection, request, every byte of the answer), and a size limit on the answer.
 * Whichever ends the exchange early also resets the request, so that neither a trickling server nor an endless
 * body keeps a connection (and a place in the pool) busy after the call has failed.
 */
final class Exchange {

    static final String FORMAT_HEADER = "x-response-format";
    static final String LANGUAGE_HEADER = "x-language";

    /** The HTTP status, the format the server says it used, and the body bytes. */
    static final class Answer {
        final int status;
        final Optional<ResponseFormat> format;
        final byte[] body;

        Answer(int status, Optional<ResponseFormat> format, byte[] body) {
            this.status = status;
            this.format = format;
            this.body = body;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final HttpOptions options;
    private final String url;
    private volatile boolean closed;

    Exchange(Vertx vertx, HttpClient client, HttpOptions options) {
        this.vertx = vertx;
        this.client = client;
        this.options = options;
        this.url = options.baseUrl().toString();
    }

    /** From now on nothing is posted: a retry or token fetch still under way after close sends nothing. */
    void close() {
        closed = true;
    }

    Future<Answer> post(String operation, MultiMap form, ResponseFormat asked) {
        if (closed) {
            return Future.failedFuture(new TransportException(operation,
                    operation + ": the client is closed; the request was not sent", false, null));
        }
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
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setFollowRedirects(false)
                .putHeader(HttpHeaders.USER_AGENT, options.userAgent())
                .putHeader(FORMAT_HEADER, asked.wireName())
                .setConnectTimeout(options.connectTimeout().toMillis())
                .setIdleTimeout(options.idleTimeout().toMillis());
        options.language().ifPresent(language -> head.putHeader(LANGUAGE_HEADER, language));
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
            // Percent-encodes the UTF-8 bytes. Vert.x writes the content type without a charset parameter;
            // the bytes are UTF-8 either way, as the API requires.
            created.result().send(encoded(form)).onComplete(answered -> {
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
                tooLarge(promise, response, new DecodingException(operation, operation + ": answer too large: more than "
                        + max + " bytes (maxAnswerBytes); the request may have been processed", null));
            }
        });
        response.endHandler(end -> promise.tryComplete(new Answer(response.statusCode(),
                ResponseFormat.fromWire(response.getHeader(FORMAT_HEADER)), body.bytes())));
    }

    private static void tooLarge(Promise<Answer> promise, HttpClientResponse response, DecodingException failure) {
        if (promise.tryFail(failure)) {
            reset(response.request());
        }
    }

    /** Ends the exchange on the wire: over HTTP/1.1 the connection is closed rather than read to its end. */
    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private static ClientForm encoded(MultiMap form) {
        ClientForm encoded = ClientForm.form().charset(StandardCharsets.UTF_8);
        for (Map.Entry<String, String> field : form) {
            encoded.attribute(field.getKey(), field.getValue());
        }
        return encoded;
    }
}
