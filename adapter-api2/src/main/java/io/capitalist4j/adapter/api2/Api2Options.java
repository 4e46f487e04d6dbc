package io.capitalist4j.adapter.api2;

import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the API2 client talks to the server. Every timeout is finite. {@link #defaults()} is the production endpoint;
 * {@link #builder()} and {@link #toBuilder()} change single settings. Immutable.
 *
 * <ul>
 * <li>{@code baseUrl}: the endpoint, {@code https://api2.capitalist.net/} by default; paths {@code /v1/…} are
 *    appended to it</li>
 * <li>{@code connectTimeout}: to establish the TCP (and TLS) connection</li>
 * <li>{@code idleTimeout}: longest silence while a request is under way</li>
 * <li>{@code requestTimeout}: the total deadline of one exchange, from sending to the last byte of the answer; when
 *    it passes the call fails and the connection is reset</li>
 * <li>{@code maxAnswerBytes}: the largest answer body read (default 8 MiB); a larger one fails the call</li>
 * <li>{@code userAgent}: the User-Agent header</li>
 * <li>{@code vertx}: a Vert.x instance to run on; it is never closed by the client</li>
 * <li>{@code readRetries}: extra attempts for reads after a transport failure, a timeout, a 5xx or a 429 (0 = none);
 *    payments, exchanges and whitelist changes are never repeated</li>
 * <li>{@code retryBaseDelay}: first backoff delay; doubles per attempt, capped, with jitter</li>
 * <li>{@code clock}: the source of {@code X-Request-Timestamp} (epoch milliseconds); keep it synchronised</li>
 * <li>{@code maxConnections}: keep-alive connections at most (default 8); more calls in flight wait in a queue</li>
 * </ul>
 */
public final class Api2Options {

    public static final URI PRODUCTION = URI.create("https://api2.capitalist.net/");
    public static final int MAX_READ_RETRIES = 10;
    public static final int DEFAULT_MAX_CONNECTIONS = 8;
    public static final int DEFAULT_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private final Duration requestTimeout;
    private final String userAgent;
    private final Optional<Vertx> vertx;
    private final int readRetries;
    private final Duration retryBaseDelay;
    private final Clock clock;
    private final int maxConnections;
    private final int maxAnswerBytes;

    private Api2Options(Builder b) {
        this.baseUrl = b.baseUrl;
        this.connectTimeout = b.connectTimeout;
        this.idleTimeout = b.idleTimeout;
        this.requestTimeout = b.requestTimeout;
        this.userAgent = b.userAgent;
        this.vertx = b.vertx;
        this.readRetries = b.readRetries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.clock = b.clock;
        this.maxConnections = b.maxConnections;
        this.maxAnswerBytes = b.maxAnswerBytes;

        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL: " + baseUrl);
        }
        if (baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a user name or password");
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + baseUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is blank");
        }
        Objects.requireNonNull(vertx, "vertx");
        if (readRetries < 0 || readRetries > MAX_READ_RETRIES) {
            throw new IllegalArgumentException("readRetries must be 0 to " + MAX_READ_RETRIES + ": " + readRetries);
        }
        Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
        if (retryBaseDelay.isNegative()) {
            throw new IllegalArgumentException("retryBaseDelay is negative: " + retryBaseDelay);
        }
        Objects.requireNonNull(clock, "clock");
        if (maxConnections < 1 || maxConnections > 1024) {
            throw new IllegalArgumentException("maxConnections must be 1 to 1024: " + maxConnections);
        }
        if (maxAnswerBytes < 1 || maxAnswerBytes > 1 << 30) {
            throw new IllegalArgumentException("maxAnswerBytes must be 1 to 1 GiB: " + maxAnswerBytes);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public String userAgent() {
        return userAgent;
    }

    public Optional<Vertx> vertx() {
        return vertx;
    }

    public int readRetries() {
        return readRetries;
    }

    public Duration retryBaseDelay() {
        return retryBaseDelay;
    }

    public Clock clock() {
        return clock;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }

    @Override
    public String toString() {
        return "Api2Options[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", idleTimeout="
                + idleTimeout + ", requestTimeout=" + requestTimeout + ", userAgent=" + userAgent + ", vertx=" + vertx
                + ", readRetries=" + readRetries + ", retryBaseDelay=" + retryBaseDelay + ", clock=" + clock
                + ", maxConnections=" + maxConnections + ", maxAnswerBytes=" + maxAnswerBytes + "]";
    }

    /** Production endpoint, 10 s connect, 30 s idle, 60 s per request, 8 MiB answers, 2 read retries. */
    public static Api2Options defaults() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes settings one at a time; starts from {@link #defaults()}. */
    public static final class Builder {
        private URI baseUrl = PRODUCTION;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private String userAgent = "capitalist4j";
        private Optional<Vertx> vertx = Optional.empty();
        private int readRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(200);
        private Clock clock = Clock.systemUTC();
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;

        private Builder() {
        }

        private Builder(Api2Options o) {
            baseUrl = o.baseUrl;
            connectTimeout = o.connectTimeout;
            idleTimeout = o.idleTimeout;
            requestTimeout = o.requestTimeout;
            userAgent = o.userAgent;
            vertx = o.vertx;
            readRetries = o.readRetries;
            retryBaseDelay = o.retryBaseDelay;
            clock = o.clock;
            maxConnections = o.maxConnections;
            maxAnswerBytes = o.maxAnswerBytes;
        }

        public Builder baseUrl(URI value) { baseUrl = value; return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }
        public Builder idleTimeout(Duration value) { idleTimeout = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder userAgent(String value) { userAgent = value; return this; }
        public Builder vertx(Vertx value) { vertx = Optional.of(value); return this; }
        public Builder readRetries(int value) { readRetries = value; return this; }
        public Builder retryBaseDelay(Duration value) { retryBaseDelay = value; return this; }
        public Builder clock(Clock value) { clock = value; return this; }
        public Builder maxConnections(int value) { maxConnections = value; return this; }
        public Builder maxAnswerBytes(int value) { maxAnswerBytes = value; return this; }

        public Api2Options build() {
            return new Api2Options(this);
        }
    }
}
