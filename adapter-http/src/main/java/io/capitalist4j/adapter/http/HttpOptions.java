package io.capitalist4j.adapter.http;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the client talks to the API. Every timeout is finite. {@link #defaults()} is the production
 * endpoint with JSON answers and token sessions; {@link #toBuilder()} changes single settings.
 *
 * @param baseUrl          the endpoint, {@code https://api.capitalist.net/} by default
 * @param connectTimeout   to establish the TCP (and TLS) connection
 * @param idleTimeout      longest silence while a request is under way
 * @param requestTimeout   the whole exchange, from sending to the last byte of the answer
 * @param trustStore       trust exactly this store instead of the JDK's; verification stays on either way
 * @param format           the answer format asked for (get_documents_history_ext always asks JSON)
 * @param authMode         token sessions or plain password
 * @param userAgent        the User-Agent header
 * @param vertx            a Vert.x instance to run on; it is never closed by the client
 * @param readRetries      extra attempts for reads after a transport failure, timeout or 5xx (0 = none);
 *                         uploads and confirmations are never repeated
 * @param retryBaseDelay   first backoff delay; doubles per attempt, capped, with jitter
 * @param clock            the clock of the login lock
 * @param loginLockPeriod  how long no credentials are sent after code 16
 * @param maxConnections   keep-alive connections to the API at most (default 5); more calls in flight wait in a queue
 */
public record HttpOptions(URI baseUrl, Duration connectTimeout, Duration idleTimeout, Duration requestTimeout,
                          Optional<TrustStore> trustStore, Optional<ProxySettings> proxy, ResponseFormat format,
                          AuthMode authMode, String userAgent, Optional<Vertx> vertx, int readRetries,
                          Duration retryBaseDelay, Clock clock, Duration loginLockPeriod, int maxConnections) {

    public static final URI PRODUCTION = URI.create("https://api.capitalist.net/");
    public static final int MAX_READ_RETRIES = 10;
    public static final int DEFAULT_MAX_CONNECTIONS = 5;

    public HttpOptions {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL: " + baseUrl);
        }
        if (baseUrl.getUserInfo() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a user name or password");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(trustStore, "trustStore");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(authMode, "authMode");
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
        Objects.requireNonNull(loginLockPeriod, "loginLockPeriod");
        if (loginLockPeriod.isNegative()) {
            throw new IllegalArgumentException("loginLockPeriod is negative: " + loginLockPeriod);
        }
        if (maxConnections < 1 || maxConnections > 1024) {
            throw new IllegalArgumentException("maxConnections must be 1 to 1024: " + maxConnections);
        }
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** Production endpoint, JSON, token sessions, 10 s connect, 30 s idle, 60 s per request, 2 read retries. */
    public static HttpOptions defaults() {
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
        private Optional<TrustStore> trustStore = Optional.empty();
        private Optional<ProxySettings> proxy = Optional.empty();
        private ResponseFormat format = ResponseFormat.JSON;
        private AuthMode authMode = AuthMode.TOKEN;
        private String userAgent = "capitalist4j";
        private Optional<Vertx> vertx = Optional.empty();
        private int readRetries = 2;
        private Duration retryBaseDelay = Duration.ofMillis(200);
        private Clock clock = Clock.systemUTC();
        private Duration loginLockPeriod = Duration.ofMinutes(30);
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;

        private Builder() {
        }

        private Builder(HttpOptions o) {
            baseUrl = o.baseUrl;
            connectTimeout = o.connectTimeout;
            idleTimeout = o.idleTimeout;
            requestTimeout = o.requestTimeout;
            trustStore = o.trustStore;
            proxy = o.proxy;
            format = o.format;
            authMode = o.authMode;
            userAgent = o.userAgent;
            vertx = o.vertx;
            readRetries = o.readRetries;
            retryBaseDelay = o.retryBaseDelay;
            clock = o.clock;
            loginLockPeriod = o.loginLockPeriod;
            maxConnections = o.maxConnections;
        }

        public Builder baseUrl(URI value) { baseUrl = value; return this; }
        public Builder connectTimeout(Duration value) { connectTimeout = value; return this; }
        public Builder idleTimeout(Duration value) { idleTimeout = value; return this; }
        public Builder requestTimeout(Duration value) { requestTimeout = value; return this; }
        public Builder trustStore(TrustStore value) { trustStore = Optional.of(value); return this; }
        public Builder proxy(ProxySettings value) { proxy = Optional.of(value); return this; }
        public Builder format(ResponseFormat value) { format = value; return this; }
        public Builder authMode(AuthMode value) { authMode = value; return this; }
        public Builder userAgent(String value) { userAgent = value; return this; }
        public Builder vertx(Vertx value) { vertx = Optional.of(value); return this; }
        public Builder readRetries(int value) { readRetries = value; return this; }
        public Builder retryBaseDelay(Duration value) { retryBaseDelay = value; return this; }
        public Builder clock(Clock value) { clock = value; return this; }
        public Builder loginLockPeriod(Duration value) { loginLockPeriod = value; return this; }
        public Builder maxConnections(int value) { maxConnections = value; return this; }

        public HttpOptions build() {
            return new HttpOptions(baseUrl, connectTimeout, idleTimeout, requestTimeout, trustStore, proxy, format,
                    authMode, userAgent, vertx, readRetries, retryBaseDelay, clock, loginLockPeriod, maxConnections);
        }
    }
}
