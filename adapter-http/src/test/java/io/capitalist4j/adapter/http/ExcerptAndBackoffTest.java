package io.capitalist4j.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExcerptAndBackoffTest {

    @Test
    void masksCredentialLookingValuesInABodyExcerpt() {
        String body = "error: plain_password=hunter2&token=ABCDEF0123456789ABCDEF0123456789AB \"encrypted_password\":\"c0ffee\" "
                + "sig " + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w";
        String excerpt = Excerpt.of(body.getBytes(StandardCharsets.UTF_8));
        assertThat(excerpt).startsWith("error:").doesNotContain("hunter2", "ABCDEF0123456789", "c0ffee", "QUJDREVG");
    }

    @Test
    void keepsAnExcerptShortAndOnOneLine() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 600)).checkAssert(text -> {
            String excerpt = Excerpt.of(text.getBytes(StandardCharsets.UTF_8));
            assertThat(excerpt.length()).isLessThanOrEqualTo(Excerpt.MAX);
            assertThat(excerpt).doesNotContain("\n", "\r");
        });
        assertThat(Excerpt.of(new byte[0])).isEqualTo("(empty body)");
    }

    @Test
    void growsTheDelayExponentiallyWithinACapAndNeverBelowHalfOfIt() {
        Backoff backoff = new Backoff(Duration.ofMillis(100));
        qt().forAll(integers().between(1, 40)).checkAssert(retry -> {
            long ceiling = Math.min(Backoff.CAP.toMillis(), 100L << Math.min(retry - 1, 20));
            assertThat(backoff.delayMillis(retry)).isBetween(ceiling / 2, ceiling);
        });
        assertThat(new Backoff(Duration.ZERO).delayMillis(3)).isEqualTo(1);
    }
}
