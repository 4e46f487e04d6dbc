package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything that shapes the sandbox bank's behaviour, with the defaults documented in docs/testkit.md and
 * the choices where the reference is silent in docs/protocol-notes.md. Immutable; build with {@link #builder()}.
 */
public final class SandboxConfig {

    /** What get_documents_history_ext does when asked for CSV or json-lite (the API allows only JSON). */
    public enum HistoryFormatPolicy {
        /** Answer JSON anyway and say so in the {@code x-response-format} response header. */
        ANSWER_JSON,
        /** Refuse with code 202. */
        REFUSE
    }

    /**
     * How the sandbox keeps an uploaded payment number and matches it in documents_search's {@code customNumber}.
     * The reference says neither whether the server trims it nor whether it matches case; whatever the choice,
     * the number is stored and searched for as the same text (docs/protocol-notes.md).
     */
    public enum PaymentNumberMatching {
        /** Stored exactly as uploaded, found only by exactly that text (the default). */
        EXACT,
        /**
         * White space and control characters at both ends ({@code String.trim}: U+0000 to U+0020) are cut off
         * the uploaded number before it is stored and off {@code customNumber} before it is searched for.
         */
        TRIMMED;

        /** The text stored for an uploaded number, and searched for when asked for {@code number}. */
        String apply(String number) {
            return this == TRIMMED ? number.trim() : number;
        }
    }

    private final Clock clock;
    private final ZoneId zone;
    private final Timeline timeline;
    private final OutcomePolicy outcomePolicy;
    private final FeePolicy feePolicy;
    private final int maxRecords;
    private final int maxFailedLogins;
    private final Duration lockDuration;
    private final Duration tokenLifetime;
    private final int wrongPinCode;
    private final ResponseFormat defaultResponseFormat;
    private final boolean legacyFormats;
    private final HistoryFormatPolicy historyFormatPolicy;
    private final boolean quoteNamesInCsv;
    private final boolean unknownAccountIsError;
    private final Set<Opcode> unavailableOpcodes;
    private final OptionalLong idSeed;
    private final CurrencyRates rates;
    private final List<SandboxUser> users;
    private final AnswerHook answerHook;
    private final PaymentNumberMatching paymentNumberMatching;

    private SandboxConfig(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.timeline = b.timeline;
        this.outcomePolicy = b.outcomePolicy;
        this.feePolicy = b.feePolicy;
        this.maxRecords = b.maxRecords;
        this.maxFailedLogins = b.maxFailedLogins;
        this.lockDuration = b.lockDuration;
        this.tokenLifetime = b.tokenLifetime;
        this.wrongPinCode = b.wrongPinCode;
        this.defaultResponseFormat = b.defaultResponseFormat;
        this.legacyFormats = b.legacyFormats;
        this.historyFormatPolicy = b.historyFormatPolicy;
        this.quoteNamesInCsv = b.quoteNamesInCsv;
        this.unknownAccountIsError = b.unknownAccountIsError;
        this.unavailableOpcodes = b.unavailableOpcodes.isEmpty() ? Set.of() : Set.copyOf(b.unavailableOpcodes);
        this.idSeed = b.idSeed;
        this.rates = b.rates;
        this.users = List.copyOf(b.users);
        this.answerHook = b.answerHook;
        this.paymentNumberMatching = b.paymentNumberMatching;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults plus the sandbox user of {@link SandboxIdentity}. */
    public static Builder sandbox() {
        return builder().user(SandboxIdentity.user());
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.clock = clock;
        b.zone = zone;
        b.timeline = timeline;
        b.outcomePolicy = outcomePolicy;
        b.feePolicy = feePolicy;
        b.maxRecords = maxRecords;
        b.maxFailedLogins = maxFailedLogins;
        b.lockDuration = lockDuration;
        b.tokenLifetime = tokenLifetime;
        b.wrongPinCode = wrongPinCode;
        b.defaultResponseFormat = defaultResponseFormat;
        b.legacyFormats = legacyFormats;
        b.historyFormatPolicy = historyFormatPolicy;
        b.quoteNamesInCsv = quoteNamesInCsv;
        b.unknownAccountIsError = unknownAccountIsError;
        b.unavailableOpcodes.addAll(unavailableOpcodes);
        b.idSeed = idSeed;
        b.rates = rates;
        b.users.addAll(users);
        b.answerHook = answerHook;
        b.paymentNumberMatching = paymentNumberMatching;
        return b;
    }

    public Clock clock() { return clock; }
    public ZoneId zone() { return zone; }
    public Timeline timeline() { return timeline; }
    public OutcomePolicy outcomePolicy() { return outcomePolicy; }
    public FeePolicy feePolicy() { return feePolicy; }
    public int maxRecords() { return maxRecords; }
    public int maxFailedLogins() { return maxFailedLogins; }
    public Duration lockDuration() { return lockDuration; }
    public Duration tokenLifetime() { return tokenLifetime; }
    public int wrongPinCode() { return wrongPinCode; }
    public ResponseFormat defaultResponseFormat() { return defaultResponseFormat; }
    public boolean legacyFormats() { return legacyFormats; }
    public HistoryFormatPolicy historyFormatPolicy() { return historyFormatPolicy; }
    public boolean quoteNamesInCsv() { return quoteNamesInCsv; }
    public boolean unknownAccountIsError() { return unknownAccountIsError; }
    public Set<Opcode> unavailableOpcodes() { return unavailableOpcodes; }
    public OptionalLong idSeed() { return idSeed; }
    public CurrencyRates rates() { return rates; }
    public List<SandboxUser> users() { return users; }
    public AnswerHook answerHook() { return answerHook; }
    public PaymentNumberMatching paymentNumberMatching() { return paymentNumberMatching; }

    /** Mutable builder; every setter validates its argument. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/Moscow");
        private Timeline timeline = Timeline.steps(Duration.ofSeconds(1));
        private OutcomePolicy outcomePolicy = OutcomePolicy.processAll();
        private FeePolicy feePolicy = FeePolicy.none();
        private int maxRecords = 10_000;
        private int maxFailedLogins = 5;
        private Duration lockDuration = Duration.ofMinutes(30);
        private Duration tokenLifetime = Duration.ofMinutes(30);
        private int wrongPinCode = 110;
        private ResponseFormat defaultResponseFormat = ResponseFormat.CSV;
        private boolean legacyFormats = false;
        private HistoryFormatPolicy historyFormatPolicy = HistoryFormatPolicy.ANSWER_JSON;
        private boolean quoteNamesInCsv = true;
        private boolean unknownAccountIsError = true;
        private final Set<Opcode> unavailableOpcodes = EnumSet.noneOf(Opcode.class);
        private OptionalLong idSeed = OptionalLong.empty();
        private CurrencyRates rates = SandboxRates.defaults();
        private final List<SandboxUser> users = new ArrayList<>();
        private AnswerHook answerHook = AnswerHook.NONE;
        private PaymentNumberMatching paymentNumberMatching = PaymentNumberMatching.EXACT;

        private Builder() {
        }

        /** The clock of record states, token expiry, login locks and document dates. */
        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value, "clock"); return this; }

        /** The zone in which dates ({@code DD.MM.YYYY} periods) are read. Default Europe/Moscow. */
        public Builder zone(ZoneId value) { this.zone = Objects.requireNonNull(value, "zone"); return this; }

        public Builder timeline(Timeline value) { this.timeline = Objects.requireNonNull(value, "timeline"); return this; }

        public Builder outcomePolicy(OutcomePolicy value) { this.outcomePolicy = Objects.requireNonNull(value, "outcomePolicy"); return this; }

        public Builder feePolicy(FeePolicy value) { this.feePolicy = Objects.requireNonNull(value, "feePolicy"); return this; }

        /** Lines per batch above which import answers 112. Default 10 000. */
        public Builder maxRecords(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxRecords must be at least 1: " + value);
            }
            this.maxRecords = value;
            return this;
        }

        /** Failed password checks within {@link #lockDuration} that lock the login (code 16). Default 5. */
        public Builder maxFailedLogins(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFailedLogins must be at least 1: " + value);
            }
            this.maxFailedLogins = value;
            return this;
        }

        /** Both the window in which failures count and how long the lock lasts. Default 30 minutes. */
        public Builder lockDuration(Duration value) { this.lockDuration = positive("lockDuration", value); return this; }

        /** How long a get_token token stays valid; it may be reused until then. Default 30 minutes. */
        public Builder tokenLifetime(Duration value) { this.tokenLifetime = positive("tokenLifetime", value); return this; }

        /** The code for a wrong PIN hash (the reference has none). Default 110. */
        public Builder wrongPinCode(int value) {
            if (value <= 0) {
                throw new IllegalArgumentException("an error code is positive: " + value);
            }
            this.wrongPinCode = value;
            return this;
        }

        /**
         * Whether the server also answers CSV and json-lite, as servers did before the live one became JSON-only.
         * Default false: like the live server (reference §14), a POST without {@code x-response-format: json} is
         * answered {@code {"code":4,"message":"Only x-response-format=json is available."}}.
         */
        public Builder legacyFormats(boolean value) { this.legacyFormats = value; return this; }

        /**
         * With {@link #legacyFormats(boolean) legacy formats} on, the format when a request sends no (or an
         * unknown) {@code x-response-format}. Default CSV. Without legacy formats such a request answers code 4.
         */
        public Builder defaultResponseFormat(ResponseFormat value) { this.defaultResponseFormat = Objects.requireNonNull(value, "format"); return this; }

        public Builder historyFormatPolicy(HistoryFormatPolicy value) { this.historyFormatPolicy = Objects.requireNonNull(value, "policy"); return this; }

        /** Whether free-text account names are double-quoted in CSV answers. Default true. */
        public Builder quoteNamesInCsv(boolean value) { this.quoteNamesInCsv = value; return this; }

        /** is_verified_account for an unknown account: 130 when true (default), {@code verified=false} when false. */
        public Builder unknownAccountIsError(boolean value) { this.unknownAccountIsError = value; return this; }

        /** Opcodes "temporarily unavailable": a batch using one is refused with 187. */
        public Builder unavailableOpcode(Opcode value) { this.unavailableOpcodes.add(Objects.requireNonNull(value, "opcode")); return this; }

        /** Makes batch ids repeatable (two sandboxes with the same seed issue the same ids). */
        public Builder idSeed(long value) { this.idSeed = OptionalLong.of(value); return this; }

        public Builder rates(CurrencyRates value) { this.rates = Objects.requireNonNull(value, "rates"); return this; }

        public Builder user(SandboxUser value) { this.users.add(Objects.requireNonNull(value, "user")); return this; }

        /**
         * Called by {@link FakeCapitalistServer} after each operation has run and before its answer is written; it
         * may block to hold the answer (see {@link AnswerHook}). Default {@link AnswerHook#NONE}.
         */
        public Builder answerHook(AnswerHook value) { this.answerHook = Objects.requireNonNull(value, "answerHook"); return this; }

        /**
         * How an uploaded payment number is stored and found by documents_search's {@code customNumber}: exactly as
         * uploaded (default {@link PaymentNumberMatching#EXACT}) or trimmed on both sides.
         */
        public Builder paymentNumberMatching(PaymentNumberMatching value) {
            this.paymentNumberMatching = Objects.requireNonNull(value, "paymentNumberMatching");
            return this;
        }

        public SandboxConfig build() {
            return new SandboxConfig(this);
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
