package io.capitalist4j.testkit.scripted;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scripted server does with one request: an HTTP answer (status, headers, body bytes), possibly broken
 * on the wire by a {@link WireFault}, possibly sent after a delay. Immutable: every {@code with} method returns
 * a new answer. An answer is also the {@link Responder} that always gives itself, so it can be queued or made the
 * default wherever a responder can.
 */
public final class Answer implements Responder {

    /** The header in which a v1 server names the format of its answer. */
    public static final String FORMAT_HEADER = "x-response-format";

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final WireFault fault;
    private final byte[] raw;
    private final Duration delay;

    private Answer(int status, Map<String, String> headers, byte[] body, WireFault fault, byte[] raw, Duration delay) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must have three digits, got " + status);
        }
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body;
        this.fault = fault;
        this.raw = raw;
        this.delay = delay;
    }

    /** Status and body bytes as given, with no header at all (not even a format header). */
    public static Answer of(int status, byte[] body) {
        return new Answer(status, Map.of(), Objects.requireNonNull(body, "body").clone(), null, null, Duration.ZERO);
    }

    /** HTTP 200 with a JSON body, labelled {@code x-response-format: json} as the live server does. */
    public static Answer json(String body) {
        return of(200, body.getBytes(StandardCharsets.UTF_8))
                .header("content-type", "application/json; charset=utf-8").header(FORMAT_HEADER, "json");
    }

    /** A v1 success: {@code {"code":0,"message":"","data":<data>}} where {@code data} is raw JSON. */
    public static Answer ok(String data) {
        return json("{\"code\":0,\"message\":\"\",\"data\":" + Objects.requireNonNull(data, "data") + "}");
    }

    /** A v1 refusal: HTTP 200 with {@code {"code":<code>,"message":"<message>","data":[]}}. */
    public static Answer error(int code, String message) {
        return json("{\"code\":" + code + ",\"message\":" + quote(message) + ",\"data\":[]}");
    }

    /** A plain-text answer, such as a gateway's error page. */
    public static Answer text(int status, String body) {
        return of(status, body.getBytes(StandardCharsets.UTF_8)).header("content-type", "text/plain; charset=utf-8");
    }

    /** No answer at all, only the fault ({@link WireFault#CLOSE}, {@link WireFault#RESET}, ...). */
    public static Answer fault(WireFault fault) {
        return of(200, new byte[0]).broken(fault);
    }

    /** These exact bytes on the connection instead of an HTTP answer, then the connection is closed. */
    public static Answer raw(byte[] bytes) {
        return new Answer(200, Map.of(), new byte[0], null, Objects.requireNonNull(bytes, "bytes").clone(), Duration.ZERO);
    }

    /** The same answer with another status. */
    public Answer status(int value) {
        return new Answer(value, headers, body, fault, raw, delay);
    }

    /** The same answer with this header set (names are case-insensitive; a second value replaces the first). */
    public Answer header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
        return new Answer(status, copy, body, fault, raw, delay);
    }

    /** The same answer broken on the wire by {@code value}. */
    public Answer broken(WireFault value) {
        return new Answer(status, headers, body, Objects.requireNonNull(value, "fault"), raw, delay);
    }

    /** The same answer, sent (or broken) only after {@code value} has passed on the wall clock. */
    public Answer delayed(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, got " + value);
        }
        return new Answer(status, headers, body, fault, raw, value);
    }

    public int status() {
        return status;
    }

    /** The headers, names in lower case, in the order they were set. */
    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<WireFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The bytes that replace the HTTP answer, when this answer was made by {@link #raw}. */
    public Optional<byte[]> raw() {
        return raw == null ? Optional.empty() : Optional.of(raw.clone());
    }

    public Duration delay() {
        return delay;
    }

    @Override
    public Answer answer(ReceivedRequest request) {
        return this;
    }

    /** Enough to tell answers apart in an assertion message: status, headers, fault, delay, start of the body. */
    @Override
    public String toString() {
        String text = raw != null ? new String(raw, StandardCharsets.UTF_8) : bodyText();
        return (raw != null ? "raw bytes" : "HTTP " + status + " " + headers) + (fault == null ? "" : " " + fault)
                + (delay.isZero() ? "" : " after " + delay) + " [" + (raw != null ? raw.length : body.length) + " bytes] "
                + text.substring(0, Math.min(120, text.length()));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Answer)) {
            return false;
        }
        Answer that = (Answer) other;
        return status == that.status && headers.equals(that.headers) && Arrays.equals(body, that.body)
                && fault == that.fault && Arrays.equals(raw, that.raw) && delay.equals(that.delay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body), fault, Arrays.hashCode(raw), delay);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
