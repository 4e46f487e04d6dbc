package io.capitalist4j.testkit.scripted;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as it arrived: the raw body bytes, the headers, the form fields decoded from those bytes
 * (urlencoded or multipart, without assuming a charset), the order in which it was read and the connection it
 * came on. Nothing is masked: a scripted server is for tests, and the test decides what a secret looks like.
 */
public final class ReceivedRequest {

    private final int sequence;
    private final int connection;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<String, List<byte[]>> fields;

    ReceivedRequest(int sequence, int connection, String method, String path, Map<String, List<String>> headers,
                    byte[] body, Map<String, List<byte[]>> fields) {
        this.sequence = sequence;
        this.connection = connection;
        this.method = method;
        this.path = path;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body;
        Map<String, List<byte[]>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.fields = copy;
    }

    /** 1 for the first request the server finished reading, 2 for the next, and so on. */
    public int sequence() {
        return sequence;
    }

    /** 1 for the first connection the server accepted, 2 for the next: equal numbers mean a reused connection. */
    public int connection() {
        return connection;
    }

    public String method() {
        return method;
    }

    /** The request target as sent, e.g. {@code /} or {@code /api?x=1}. */
    public String path() {
        return path;
    }

    /** The {@code operation} form field, or {@code ""} when the request has none. */
    public String operation() {
        return field("operation").orElse("");
    }

    /** Every header, names in lower case, values in the order they came. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body exactly as it arrived. */
    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Each field's first value read as UTF-8, in the order the fields came. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((name, values) -> out.put(name, new String(values.get(0), StandardCharsets.UTF_8)));
        return Collections.unmodifiableMap(out);
    }

    /** A field's first value read as UTF-8. */
    public Optional<String> field(String name) {
        return rawField(name).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** A field's first value as the bytes that were encoded on the wire (after percent or multipart decoding). */
    public Optional<byte[]> rawField(String name) {
        List<byte[]> values = fields.get(name);
        return values == null ? Optional.empty() : Optional.of(values.get(0).clone());
    }

    /** Every value of a field, in order: a form may repeat a name. */
    public List<String> fieldValues(String name) {
        List<String> out = new ArrayList<>();
        fields.getOrDefault(name, List.of()).forEach(v -> out.add(new String(v, StandardCharsets.UTF_8)));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "#" + sequence + " on connection " + connection + ": " + method + " " + path + " operation="
                + operation() + " (" + body.length + " bytes)";
    }
}
