package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.api2.Api2Callback;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.DecodingException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a payment callback as the server POSTs it to your {@code callbackUrl} (reference §8): the
 * {@code Signature} header must be the SHA-256 of the {@code X-Request-Timestamp} header text, the body bytes
 * exactly as received, and your API secret. Hand it the raw bytes before any JSON parsing; the comparison takes
 * constant time. Then the timestamp must lie within the window of the verifier's clock (±5 minutes by default; the
 * reference documents none) and the delivery must be new to the {@link ReplayGuard} (by default one in memory that
 * forgets after the window). Independent of any HTTP server: give it the headers as your server has them.
 * Thread-safe.
 *
 * <pre>{@code
 * Api2CallbackVerifier verifier = Api2CallbackVerifier.builder(apiSecret).build();
 * CallbackVerdict verdict = verifier.verify(exchange.getRequestHeaders()::getFirst, rawBody);
 * }</pre>
 */
public final class Api2CallbackVerifier {

    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
    static final String OPERATION = "callback";

    private final Secret secret;
    private final Clock clock;
    private final Duration window;
    private final ReplayGuard replayGuard;
    private final Api2Json json;

    private Api2CallbackVerifier(Builder b) {
        this.secret = b.secret;
        this.clock = b.clock;
        this.window = b.window;
        this.replayGuard = b.replayGuard != null ? b.replayGuard
                : window.isZero() ? ReplayGuard.none() : ReplayGuard.inMemory(window, clock);
        this.json = new Api2Json(new KnownSecrets().add(secret));
    }

    public static Builder builder(Secret apiSecret) {
        return new Builder(apiSecret);
    }

    /** Verifies with the two header values (null when absent) and the raw body. */
    public CallbackVerdict verify(String timestampHeader, String signatureHeader, byte[] body) {
        Objects.requireNonNull(body, "body");
        if (timestampHeader == null || signatureHeader == null) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.MALFORMED, "missing "
                    + (timestampHeader == null ? Wire.TIMESTAMP : Wire.SIGNATURE) + " header");
        }
        String timestamp = timestampHeader.strip();
        if (timestamp.isEmpty() || timestamp.length() > 19 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.MALFORMED,
                    Wire.TIMESTAMP + " is not epoch milliseconds");
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.MALFORMED,
                    Wire.TIMESTAMP + " is not epoch milliseconds");
        }
        String signature = signatureHeader.strip().toLowerCase(Locale.ROOT);
        byte[] given = Signatures.unhex(signature);
        if (given == null) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.MALFORMED,
                    Wire.SIGNATURE + " is not 64 hexadecimal digits");
        }
        byte[] expected = Signatures.digest(timestamp, body, secret);
        if (!MessageDigest.isEqual(expected, given)) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.FORGED,
                    "the signature does not match the timestamp, the body and the API secret");
        }
        if (!window.isZero()) {
            long skew = clock.millis() - millis;
            if (Math.abs(skew) > window.toMillis()) {
                return CallbackVerdict.refused(CallbackVerdict.Kind.STALE, "timestamp " + timestamp + " is "
                        + Math.abs(skew) + " ms " + (skew > 0 ? "old" : "ahead") + ", outside the window of " + window);
            }
        }
        if (!replayGuard.firstSeen(signature, millis)) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.REPLAYED,
                    "this delivery (timestamp " + timestamp + ") was accepted before");
        }
        Api2Callback callback;
        try {
            callback = json.callback(OPERATION, body);
        } catch (DecodingException | IllegalArgumentException e) {
            return CallbackVerdict.refused(CallbackVerdict.Kind.MALFORMED,
                    "authentic, but not a readable callback: " + e.getMessage());
        }
        return CallbackVerdict.valid(callback);
    }

    /** Verifies with a header lookup such as {@code headers::getFirst} (names as the reference writes them). */
    public CallbackVerdict verify(Function<String, String> header, byte[] body) {
        Objects.requireNonNull(header, "header");
        return verify(header.apply(Wire.TIMESTAMP), header.apply(Wire.SIGNATURE), body);
    }

    /** Verifies with the headers as a map of names to values; names are matched ignoring case. */
    public CallbackVerdict verify(Map<String, ? extends Collection<String>> headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        return verify(first(headers, Wire.TIMESTAMP).orElse(null), first(headers, Wire.SIGNATURE).orElse(null), body);
    }

    private static Optional<String> first(Map<String, ? extends Collection<String>> headers, String name) {
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
                return e.getValue().stream().filter(Objects::nonNull).findFirst();
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Api2CallbackVerifier[window=" + window + ", clock=" + clock + ", secret=***]";
    }

    /** Settings of a verifier; the secret is the API secret of the account the callbacks are for. */
    public static final class Builder {
        private final Secret secret;
        private Clock clock = Clock.systemUTC();
        private Duration window = DEFAULT_WINDOW;
        private ReplayGuard replayGuard;

        private Builder(Secret secret) {
            this.secret = Objects.requireNonNull(secret, "apiSecret");
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("apiSecret is empty");
            }
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How far the timestamp may lie from the clock, either way; {@link Duration#ZERO} turns the check off. */
        public Builder window(Duration value) {
            Objects.requireNonNull(value, "window");
            if (value.isNegative()) {
                throw new IllegalArgumentException("window is negative: " + value);
            }
            window = value;
            return this;
        }

        /** Where accepted deliveries are remembered; {@link ReplayGuard#none()} turns replay refusal off. */
        public Builder replayGuard(ReplayGuard value) {
            replayGuard = Objects.requireNonNull(value, "replayGuard");
            return this;
        }

        public Api2CallbackVerifier build() {
            return new Api2CallbackVerifier(this);
        }
    }
}
