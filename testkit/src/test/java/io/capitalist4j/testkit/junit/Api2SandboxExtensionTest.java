package io.capitalist4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.testkit.api2.Api2SandboxIdentity;
import io.capitalist4j.testkit.api2.Api2State;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(Api2SandboxExtension.class)
class Api2SandboxExtensionTest {

    @Test
    void injectsTheServerItsUriAndTheIdentity(FakeApi2Server server, URI uri, Api2SandboxIdentity identity) {
        assertThat(uri).isEqualTo(server.uri());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(identity.apiKey()).isEqualTo(server.config().apiKey());
        assertThat(identity.apiSecret()).isEqualTo(server.config().apiSecret());
    }

    @Test
    void theInjectedServerTakesASignedPaymentThatIsFinalAtOnce(FakeApi2Server server, URI uri) throws Exception {
        String body = "{\"userRequestId\":\"EXT-1\",\"accountFrom\":\"U0123504\",\"amount\":5.00,"
                + "\"payload\":{\"type\":\"CAPITALIST\",\"account\":\"U0000002\"}}";
        String ts = Long.toString(System.currentTimeMillis());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((ts + body + Api2SandboxIdentity.API_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri.resolve("/v1/payment"))
                .header("API-Key", Api2SandboxIdentity.API_KEY).header("X-Request-Timestamp", ts)
                .header("Signature", HexFormat.of().formatHex(sha.digest())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(server.payment("EXT-1").orElseThrow().state()).isEqualTo(Api2State.EXECUTED);
    }
}
