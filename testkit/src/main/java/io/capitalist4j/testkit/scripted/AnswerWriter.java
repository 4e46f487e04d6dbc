package io.capitalist4j.testkit.scripted;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.impl.ConnectionBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Puts an {@link Answer} on the wire, including the broken ones. Faults that HTTP cannot express (a reset, bytes
 * that are not HTTP) go to the Netty channel under Vert.x, below its HTTP encoder and above TLS.
 */
final class AnswerWriter {

    private final Vertx vertx;

    AnswerWriter(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Writes {@code answer} after its delay; {@code finished} runs once the answer is complete or broken. */
    void write(HttpServerRequest request, Answer answer, Runnable finished) {
        if (answer.delay().isZero()) {
            writeNow(request, answer, finished);
        } else {
            vertx.setTimer(Math.max(1, answer.delay().toMillis()), id -> writeNow(request, answer, finished));
        }
    }

    private void writeNow(HttpServerRequest request, Answer answer, Runnable finished) {
        HttpServerResponse response = request.response();
        if (response.closed() || response.ended()) {
            finished.run();
            return;
        }
        if (answer.raw().isPresent()) {
            writeRawAndClose(request.connection(), answer.raw().get(), finished);
            return;
        }
        WireFault fault = answer.fault().orElse(null);
        if (fault == null) {
            head(response, answer).end(Buffer.buffer(answer.body())).onComplete(done -> finished.run());
            return;
        }
        byte[] body = answer.body();
        byte[] half = Arrays.copyOf(body, body.length / 2);
        switch (fault) {
            case CLOSE:
                request.connection().close().onComplete(done -> finished.run());
                return;
            case RESET:
                reset(request.connection(), finished);
                return;
            case NO_ANSWER:
                return; // finished when the connection goes
            case TRUNCATED_BODY:
                head(response, answer).putHeader("content-length", Integer.toString(Math.max(1, body.length)))
                        .write(Buffer.buffer(half)).onComplete(done -> closeAfter(request.connection(), finished));
                return;
            case TRUNCATED_CHUNKED:
                head(response, answer).setChunked(true).write(Buffer.buffer(half))
                        .onComplete(done -> closeAfter(request.connection(), finished));
                return;
            case MALFORMED_CHUNK:
                writeRawAndClose(request.connection(), malformedChunk(answer, half), finished);
                return;
            case TRICKLE:
                if (!answer.headers().containsKey("content-length")) {
                    response.putHeader("content-length", Integer.toString(body.length));
                }
                head(response, answer).writeHead();
                trickle(response, body, 0);
                return; // finished when the connection goes
            case ENDLESS_CHUNKED:
                head(response, answer).setChunked(true);
                endless(response, Buffer.buffer(repeated(body, ENDLESS_CHUNK)));
                return; // finished when the connection goes
            default:
                throw new IllegalStateException("no writer for " + fault);
        }
    }

    static final long TRICKLE_INTERVAL_MS = 1_000;
    private static final int ENDLESS_CHUNK = 64 * 1024;

    private void trickle(HttpServerResponse response, byte[] body, int next) {
        if (next < body.length) {
            vertx.setTimer(TRICKLE_INTERVAL_MS, id -> {
                if (!response.closed()) {
                    response.write(Buffer.buffer(new byte[] {body[next]}));
                    trickle(response, body, next + 1);
                }
            });
        }
    }

    /** One chunk per turn of the event loop, or after the client drained the queue: never blocks the loop. */
    private void endless(HttpServerResponse response, Buffer chunk) {
        if (response.closed()) {
            return;
        }
        response.write(chunk.copy());
        if (response.writeQueueFull()) {
            response.drainHandler(drained -> endless(response, chunk));
        } else {
            vertx.runOnContext(next -> endless(response, chunk));
        }
    }

    private static byte[] repeated(byte[] body, int size) {
        byte[] unit = body.length == 0 ? new byte[] {' '} : body;
        byte[] out = new byte[Math.max(size, unit.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = unit[i % unit.length];
        }
        return out;
    }

    private static HttpServerResponse head(HttpServerResponse response, Answer answer) {
        response.setStatusCode(answer.status());
        answer.headers().forEach(response::putHeader);
        return response;
    }

    private static void closeAfter(HttpConnection connection, Runnable finished) {
        connection.close().onComplete(done -> finished.run());
    }

    private static byte[] malformedChunk(Answer answer, byte[] half) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(" Scripted\r\n");
        answer.headers().forEach((name, value) -> {
            if (!name.equals("content-length") && !name.equals("transfer-encoding")) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        });
        head.append("transfer-encoding: chunked\r\n\r\n").append("zz\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(half);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** Below the HTTP encoder, so the bytes go out as they are (still through TLS when the server has it). */
    private static void writeRawAndClose(HttpConnection connection, byte[] bytes, Runnable finished) {
        Channel channel = channel(connection);
        if (channel == null) {
            closeAfter(connection, finished);
            return;
        }
        ChannelHandlerContext encoder = channel.pipeline().context("httpEncoder");
        var written = encoder != null ? encoder.writeAndFlush(Unpooled.wrappedBuffer(bytes))
                : channel.writeAndFlush(Unpooled.wrappedBuffer(bytes));
        written.addListener(done -> closeAfter(connection, finished));
    }

    /** SO_LINGER 0 turns the close into a TCP RST, which is what a crashed peer or a killed proxy sends. */
    private static void reset(HttpConnection connection, Runnable finished) {
        Channel channel = channel(connection);
        if (channel != null) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
        }
        closeAfter(connection, finished);
    }

    private static Channel channel(HttpConnection connection) {
        return connection instanceof ConnectionBase ? ((ConnectionBase) connection).channel() : null;
    }
}
