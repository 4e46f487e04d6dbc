package io.capitalist4j.adapter.http;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A loopback HTTP server for the client tests: it records every request (form decoded from the raw
 * bytes, so byte-exactness can be checked) and answers as the test's script says. By default it answers
 * every operation with its fixture in the format the request asked for.
 */
final class ScriptedServer implements AutoCloseable {

    /** One request as the server read it. */
    static final class Received {
        final String contentType;
        final String format;
        final Map<String, List<byte[]>> params;

        Received(String contentType, String format, Map<String, List<byte[]>> params) {
            this.contentType = contentType;
            this.format = format;
            this.params = params;
        }

        String operation() {
            return param("operation");
        }

        boolean has(String name) {
            return params.containsKey(name);
        }

        String param(String name) {
            List<byte[]> values = params.get(name);
            return values == null ? null : new String(values.get(0), StandardCharsets.UTF_8);
        }

        byte[] rawParam(String name) {
            return params.get(name).get(0);
        }
    }

    /** What to do with a request. */
    interface Reply {
        void send(HttpServerRequest request);
    }

    static Reply answer(int status, String format, byte[] body) {
        return request -> {
            var response = request.response().setStatusCode(status);
            if (format != null) {
                response.putHeader("x-response-format", format);
            }
            response.end(Buffer.buffer(body));
        };
    }

    static Reply answer(String format, String body) {
        return answer(200, format, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply fixture(String name) {
        String format = name.endsWith(".json-lite") ? "json-lite" : name.endsWith(".csv") ? "csv" : "json";
        return answer(200, format, fixtureBytes(name));
    }

    static Reply hang() {
        return request -> { };
    }

    /** Reads the request, then closes the connection without a word. */
    static Reply drop() {
        return request -> request.connection().close();
    }

    /** Promises a longer body than it sends, then closes. */
    static Reply cutShort(String format, String body) {
        return request -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            var response = request.response().putHeader("x-response-format", format)
                    .putHeader("content-length", Integer.toString(bytes.length * 2));
            response.write(Buffer.buffer(bytes)).onComplete(x -> request.connection().close());
        };
    }

    private final Vertx vertx;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Reply> script = ScriptedServer::byFixture;

    ScriptedServer(Vertx vertx) {
        this.vertx = vertx;
        this.server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0))
                .requestHandler(this::handle);
        try {
            server.listen().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("test server did not start", e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/");
    }

    void script(Function<Received, Reply> value) {
        script = value;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    long count(String operation) {
        return received.stream().filter(r -> operation.equals(r.operation())).count();
    }

    int total() {
        return received.size();
    }

    private void handle(HttpServerRequest request) {
        String contentType = request.getHeader("content-type");
        String format = request.getHeader("x-response-format");
        request.body().onSuccess(body -> {
            Received r = new Received(contentType, format, decodeForm(body.getBytes()));
            received.add(r);
            script.apply(r).send(request);
        });
    }

    /** The fixture for the operation in the asked format. */
    static Reply byFixture(Received r) {
        String suffix = r.format == null ? "json" : r.format;
        return fixture(r.operation() + "." + suffix);
    }

    /** A wire fixture: adapter-csv's test resources, on this classpath through its test-jar. */
    static byte[] fixtureBytes(String name) {
        try (InputStream in = ScriptedServer.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** application/x-www-form-urlencoded, decoded to bytes without assuming any charset. */
    static Map<String, List<byte[]>> decodeForm(byte[] body) {
        Map<String, List<byte[]>> params = new LinkedHashMap<>();
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        if (ascii.isEmpty()) {
            return params;
        }
        for (String pair : ascii.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = new String(percentDecode(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8);
            byte[] value = eq < 0 ? new byte[0] : percentDecode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    static MultiMap none() {
        return MultiMap.caseInsensitiveMultiMap();
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
