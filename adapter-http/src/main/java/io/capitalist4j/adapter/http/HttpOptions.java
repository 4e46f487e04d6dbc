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
 * endpoint with JSON answers and token sessions; {@link #builder()} and {@link #toBuilder()} change single
 * settings. Built only through its builder, so that a new setting breaks no caller. Immutable.
 *
 * <ul>
 * <li>{@code baseUrl}: the endpoint, {@code https://api.capitalist.net/} by default</li>
 * <li>{@code connectTimeout}: to establish the TCP (and TLS) connection</li>
 * <li>{@code idleTimeout}: longest silence while a request is under way</li>
 * <li>{@code requestTimeout}: the total deadline of one exchange, from sending to the last byte of the answer,
 *    however steadily the bytes come; when it passes the call fails and the connection is reset</li>
 * <li>{@code maxAnswerBytes}: the largest answer body read (default 32 MiB); a larger one fails the call</li>
 * <li>{@code trustStore}: trust exactly this store instead of the JDK's; verification stays on either way</li>
 * <li>{@code proxy}: an outbound HTTP or SOCKS5 proxy, none by default</li>
 * <li>{@code format}: the answer format asked for (get_documents_history_ext always asks JSON)</li>
 * <li>{@code authMode}: token sessions or plain password (refused over {@code http://} to a host that is not
 *    loopback unless {@code allowPlainPasswordOverHttp})</li>
 * <li>{@code userAgent}: the User-Agent header</li>
 * <li>{@code language}: {@code en} or {@code ru}, sent as {@code x-language} so that the server's messages come in
 *    that language; none by default (the server then answers in its own default)</li>
 * <li>{@code vertx}: a Vert.x instance to run on; it is never closed by the client</li>
 * <li>{@code readRetries}: extra attempts for reads after a transport failure, timeout or 5xx (0 = none);
 *    uploads and confirmations are never repeated</li>
 * <li>{@code retryBaseDelay}: first backoff delay; doubles per attempt, capped, with jitter</li>
 * <li>{@code clock}: the clock of the login lock</li>
 * <li>{@code loginLockPeriod}: how long no credentials are sent after code 16</li>
 * <li>{@code maxConnections}: keep-alive connections to the API at most (default 5); more calls in flight wait
 *    in a queue</li>
 * </ul>
 */
public final class HttpOptions {

    public static final URI PRODUCTION = URI.create("https://api.capitalist.net/");
    public static final int MAX_READ_RETRIES = 10;
    public static final int DEFAULT_MAX_CONNECTIONS = 5;
    public static final int DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    /** The languages the server's {@code x-language} header knows. */
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "ru");

    private final URI baseUrl;
    private final Duration connectTimeout;
    private final Duration idleTimeout;
    private final Duration requestTimeout;
    private final Optional<TrustStore> trustStore;
    private final Optional<ProxySettings> proxy;
    private final ResponseFormat format;
    private final AuthMode authMode;
    private final String userAgent;
    private final Optional<Vertx> vertx;
    private final int readRetries;
    private final Duration retryBaseDelay;
    private final Clock clock;
    private final Duration loginLockPeriod;
    private final int maxConnections;
    private final boolean allowPlainPasswordOverHttp;
    private final int maxAnswerBytes;
    private final Optional<String> language;

    private HttpOptions(Builder b) {
        this.baseUrl = b.baseUrl;
        this.connectTimeout = b.connectTimeout;
        this.idleTimeout = b.idleTimeout;
        this.requestTimeout = b.requestTimeout;
        this.trustStore = b.trustStore;
        this.proxy = b.proxy;
        this.format = b.format;
        this.authMode = b.authMode;
        this.userAgent = b.userAgent;
        this.vertx = b.vertx;
        this.readRetries = b.readRetries;
        this.retryBaseDelay = b.retryBaseDelay;
        this.clock = b.clock;
        this.loginLockPeriod = b.loginLockPeriod;
        this.maxConnections = b.maxConnections;
        this.allowPlainPasswordOverHttp = b.allowPlainPasswordOverHttp;
        this.maxAnswerBytes = b.maxAnswerBytes;
        this.language = b.language;

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
        Objects.requireNonNull(language, "language");
        if (language.isPresent() && !LANGUAGES.contains(language.get())) {
            throw new IllegalArgumentException("language must be en or ru: " + language.get());
        }
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
        if (maxAnswerBytes < 1 || maxAnswerBytes > 1 << 30) {
            throw new IllegalArgumentException("maxAnswerBytes must be 1 to 1 GiB: " + maxAnswerBytes);
        }
        if (plainPasswordInClear() && !allowPlainPasswordOverHttp) {
            throw new IllegalArgumentException(PlainPasswordRule.refusal(baseUrl));
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

    public Optional<TrustStore> trustStore() {
        return trustStore;
    }

    public Optional<ProxySettings> proxy() {
        return proxy;
    }

    public ResponseFormat format() {
        return format;
    }

    public AuthMode authMode() {
        return authMode;
    }

    public String userAgent() {
        return userAgent;
    }

    /** The {@code x-language} sent with every request, if any. */
    public Optional<String> language() {
        return language;
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

    public Duration loginLockPeriod() {
        return loginLockPeriod;
    }

    /**
     * Whether these options send the password readable on the network: {@link AuthMode#PLAIN} over
     * {@code http://} to a host other than {@code localhost}, {@code 127.0.0.0/8} or {@code ::1}. Such options
     * are refused unless {@link #allowPlainPasswordOverHttp()}.
     */
    public boolean plainPasswordInClear() {
        return PlainPasswordRule.inClear(authMode, baseUrl);
    }

    /** Whether {@link #plainPasswordInClear()} options were accepted on purpose. Default false. */
    public boolean allowPlainPasswordOverHttp() {
        return allowPlainPasswordOverHttp;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public int maxAnswerBytes() {
        return maxAnswerBytes;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof HttpOptions)) {
            return false;
        }
        HttpOptions o = (HttpOptions) other;
        return baseUrl.equals(o.baseUrl) && connectTimeout.equals(o.connectTimeout)
                && idleTimeout.equals(o.idleTimeout) && requestTimeout.equals(o.requestTimeout)
                && trustStore.equals(o.trustStore) && proxy.equals(o.proxy) && format.equals(o.format)
                && authMode.equals(o.authMode) && userAgent.equals(o.userAgent) && vertx.equals(o.vertx)
                && readRetries == o.readRetries && retryBaseDelay.equals(o.retryBaseDelay) && clock.equals(o.clock)
                && loginLockPeriod.equals(o.loginLockPeriod) && maxConnections == o.maxConnections
                && allowPlainPasswordOverHttp == o.allowPlainPasswordOverHttp && maxAnswerBytes == o.maxAnswerBytes
                && language.equals(o.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, connectTimeout, idleTimeout, requestTimeout, trustStore, proxy, format,
                authMode, userAgent, vertx, readRetries, retryBaseDelay, clock, loginLockPeriod, maxConnections,
                allowPlainPasswordOverHttp, maxAnswerBytes, language);
    }

    /** Every setting; the trust store and proxy show no password. */
    @Override
    public String toString() {
        return "HttpOptions[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", idleTimeout="
                + idleTimeout + ", requestTimeout=" + requestTimeout + ", trustStore=" + trustStore + ", proxy="
                + proxy + ", format=" + format + ", authMode=" + authMode + ", userAgent=" + userAgent + ", vertx="
                + vertx + ", readRetries=" + readRetries + ", retryBaseDelay=" + retryBaseDelay + ", clock=" + clock
                + ", loginLockPeriod=" + loginLockPeriod + ", maxConnections=" + maxConnections
                + ", allowPlainPasswordOverHttp=" + allowPlainPasswordOverHttp + ", maxAnswerBytes=" + maxAnswerBytes
                + ", language=" + language + "]";
    }

    /** Production endpoint, JSON, token sessions, 10 s connect, 30 s idle, 60 s per request, 32 MiB answers, 2 read retries. */
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
        private boolean allowPlainPasswordOverHttp;
        private int maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;
        private Optional<String> language = Optional.empty();

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
            allowPlainPasswordOverHttp = o.allowPlainPasswordOverHttp;
            maxAnswerBytes = o.maxAnswerBytes;
            language = o.language;
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
        public Builder maxAnswerBytes(int value) { maxAnswerBytes = value; return this; }
        /** {@code en} or {@code ru}; checked by {@link #build()}. */
        public Builder language(String value) { language = Optional.of(value); return this; }

        /**
         * Accepts {@link AuthMode#PLAIN} over {@code http://} to a host that is not loopback, where the password
         * crosses the network in clear text (a TLS-terminating proxy on a trusted network, say). Refused otherwise.
         */
        public Builder allowPlainPasswordOverHttp(boolean value) { allowPlainPasswordOverHttp = value; return this; }

        public HttpOptions build() {
            return new HttpOptions(this);
        }
    }
}
