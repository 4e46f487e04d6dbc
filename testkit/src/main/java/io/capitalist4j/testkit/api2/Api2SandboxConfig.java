package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that shapes the fake API2 server, with the choices of reference §14 as defaults (listed in
 * docs/protocol-notes.md, "API2 sandbox"). Immutable; build with {@link #builder()}.
 */
public final class Api2SandboxConfig {

    /** What a second {@code POST /v1/payment} with a known {@code userRequestId} answers (reference §6, §14 Q8). */
    public enum RepeatPolicy {
        /** Same account, amount, currency and payload: 200 with the first {@code documentId}; different: 400. */
        FIRST_DOCUMENT_IF_SAME,
        /** 200 with the first {@code documentId} whatever the repeat holds. */
        FIRST_DOCUMENT_ALWAYS,
        /** 400 {@code {"error": …}} for every repeat. */
        REFUSE,
        /**
         * Every repeat creates another payment, as a server that ignores idempotency would: the worst case a client
         * must survive, for tests that prove a client never sends a payout twice.
         */
        CREATE_AGAIN
    }

    /** 2^53 + 1: the first id no {@code double} can hold. */
    public static final long FIRST_UNSAFE_ID = 9_007_199_254_740_993L;

    private final Clock clock;
    private final String apiKey;
    private final String apiSecret;
    private final List<Api2Account> accounts;
    private final Duration timestampWindow;
    private final boolean acceptUppercaseSignature;
    private final int authFailureStatus;
    private final int unknownPaymentStatus;
    private final boolean requireJsonContentType;
    private final boolean enforceWhitelist;
    private final List<String> whitelist;
    private final RepeatPolicy repeatPolicy;
    private final Api2Timeline timeline;
    private final Api2OutcomePolicy outcomePolicy;
    private final BigDecimal feePercent;
    private final Map<String, BigDecimal> usdValues;
    private final long firstDocumentId;
    private final int maxTransactionsLimit;
    private final Duration callbackTimeout;
    private final Duration sweepInterval;

    private Api2SandboxConfig(Builder b) {
        this.clock = b.clock;
        this.apiKey = b.apiKey;
        this.apiSecret = b.apiSecret;
        this.accounts = List.copyOf(b.accounts);
        this.timestampWindow = b.timestampWindow;
        this.acceptUppercaseSignature = b.acceptUppercaseSignature;
        this.authFailureStatus = b.authFailureStatus;
        this.unknownPaymentStatus = b.unknownPaymentStatus;
        this.requireJsonContentType = b.requireJsonContentType;
        this.enforceWhitelist = b.enforceWhitelist;
        this.whitelist = List.copyOf(b.whitelist);
        this.repeatPolicy = b.repeatPolicy;
        this.timeline = b.timeline;
        this.outcomePolicy = b.outcomePolicy;
        this.feePercent = b.feePercent;
        this.usdValues = Map.copyOf(b.usdValues);
        this.firstDocumentId = b.firstDocumentId;
        this.maxTransactionsLimit = b.maxTransactionsLimit;
        this.callbackTimeout = b.callbackTimeout;
        this.sweepInterval = b.sweepInterval;
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (Api2Account a : accounts) {
            if (!numbers.add(a.number())) {
                throw new IllegalArgumentException("account listed twice: " + a.number());
            }
        }
    }

    /** The defaults: the {@link Api2SandboxIdentity} key, secret and accounts, and the reference §14 choices. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = clock;
        b.apiKey = apiKey;
        b.apiSecret = apiSecret;
        b.accounts.clear();
        b.accounts.addAll(accounts);
        b.timestampWindow = timestampWindow;
        b.acceptUppercaseSignature = acceptUppercaseSignature;
        b.authFailureStatus = authFailureStatus;
        b.unknownPaymentStatus = unknownPaymentStatus;
        b.requireJsonContentType = requireJsonContentType;
        b.enforceWhitelist = enforceWhitelist;
        b.whitelist.addAll(whitelist);
        b.repeatPolicy = repeatPolicy;
        b.timeline = timeline;
        b.outcomePolicy = outcomePolicy;
        b.feePercent = feePercent;
        b.usdValues.clear();
        b.usdValues.putAll(usdValues);
        b.firstDocumentId = firstDocumentId;
        b.maxTransactionsLimit = maxTransactionsLimit;
        b.callbackTimeout = callbackTimeout;
        b.sweepInterval = sweepInterval;
        return b;
    }

    public Clock clock() { return clock; }
    public String apiKey() { return apiKey; }
    /** The API secret the server checks signatures with and signs callbacks with. */
    public String apiSecret() { return apiSecret; }
    public List<Api2Account> accounts() { return accounts; }
    public Duration timestampWindow() { return timestampWindow; }
    public boolean acceptUppercaseSignature() { return acceptUppercaseSignature; }
    public int authFailureStatus() { return authFailureStatus; }
    public int unknownPaymentStatus() { return unknownPaymentStatus; }
    public boolean requireJsonContentType() { return requireJsonContentType; }
    public boolean enforceWhitelist() { return enforceWhitelist; }
    public List<String> whitelist() { return whitelist; }
    public RepeatPolicy repeatPolicy() { return repeatPolicy; }
    public Api2Timeline timeline() { return timeline; }
    public Api2OutcomePolicy outcomePolicy() { return outcomePolicy; }
    public BigDecimal feePercent() { return feePercent; }
    public Map<String, BigDecimal> usdValues() { return usdValues; }
    public long firstDocumentId() { return firstDocumentId; }
    public int maxTransactionsLimit() { return maxTransactionsLimit; }
    public Duration callbackTimeout() { return callbackTimeout; }
    public Duration sweepInterval() { return sweepInterval; }

    @Override
    public String toString() {
        return "Api2SandboxConfig[key=" + apiKey + ", accounts=" + accounts.size() + ", window=" + timestampWindow
                + ", timeline=" + timeline + ", repeat=" + repeatPolicy + "]";
    }

    /** Mutable builder; every setter validates its argument. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String apiKey = Api2SandboxIdentity.API_KEY;
        private String apiSecret = Api2SandboxIdentity.API_SECRET;
        private final List<Api2Account> accounts = new ArrayList<>(Api2SandboxIdentity.accounts());
        private Duration timestampWindow = Duration.ofMinutes(5);
        private boolean acceptUppercaseSignature = false;
        private int authFailureStatus = 401;
        private int unknownPaymentStatus = 404;
        private boolean requireJsonContentType = true;
        private boolean enforceWhitelist = true;
        private final List<String> whitelist = new ArrayList<>();
        private RepeatPolicy repeatPolicy = RepeatPolicy.FIRST_DOCUMENT_IF_SAME;
        private Api2Timeline timeline = Api2Timeline.after(Duration.ofSeconds(1));
        private Api2OutcomePolicy outcomePolicy = Api2OutcomePolicy.executeAll();
        private BigDecimal feePercent = BigDecimal.ONE;
        private final Map<String, BigDecimal> usdValues = new LinkedHashMap<>(Api2Rates.DEFAULT_USD_VALUES);
        private long firstDocumentId = FIRST_UNSAFE_ID;
        private int maxTransactionsLimit = 0;
        private Duration callbackTimeout = Duration.ofSeconds(5);
        private Duration sweepInterval = Duration.ofMillis(100);

        private Builder() {
        }

        /** The clock of timestamps, payment states, dates and callbacks. Default the system clock (UTC). */
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value, "clock"); return this; }

        public Builder apiKey(String value) { this.apiKey = nonBlank("apiKey", value); return this; }

        public Builder apiSecret(String value) { this.apiSecret = nonBlank("apiSecret", value); return this; }

        /** Replaces the accounts (default those of {@link Api2SandboxIdentity}). */
        public Builder accounts(List<Api2Account> value) {
            List<Api2Account> copy = List.copyOf(value);
            this.accounts.clear();
            this.accounts.addAll(copy);
            return this;
        }

        /** Adds one account. */
        public Builder account(Api2Account value) { this.accounts.add(Objects.requireNonNull(value, "account")); return this; }

        /** How far {@code X-Request-Timestamp} may be from the clock, either way. Default 5 minutes; zero turns the check off. */
        public Builder timestampWindow(Duration value) {
            Objects.requireNonNull(value, "timestampWindow");
            if (value.isNegative()) {
                throw new IllegalArgumentException("timestampWindow must not be negative: " + value);
            }
            this.timestampWindow = value;
            return this;
        }

        /** Whether an upper-case hex {@code Signature} is accepted. Default false (exact compare, §14 Q3). */
        public Builder acceptUppercaseSignature(boolean value) { this.acceptUppercaseSignature = value; return this; }

        /** The status of an authentication failure (key, timestamp, signature). Default 401 (§14 Q4). */
        public Builder authFailureStatus(int value) { this.authFailureStatus = errorStatus(value); return this; }

        /** The status of a lookup of an unknown payment. Default 404 (§14 Q6). */
        public Builder unknownPaymentStatus(int value) { this.unknownPaymentStatus = errorStatus(value); return this; }

        /** Whether a request with a body must say {@code Content-Type: application/json} (else 415). Default true (§14 Q10). */
        public Builder requireJsonContentType(boolean value) { this.requireJsonContentType = value; return this; }

        /** Whether a non-empty whitelist refuses other client IPs with 403. Default true. */
        public Builder enforceWhitelist(boolean value) { this.enforceWhitelist = value; return this; }

        /** A whitelist entry present from the start (exact IPv4, or {@code *} as the last octet). Default none. */
        public Builder whitelisted(String entry) {
            if (!Whitelist.isValidEntry(entry)) {
                throw new IllegalArgumentException("not an IPv4 address or pattern: " + entry);
            }
            this.whitelist.add(entry);
            return this;
        }

        public Builder repeatPolicy(RepeatPolicy value) { this.repeatPolicy = Objects.requireNonNull(value, "repeatPolicy"); return this; }

        /** How long payments stay PENDING. Default {@code Api2Timeline.after(1 s)}. */
        public Builder timeline(Api2Timeline value) { this.timeline = Objects.requireNonNull(value, "timeline"); return this; }

        public Builder outcomePolicy(Api2OutcomePolicy value) { this.outcomePolicy = Objects.requireNonNull(value, "outcomePolicy"); return this; }

        /** The fee as a percentage of the amount, charged on top (§14 Q22). Default 1; zero for no fee. */
        public Builder feePercent(BigDecimal value) {
            Objects.requireNonNull(value, "feePercent");
            if (value.signum() < 0) {
                throw new IllegalArgumentException("feePercent must not be negative: " + value);
            }
            this.feePercent = value;
            return this;
        }

        /** The value of one unit of {@code currency} in USD; rates are quotients of these. */
        public Builder usdValue(String currency, BigDecimal value) {
            if (!Currencies.isKnown(currency)) {
                throw new IllegalArgumentException("not an API2 currency code: " + currency);
            }
            if (value.signum() <= 0) {
                throw new IllegalArgumentException("a USD value is positive: " + value);
            }
            this.usdValues.put(currency, value);
            return this;
        }

        /** The first {@code documentId}; ids go up by 2. Default 2^53 + 1, so that every id is odd and above 2^53 and no double holds one. */
        public Builder firstDocumentId(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("firstDocumentId must be positive: " + value);
            }
            this.firstDocumentId = value;
            return this;
        }

        /** The largest {@code limit} of {@code GET /v1/transactions}; a larger one answers 400. Default 0: no maximum. */
        public Builder maxTransactionsLimit(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxTransactionsLimit must not be negative: " + value);
            }
            this.maxTransactionsLimit = value;
            return this;
        }

        /** How long one callback may take. Default 5 s (§14 Q11). */
        public Builder callbackTimeout(Duration value) { this.callbackTimeout = positive("callbackTimeout", value); return this; }

        /**
         * How often (wall-clock time) the server moves due payments on and sends their callbacks without being
         * asked. Default 100 ms; zero turns the sweep off (then only requests and {@link FakeApi2Server#settle()}
         * move payments).
         */
        public Builder sweepInterval(Duration value) {
            Objects.requireNonNull(value, "sweepInterval");
            if (value.isNegative()) {
                throw new IllegalArgumentException("sweepInterval must not be negative: " + value);
            }
            this.sweepInterval = value;
            return this;
        }

        public Api2SandboxConfig build() {
            return new Api2SandboxConfig(this);
        }

        private static String nonBlank(String name, String value) {
            Objects.requireNonNull(value, name);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static int errorStatus(int status) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error status is 400 to 599: " + status);
            }
            return status;
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
