package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an embedded H2 file journal is opened with, and what a URL of the user's own is left with. */
class DurableUrlTest {

    @Test
    void anEmbeddedFileFlushesEachCommitAndOutlivesH2sShutdownHook() {
        assertThat(JdbcPayoutJournal.durable("jdbc:h2:file:/var/j/journal;LOCK_TIMEOUT=10000"))
                .isEqualTo("jdbc:h2:file:/var/j/journal;LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void settingsTheUrlGivesAreKept() {
        assertThat(JdbcPayoutJournal.durable("jdbc:h2:file:/j;write_delay=100;DB_CLOSE_ON_EXIT=TRUE"))
                .isEqualTo("jdbc:h2:file:/j;write_delay=100;DB_CLOSE_ON_EXIT=TRUE");
    }

    @Test
    void otherDatabasesAreLeftAsGiven() {
        for (String url : new String[] {"jdbc:h2:mem:j", "jdbc:h2:tcp://db/j", "jdbc:postgresql://db:5432/p"}) {
            assertThat(JdbcPayoutJournal.durable(url)).isEqualTo(url);
        }
    }
}
