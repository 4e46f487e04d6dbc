package io.capitalist4j.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The pool's size option. That a pool of n really carries many calls over exactly n connections is proven on the
 * wire by {@code ConnectionPoolTest} in reliability-tests, whose scripted server counts connections.
 */
class VertxHttpPoolTest {

    @Test
    void refusesAPoolOfNoConnections() {
        assertThatThrownBy(() -> HttpOptions.builder().maxConnections(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
    }

    @Test
    void keepsVertxsOwnDefaultOfFiveConnections() {
        assertThat(HttpOptions.defaults().maxConnections()).isEqualTo(5);
    }
}
