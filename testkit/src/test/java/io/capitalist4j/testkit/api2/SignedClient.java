package io.capitalist4j.testkit.api2;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A raw API2 caller for tests, written from the reference on its own (JDK HttpClient, its own SHA-256): neither the
 * client adapter's code nor the server's. Every header can be overridden to build a wrong request on purpose.
 */
final class SignedClient {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final URI base;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SignedClient(URI base, Clock clock) {
        this.base = base;
        this.clock = clock;
    }

    static String sha256Hex(String timestamp, byte[] body, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            sha.update(body);
            sha.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    Call get(String pathAndQuery) {
        return new Call("GET", pathAndQuery, new byte[0]);
    }

    Call post(String path, String body) {
        return new Call("POST", path, body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/json");
    }

    Call post(String path, byte[] body) {
        return new Call("POST", path, body).header("Content-Type", "application/json");
    }

    /** An answer: status, body text and the body parsed (null when it is not JSON). */
    record Answer(int status, String body, Map<String, String> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String error() {
            return json().get("error").asText();
        }
    }

    final class Call {
        private final String method;
        private final String path;
        private final byte[] body;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String key = Api2SandboxIdentity.API_KEY;
        private String secret = Api2SandboxIdentity.API_SECRET;
        private String timestamp;
        private String signature;

        Call(String method, String path, byte[] body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        Call header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Call key(String value) { this.key = value; return this; }
        Call secret(String value) { this.secret = value; return this; }
        Call timestamp(String value) { this.timestamp = value; return this; }
        Call signature(String value) { this.signature = value; return this; }
        Call withoutContentType() { headers.remove("Content-Type"); return this; }

        Answer send() {
            try {
                return sendOrThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Answer sendOrThrow() throws IOException {
            String ts = timestamp != null ? timestamp : Long.toString(clock.millis());
            String sig = signature != null ? signature : sha256Hex(ts, body, secret);
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                    .method(method, body.length == 0 && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (key != null) {
                b.header("API-Key", key);
            }
            if (!ts.isEmpty()) {
                b.header("X-Request-Timestamp", ts);
            }
            if (!sig.isEmpty()) {
                b.header("Signature", sig);
            }
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Map<String, String> h = new LinkedHashMap<>();
                r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
                return new Answer(r.statusCode(), r.body(), h);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
