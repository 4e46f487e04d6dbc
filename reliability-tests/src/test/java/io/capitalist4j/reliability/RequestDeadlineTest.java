package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.reliability.support.Await;
import io.capitalist4j.reliability.support.HostileClients;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.scripted.WireFault;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code requestTimeout} is a total deadline, not an idle timeout: a server that sends one byte a second (never
 * silent long enough for the idle timeout) loses the call at the deadline, and the exchange is reset then, so the
 * trickle does not keep holding a connection, or the pool's only place, after the call has failed.
 */
class RequestDeadlineTest {

    private static final Duration GUARD = Duration.ofSeconds(20);

    @Test
    void aServerTricklingOneByteASecondLosesTheCallAtTheDeadlineAndItsConnectionIsClosed() {
        try (ScriptedServer server = ScriptedServer.start()) {
            // 1,000 bytes at one a second: the answer would take a quarter of an hour.
            String padded = ServerKeys.accountsJson() + " ".repeat(1_000 - ServerKeys.accountsJson().length());
            server.enqueue("get_accounts", Answer.json(padded).broken(WireFault.TRICKLE), Answer.json(ServerKeys.accountsJson()));
            try (CapitalistHttpApi api = HostileClients.api(server, o -> o.requestTimeout(Duration.ofMillis(1_500))
                    .idleTimeout(Duration.ofSeconds(10)).maxConnections(1))) {
                Stages.Settled<AccountsOverview> trickled = Stages.settle(api.getAccounts(), GUARD);

                assertThat(trickled.failure()).isInstanceOf(RequestTimeoutException.class)
                        .hasMessage("get_accounts: no complete answer within 1500 ms (requestTimeout); the request may"
                                + " have been processed");
                assertThat(Await.until(() -> server.openConnections() == 0, GUARD))
                        .as("the trickling connection was closed by the client").isTrue();

                // The pool holds one connection: the next call gets it only because the trickle no longer does.
                Stages.Settled<AccountsOverview> next = Stages.settle(api.getAccounts(), GUARD);
                assertThat(next.failure()).as("the call after the trickle").isNull();
                assertThat(next.value().accounts()).hasSize(1);
            }
            assertThat(server.count("get_accounts")).isEqualTo(2);
            assertThat(server.connectionsOpened()).isEqualTo(2);
        }
    }
}
