package io.capitalist4j.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.testkit.Batches;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.api2.FakeApi2Server;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A consumer's "uploaded exactly once" check holds in every test, whatever ran before it. */
class SandboxScopeTest {

    private static void uploadTheSampleOnce(CapitalistClient client, SandboxBank bank) {
        client.blocking().submit(SubmitBatchCommand.of(Batches.sample(),
                BouncyCastleSigning.signatureVerification(SandboxIdentity.certificateKey())));
        assertThat(bank.batches()).as("batches in this test's bank").hasSize(1);
    }

    @Nested
    @ExtendWith(CapitalistSandboxExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class PerTestByDefault {

        private final SandboxBank constructorBank;

        PerTestByDefault(SandboxBank bank) {
            this.constructorBank = bank;
        }

        @Test
        @Order(1)
        void firstTestUploadsOnce(CapitalistClient client, SandboxBank bank) {
            assertThat(bank).isSameAs(constructorBank);
            uploadTheSampleOnce(client, bank);
        }

        @Test
        @Order(2)
        void secondTestStartsFromACleanBank(CapitalistClient client, SandboxBank bank) {
            assertThat(bank).isSameAs(constructorBank);
            assertThat(bank.batches()).isEmpty();
            uploadTheSampleOnce(client, bank);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedPerClassWhenAsked {

        @RegisterExtension
        final CapitalistSandboxExtension sandbox = new CapitalistSandboxExtension().sharedPerClass();

        @Test
        @Order(1)
        void firstTestUploads(CapitalistClient client, SandboxBank bank) {
            uploadTheSampleOnce(client, bank);
        }

        @Test
        @Order(2)
        void secondTestSeesTheFirstOnesUpload(SandboxBank bank) {
            assertThat(sandbox.scope()).isEqualTo(SandboxScope.PER_CLASS);
            assertThat(bank.batches()).hasSize(1);
        }
    }

    @Nested
    @ExtendWith(Api2SandboxExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Api2PerTest {

        private static final List<FakeApi2Server> SEEN = new ArrayList<>();

        @Test
        @Order(1)
        void first(FakeApi2Server server) {
            SEEN.add(server);
            assertThat(server.payments()).isEmpty();
        }

        @Test
        @Order(2)
        void secondGetsAnotherServerAndTheFirstIsClosed(FakeApi2Server server) {
            assertThat(SEEN).hasSize(1);
            assertThat(server).isNotSameAs(SEEN.get(0));
            assertThat(server.uri()).isNotEqualTo(SEEN.get(0).uri());
        }
    }
}
