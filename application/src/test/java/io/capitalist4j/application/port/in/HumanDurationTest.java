package io.capitalist4j.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanDurationTest {

    @Test
    void durationsReadAsAPersonWritesThem() {
        assertThat(HumanDuration.of(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(HumanDuration.of(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
        assertThat(HumanDuration.of(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(HumanDuration.of(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(HumanDuration.of(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(HumanDuration.of(Duration.ofMinutes(30))).isEqualTo("30 min");
        assertThat(HumanDuration.of(Duration.ofDays(1).plusMinutes(1))).isEqualTo("1 d 1 min");
        assertThat(HumanDuration.of(Duration.ZERO)).isEqualTo("0 ms");
        assertThat(HumanDuration.of(Duration.ofSeconds(-5))).isEqualTo("-5 s");
    }
}
