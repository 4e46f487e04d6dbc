package io.capitalist4j.adapter.csv.wire;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quicktheories.core.Gen;

/** Generators of the domain values the wire carries, including text that needs CSV quoting. */
final class WireGen {

    /** Letters, Cyrillic, digits, blanks and the characters CSV must quote: ';' and '"'. */
    private static final String ALPHABET = "abcXYZ019 .,-_/:;\"'()Абвгдеёжзий№€";
    private static final List<String> CURRENCIES = List.of("RUR", "USD", "EUR", "BTC", "USDT", "UAH");

    private WireGen() {
    }

    static Gen<String> text(int maxLength) {
        Gen<Integer> length = integers().between(0, maxLength);
        Gen<Integer> index = integers().between(0, ALPHABET.length() - 1);
        return in -> {
            int n = length.generate(in);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(ALPHABET.charAt(index.generate(in)));
            }
            return s.toString();
        };
    }

    static Gen<String> nonEmptyText(int maxLength) {
        return text(maxLength - 1).map(s -> "x" + s);
    }

    static Gen<String> digits(int min, int max) {
        return longs().between((long) Math.pow(10, min - 1), (long) Math.pow(10, max) - 1).map(n -> String.valueOf(n));
    }

    static Gen<String> hex(int maxBytes) {
        Gen<Integer> length = integers().between(1, maxBytes * 2);
        Gen<Integer> digit = integers().between(0, 15);
        return in -> {
            int n = length.generate(in);
            StringBuilder s = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                s.append(Character.forDigit(digit.generate(in), 16));
            }
            return s.toString();
        };
    }

    /** Amounts with 0 to 8 decimals, kept at the scale they were made with. */
    static Gen<BigDecimal> amount(boolean signed) {
        Gen<Long> unscaled = signed ? longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                : longs().between(0, 1_000_000_000_000L);
        Gen<Integer> scale = integers().between(0, 8);
        return in -> new BigDecimal(BigInteger.valueOf(unscaled.generate(in)), scale.generate(in));
    }

    static Gen<String> currencyCode() {
        return integers().between(0, CURRENCIES.size() - 1).map(CURRENCIES::get);
    }

    static Gen<BatchId> batchId() {
        return longs().all().map(seed -> BatchId.of(new UUID(seed, ~seed).toString()));
    }

    static Gen<Instant> instant() {
        return longs().between(0, 4_000_000_000L).map(s -> Instant.ofEpochSecond(s));
    }

    static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        Gen<Boolean> present = booleans().all();
        return in -> present.generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
    }

    static <T> Gen<List<T>> listOf(Gen<T> gen, int max) {
        Gen<Integer> size = integers().between(0, max);
        return in -> {
            int n = size.generate(in);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(gen.generate(in));
            }
            return list;
        };
    }

    /** Some of the given currencies, each with an amount. */
    static Gen<Map<Currency, BigDecimal>> amounts(List<Currency> currencies) {
        Gen<Boolean> present = booleans().all();
        Gen<BigDecimal> amount = amount(false);
        return in -> {
            Map<Currency, BigDecimal> map = new LinkedHashMap<>();
            for (Currency c : currencies) {
                if (present.generate(in)) {
                    map.put(c, amount.generate(in));
                }
            }
            return map;
        };
    }

    static Gen<TokenGrant> tokenGrant() {
        Gen<String> hex = hex(64);
        return in -> new TokenGrant(hex.generate(in).toUpperCase(java.util.Locale.ROOT),
                new TokenKey(hex.generate(in), hex.generate(in), ""));
    }

    static Gen<BatchReceipt> receipt() {
        Gen<LineRejection> rejection = in -> new LineRejection(integers().between(1, 10_000).generate(in),
                text(30).generate(in));
        Gen<Map<Currency, BigDecimal>> sums = amounts(ReceiptCodec.CSV_SUM_CURRENCIES);
        Gen<List<LineRejection>> rejections = listOf(rejection, 4);
        Gen<BatchId> id = batchId();
        return in -> new BatchReceipt(id.generate(in), sums.generate(in), Map.of(), Map.of(), rejections.generate(in));
    }

    static Gen<ConfirmationResult> confirmation() {
        Gen<BatchId> id = batchId();
        Gen<Integer> outcome = integers().between(1, 2);
        return in -> new ConfirmationResult(id.generate(in), outcome.generate(in));
    }

    static Gen<BatchRecord> batchRecord() {
        Gen<Integer> line = integers().between(1, 10_000);
        Gen<String> number = digits(1, 9);
        Gen<String> free = text(20);
        Gen<BigDecimal> amount = amount(false);
        Gen<String> currency = currencyCode();
        Gen<Optional<String>> documentId = optional(digits(5, 12));
        Gen<RecordState> state = integers().between(0, RecordState.values().length - 1).map(i -> RecordState.values()[i]);
        Gen<String> type = integers().between(0, 2).map(i -> List.of("CAPITALIST", "SKIP", "RUCARD").get(i));
        return in -> new BatchRecord(line.generate(in), number.generate(in), free.generate(in), amount.generate(in),
                currency.generate(in), free.generate(in), documentId.generate(in), state.generate(in),
                type.generate(in), free.generate(in));
    }

    static Gen<BatchPage> batchPage() {
        Gen<BatchId> id = batchId();
        Gen<Integer> small = integers().between(0, 5000);
        Gen<List<BatchRecord>> records = listOf(batchRecord(), 5);
        return in -> new BatchPage(id.generate(in), small.generate(in), small.generate(in), small.generate(in),
                small.generate(in), small.generate(in), records.generate(in));
    }

    static Gen<FoundDocument> foundDocument() {
        Gen<String> free = text(20);
        Gen<String> word = nonEmptyText(12);
        Gen<Optional<String>> batch = optional(batchId().map(BatchId::value));
        Gen<Instant> instant = instant();
        Gen<BigDecimal> amount = amount(true);
        Gen<String> currency = currencyCode();
        Gen<String> number = digits(5, 12);
        return in -> new FoundDocument(word.generate(in), batch.generate(in), instant.generate(in), word.generate(in),
                free.generate(in), amount.generate(in), currency.generate(in), free.generate(in), free.generate(in),
                number.generate(in), free.generate(in), word.generate(in), free.generate(in));
    }

    static Gen<HistoryEntry> historyEntry() {
        Gen<String> free = text(20);
        Gen<String> number = digits(5, 12);
        Gen<Optional<String>> batch = optional(batchId().map(BatchId::value));
        Gen<Instant> instant = instant();
        Gen<BigDecimal> amount = amount(true);
        Gen<Optional<BigDecimal>> optAmount = optional(amount(false));
        Gen<String> currency = currencyCode();
        Gen<Optional<String>> optCurrency = optional(currencyCode());
        Gen<Boolean> flag = booleans().all();
        return in -> new HistoryEntry(number.generate(in), number.generate(in), batch.generate(in), instant.generate(in),
                currency.generate(in), free.generate(in), free.generate(in), free.generate(in), free.generate(in),
                free.generate(in), amount.generate(in), optAmount.generate(in), currency.generate(in),
                optAmount.generate(in), optCurrency.generate(in), free.generate(in), flag.generate(in),
                flag.generate(in));
    }

    static Gen<HistoryPage> historyPage() {
        Gen<Integer> small = integers().between(0, 5000);
        Gen<List<HistoryEntry>> entries = listOf(historyEntry(), 5);
        return in -> new HistoryPage(small.generate(in), small.generate(in), small.generate(in), small.generate(in),
                small.generate(in), entries.generate(in));
    }

    static Gen<AccountsOverview> accounts() {
        Gen<String> name = text(20);
        Gen<String> letter = integers().between(0, 5).map(i -> "RUEBTH".substring(i, i + 1));
        Gen<String> digits = digits(7, 7);
        Gen<String> currency = currencyCode();
        Gen<BigDecimal> amount = amount(false);
        Gen<Account> account = in -> new Account(name.generate(in), AccountNumber.of(letter.generate(in) + digits.generate(in)),
                Currency.of(currency.generate(in)), amount.generate(in), amount.generate(in));
        Gen<List<Account>> list = listOf(account, 5);
        Gen<Map<Currency, BigDecimal>> totals = amounts(AccountsCodec.CSV_TOTAL_CURRENCIES);
        return in -> new AccountsOverview(totals.generate(in), list.generate(in));
    }

    static Gen<CurrencyRates> rates() {
        Gen<String> currency = currencyCode();
        Gen<BigDecimal> amount = amount(false);
        Gen<Rate> rate = in -> new Rate(currency.generate(in), amount.generate(in), currency.generate(in), Optional.empty());
        Gen<List<Rate>> list = listOf(rate, 4);
        return in -> new CurrencyRates(list.generate(in), list.generate(in), list.generate(in));
    }

    static Gen<FeeQuote> fee() {
        Gen<BigDecimal> amount = amount(false);
        Gen<String> currency = currencyCode();
        return in -> new FeeQuote(amount.generate(in), currency.generate(in), amount.generate(in));
    }
}
