package io.capitalist4j.client;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.Timeline;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox server, started from a thread of its own group: Vert.x threads inherit the group of the thread
 * that creates them, so every thread of the server stays in {@link #group()} and a test can tell the client's
 * threads from the server's.
 */
final class Sandbox implements AutoCloseable {

    private final ThreadGroup group = new ThreadGroup("sandbox-server");
    private final FakeCapitalistServer server;

    Sandbox() throws InterruptedException {
        AtomicReference<FakeCapitalistServer> started = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Thread starter = new Thread(group, () -> {
            try {
                started.set(FakeCapitalistServer.start(SandboxConfig.sandbox().timeline(Timeline.immediate()).build()));
            } catch (RuntimeException e) {
                failed.set(e);
            }
        }, "sandbox-starter");
        starter.start();
        starter.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        server = started.get();
    }

    URI uri() {
        return server.uri();
    }

    ThreadGroup group() {
        return group;
    }

    FakeCapitalistServer server() {
        return server;
    }

    static Capitalist.Builder client(URI endpoint) {
        return Capitalist.builder().endpoint(endpoint)
                .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD));
    }

    static Batch twoPayouts(String prefix) {
        return Batch.of(List.of(
                new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("150.00", Currency.RUR),
                        prefix + "-1", "Payout March"),
                new CapitalistTransfer(AccountNumber.of("U0000002"), Money.of("75.50", Currency.USD),
                        prefix + "-2", "Payout March")));
    }

    @Override
    public void close() {
        server.close();
    }
}
