package io.capitalist4j.testkit.api2;

import io.capitalist4j.testkit.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;

/** A server on a manual clock with no background sweep, and a raw signed caller; tests start it with {@link #start}. */
abstract class Api2Fixture {

    static final String PAYMENT = "/v1/payment";

    final ManualClock clock = ManualClock.fixed();
    FakeApi2Server server;
    SignedClient client;

    Api2SandboxConfig.Builder config() {
        return Api2SandboxConfig.builder().clock(clock).sweepInterval(Duration.ZERO);
    }

    void start(Api2SandboxConfig.Builder config) {
        server = FakeApi2Server.start(config.build());
        client = new SignedClient(server.uri(), clock);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static String capitalistPayment(String userRequestId, String amount) {
        return "{\"userRequestId\":\"" + userRequestId + "\",\"accountFrom\":\"R0123505\",\"amount\":" + amount
                + ",\"currency\":\"RUR\",\"comment\":\"payout " + userRequestId
                + "\",\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"R0000002\"}}";
    }
}
