package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.Optional;

/**
 * One POST of a urlencoded UTF-8 form and its raw answer. The overall deadline is a Vert.x timer racing
 * the exchange; a late answer is dropped.
 */
final class Exchange {

    static final String FORMAT_HEADER = "x-response-format";

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
    private final WebClient client;
    private final HttpOptions options;
    private final String url;
    private volatile boolean closed;

    Exchange(Vertx vertx, WebClient client, HttpOptions options) {
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
        long limit = options.requestTimeout().toMillis();
        long timer = vertx.setTimer(limit, id -> promise.tryFail(new RequestTimeoutException(operation,
                operation + ": no complete answer within " + limit + " ms; the request may have been processed", null)));
        client.postAbs(url)
                .putHeader(FORMAT_HEADER, asked.wireName())
                .connectTimeout(options.connectTimeout().toMillis())
                .idleTimeout(options.idleTimeout().toMillis())
                // Percent-encodes the UTF-8 bytes. Vert.x writes the content type without a charset
                // parameter and refuses one; the bytes are UTF-8 either way, as the API requires.
                .sendForm(form, "UTF-8")
                .onComplete(ar -> {
                    vertx.cancelTimer(timer);
                    if (ar.succeeded()) {
                        HttpResponse<Buffer> response = ar.result();
                        Buffer body = response.body();
                        promise.tryComplete(new Answer(response.statusCode(),
                                ResponseFormat.fromWire(response.getHeader(FORMAT_HEADER)),
                                body == null ? new byte[0] : body.getBytes()));
                    } else {
                        promise.tryFail(Failures.transport(operation, ar.cause()));
                    }
                });
        return promise.future();
    }
}
