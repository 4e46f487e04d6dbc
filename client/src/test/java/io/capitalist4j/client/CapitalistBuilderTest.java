package io.capitalist4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.signing.KeyFileException;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.testkit.RecordedRequest;
import io.capitalist4j.testkit.SandboxIdentity;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the entry point makes of what a user gives it. */
class CapitalistBuilderTest {

    private static BatchOutcome awaitFinal(CapitalistClient client, BatchId id) {
        return client.blocking().awaitCompletion(id, WaitOptions.of(Duration.ofMillis(50), Duration.ofMinutes(1)));
    }

    @Test
    void paysWithAPlainPemKeyFile(@TempDir Path dir) throws Exception {
        Path keys = SandboxIdentity.writeKeyFiles(dir);
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri())
                     .signingKey(keys.resolve(SandboxIdentity.PRIVATE_KEY_FILE)).build()) {
            var submitted = client.blocking().submit(Sandbox.twoPayouts("PEM"));

            assertThat(awaitFinal(client, submitted.id()).processed()).extracting(BatchRecord::internalNumber)
                    .containsExactly("PEM-1", "PEM-2");
            assertThat(sandbox.server().requests()).filteredOn(r -> r.operation().equals("import_batch_advanced"))
                    .extracting(r -> r.params().get("verification_type")).containsExactly("SIGNATURE");
        }
    }

    @Test
    void paysWithAPin() throws Exception {
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri()).pin(Secret.of(SandboxIdentity.PIN)).build()) {
            var submitted = client.blocking().submit(Sandbox.twoPayouts("PIN"));

            assertThat(awaitFinal(client, submitted.id()).processed()).hasSize(2);
            assertThat(sandbox.server().requests()).filteredOn(r -> r.operation().equals("import_batch_advanced"))
                    .extracting(r -> r.params().get("verification_type")).containsExactly("PIN");
        }
    }

    @Test
    void paysAfterTheSmsCodeConfirmsTheBatch() throws Exception {
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri()).smsConfirmation().build()) {
            var submitted = client.blocking().submit(Sandbox.twoPayouts("SMS"));
            client.blocking().confirm(new ConfirmBatchCommand(submitted.id(), Secret.of(SandboxIdentity.SMS_CODE)));

            assertThat(awaitFinal(client, submitted.id()).records()).extracting(BatchRecord::state)
                    .containsExactly(RecordState.PROCESSED, RecordState.PROCESSED);
            assertThat(sandbox.server().count("process_batch")).isEqualTo(1);
        }
    }

    @Test
    void appliesTheHttpSettingsAndLetsTheEndpointWinOverABaseUrlSetThere() throws Exception {
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri())
                     .http(o -> o.baseUrl(URI.create("http://127.0.0.1:9/")).authMode(AuthMode.PLAIN))
                     .build()) {
            assertThat(client.blocking().isVerified(AccountNumber.of(SandboxIdentity.USD_ACCOUNT))).isTrue();

            assertThat(sandbox.server().count("get_token")).isZero();
            Set<String> fields = sandbox.server().requests().stream()
                    .filter(r -> r.operation().equals("is_verified_account"))
                    .flatMap(r -> r.params().keySet().stream()).collect(Collectors.toSet());
            assertThat(fields).contains("plain_password").doesNotContain("token", "encrypted_password");
        }
    }

    @Test
    void readsWithoutAVerificationButRefusesToSubmitABareBatch() throws Exception {
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri()).build()) {
            assertThat(client.blocking().accounts().find(AccountNumber.of(SandboxIdentity.RUR_ACCOUNT)))
                    .isPresent();

            assertThatThrownBy(() -> client.submit(Sandbox.twoPayouts("NONE")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("verification(...)");
            assertThat(sandbox.server().count("import_batch_advanced")).isZero();
        }
    }

    @Test
    void aWrongKeyFileFailsTheBuildBeforeAnyThreadStarts(@TempDir Path dir) throws Exception {
        Path notAKey = Files.writeString(dir.resolve("key.txt"), "this is not a key\n");
        Set<Thread> before = Threads.live();

        Throwable thrown = catchThrowable(() -> Capitalist.builder()
                .credentials(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD))
                .signingKey(notAKey, Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD)).build());

        assertThat(thrown).isInstanceOf(KeyFileException.class);
        assertThat(((KeyFileException) thrown).problem()).isEqualTo(KeyFileException.Problem.NOT_A_KEY_FILE);
        assertThat(Threads.startedSince(before, new ThreadGroup("none"))).isEmpty();
    }

    @Test
    void needsCredentials() {
        assertThatThrownBy(() -> Capitalist.builder().pin(Secret.of("1234")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("a client needs credentials(login, password)");
    }

    @Test
    void takesOneWayToProveUploads() {
        Capitalist.Builder builder = Capitalist.builder().pin(Secret.of("1234"));

        assertThatThrownBy(builder::smsConfirmation)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("uploads are proven one way: pin(...) was already chosen, smsConfirmation(...) cannot be added");
    }

    @Test
    void recordsNoSecretOfTheUserInTheSandboxLog() throws Exception {
        try (Sandbox sandbox = new Sandbox();
             CapitalistClient client = Sandbox.client(sandbox.uri()).pin(Secret.of(SandboxIdentity.PIN)).build()) {
            client.blocking().submit(Sandbox.twoPayouts("LOG"));

            assertThat(sandbox.server().requests()).extracting(RecordedRequest::params).allSatisfy(params ->
                    assertThat(params.values()).doesNotContain(SandboxIdentity.PASSWORD, SandboxIdentity.PIN));
        }
    }
}
