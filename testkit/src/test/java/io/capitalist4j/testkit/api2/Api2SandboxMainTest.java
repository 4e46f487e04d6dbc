package io.capitalist4j.testkit.api2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Api2SandboxMainTest {

    @Test
    void runPrintsTheUrlTheIdentityRowsAndTheAccountsAndServes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FakeApi2Server server = Api2SandboxMain.run(0, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).isEqualTo("sandbox listening on http://127.0.0.1:" + server.port() + "/");
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("API key").endsWith(Api2SandboxIdentity.API_KEY));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("API secret").endsWith(Api2SandboxIdentity.API_SECRET));
            assertThat(lines).filteredOn(l -> l.startsWith("account")).hasSize(Api2SandboxIdentity.accounts().size())
                    .anySatisfy(l -> assertThat(l).contains("R0123505 RUR 1000000.00"));
            SignedClient client = new SignedClient(server.uri(), java.time.Clock.systemUTC());
            assertThat(client.get("/v1/account/list?currency=RUR").send().status()).isEqualTo(200);
        }
    }
}
