package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimManifestTest {

    /** Numbers with the characters the forms escape or mark with, and plain ones. */
    private static final String ALPHABET = "ab\\\n\tp-1";

    @Test
    void numbersComeBackAsTheyWentInFromEitherForm() {
        qt().forAll(lists().of(strings().betweenCodePoints('\t', 'z').ofLengthBetween(1, 6)).ofSizeBetween(0, 8))
                .assuming(numbers -> numbers.stream().distinct().count() == numbers.size())
                .check(numbers -> ClaimManifest.decode(ClaimManifest.encode(numbers)).equals(numbers)
                        && ClaimManifest.payouts(ClaimManifest.encode(numbers)).isEmpty()
                        && ClaimManifest.decode(ClaimManifest.encode(numbers, payouts(numbers))).equals(numbers)
                        && ClaimManifest.payouts(ClaimManifest.encode(numbers, payouts(numbers))).equals(payouts(numbers)));
    }

    @Test
    void aNumbersOnlyManifestThatBeginsLikeTheMarkIsStillNumbersOnly() {
        List<String> numbers = List.of("\\p", "p\tq");
        String text = ClaimManifest.encode(numbers);

        assertThat(text).doesNotStartWith(ClaimManifest.PAYOUTS + "\n");
        assertThat(ClaimManifest.decode(text)).isEqualTo(numbers);
        assertThat(ClaimManifest.payouts(text)).isEmpty();
    }

    @Test
    void payoutsKeepTheAmountsScaleAndEveryCharacterOfTheirText() {
        Map<String, ClaimedPayout> payouts = new LinkedHashMap<>();
        payouts.put("PAY-1", new ClaimedPayout("PAY-1", new BigDecimal("15.50"), "USD", "Z112224443331"));
        payouts.put("PAY\t2", new ClaimedPayout("PAY\t2", new BigDecimal("0.00150000"), "BTC", "a\\b\nc\td"));

        String text = ClaimManifest.encode(List.of("PAY-1", "PAY\t2"), payouts);

        assertThat(text).startsWith(ClaimManifest.PAYOUTS + "\n").hasLineCount(3);
        assertThat(ClaimManifest.payouts(text)).isEqualTo(payouts);
        assertThat(ClaimManifest.payouts(text).get("PAY-1").amount().toPlainString()).isEqualTo("15.50");
    }

    @Test
    void withoutAPayoutForEveryNumberTheNumbersOnlyFormIsWritten() {
        Map<String, ClaimedPayout> one = Map.of("A", new ClaimedPayout("A", BigDecimal.ONE, "USD", "U1"));

        String text = ClaimManifest.encode(List.of("A", "B"), one);

        assertThat(ClaimManifest.decode(text)).containsExactly("A", "B");
        assertThat(ClaimManifest.payouts(text)).isEmpty();
    }

    private static Map<String, ClaimedPayout> payouts(List<String> numbers) {
        Map<String, ClaimedPayout> payouts = new LinkedHashMap<>();
        for (int i = 0; i < numbers.size(); i++) {
            String n = numbers.get(i);
            payouts.put(n, new ClaimedPayout(n, new BigDecimal(i + ".0" + i), n.isEmpty() ? "USD" : n,
                    ALPHABET.substring(i % ALPHABET.length())));
        }
        return payouts;
    }
}
