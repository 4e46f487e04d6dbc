package io.capitalist4j.testkit.api2;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * One call that reached the fake API2 server, as received: method, raw path, raw query, headers (names in lower
 * case, values in order) and the exact body bytes, with what the server made of it. The headers include
 * {@code Signature} and {@code X-Request-Timestamp} so that tests can check them; {@link #toString()} leaves them
 * and the body out.
 *
 * @param status the HTTP status answered; empty when the connection was dropped without an answer
 */
public record Api2RecordedRequest(Instant at, String method, String path, Optional<String> query,
                                  Map<String, List<String>> headers, byte[] body, Api2Operation operation,
                                  Optional<String> fault, OptionalInt status, boolean processed) {

    public Api2RecordedRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(query, "query");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        headers.forEach((k, v) -> copy.computeIfAbsent(k.toLowerCase(java.util.Locale.ROOT), x -> new ArrayList<>())
                .addAll(v));
        copy.replaceAll((k, v) -> List.copyOf(v));
        headers = Collections.unmodifiableMap(copy);
        body = body.clone();
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(status, "status");
    }

    /** A copy of the body bytes. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header (name in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "Api2RecordedRequest[" + at + " " + method + " " + path + " " + operation
                + fault.map(f -> " fault=" + f).orElse("")
                + (status.isPresent() ? " status=" + status.getAsInt() : " no answer")
                + " body=" + body.length + " bytes]";
    }
}
