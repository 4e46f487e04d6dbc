package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** A database nobody answers for: a clear JournalUnavailableException that names the URL and never the password. */
class UnreachableDatabaseTest {

    private static final String PASSWORD = "Sup3r-Secret-Pa55";

    @Test
    void openingAJournalOnAClosedPortFailsNamingTheUrlAndNotThePassword() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/payouts?connectTimeout=5";

        assertThatThrownBy(() -> JdbcPayoutJournal.open(url, "payouts", Secret.of(PASSWORD)))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("cannot reach the payout journal database")
                .hasMessageContaining(url)
                .hasMessageNotContaining(PASSWORD)
                .satisfies(e -> System.out.println("unreachable: " + e.getMessage()));
    }

    @Test
    void aPasswordGivenInTheUrlIsMaskedToo() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/payouts?user=payouts&password=" + PASSWORD;

        assertThatThrownBy(() -> JdbcPayoutJournal.open(url, "payouts", Secret.of("")))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("password=***")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aClaimOverAnUnreachableDataSourceFailsAndSaysSo() throws IOException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:" + closedPort() + "/payouts");
        ds.setUser("payouts");
        ds.setPassword(PASSWORD);
        ds.setConnectTimeout(5);
        PayoutJournalPort journal = JdbcPayoutJournal.over(ds);

        assertThatThrownBy(() -> journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("cannot reach the payout journal database")
                .hasMessageNotContaining(PASSWORD);
        assertThatThrownBy(journal::check).isInstanceOf(JournalUnavailableException.class);
    }

    @Test
    void aClosedJournalRefusesEveryCall() {
        PayoutJournalPort journal = JdbcPayoutJournal.open("jdbc:h2:mem:closed", "sa", Secret.of(""));
        journal.close();

        assertThatThrownBy(() -> journal.claim("login", List.of("a"), ClaimMode.ALL_OR_NOTHING))
                .isInstanceOf(JournalUnavailableException.class)
                .hasMessageContaining("closed");
        assertThat(journal.toString()).contains("jdbc:h2:mem:closed");
    }

    /** A loopback port that was just free: nothing listens there. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
