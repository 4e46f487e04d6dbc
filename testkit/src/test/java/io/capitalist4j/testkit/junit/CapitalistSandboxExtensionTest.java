package io.capitalist4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.testkit.Batches;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.InMemoryCapitalistApi;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxIdentity;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(CapitalistSandboxExtension.class)
class CapitalistSandboxExtensionTest {

    @Test
    void injectsTheServerItsUriTheBankAndTheIdentity(FakeCapitalistServer server, URI uri, SandboxBank bank,
                                                     SandboxIdentity identity, InMemoryCapitalistApi memory) {
        assertThat(uri).isEqualTo(server.uri());
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(bank).isSameAs(server.bank());
        assertThat(identity.login()).isEqualTo("sandbox");
        assertThat(memory.bank()).isSameAs(bank);
    }

    @Test
    void theInjectedClientSubmitsASignedBatchThatTheServerProcesses(CapitalistClient client, SandboxBank bank) {
        SubmittedBatch submitted = client.blocking().submit(SubmitBatchCommand.of(Batches.sample(),
                BouncyCastleSigning.signatureVerification(SandboxIdentity.certificateKey())));
        assertThat(submitted.receipt().rejections()).isEmpty();
        assertThat(bank.batches()).contains(submitted.receipt().id());
        assertThat(client.blocking().batchPage(submitted.receipt().id(), BatchPageRequest.ofPage(0, 10)).records())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.state().isFinal()).isTrue());
    }
}
