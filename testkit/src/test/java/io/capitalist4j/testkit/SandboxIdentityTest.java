package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.testkit.keys.BankCrypto;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxIdentityTest {

    @Test
    void theEncryptedKeyFileDecryptsToThePlainKeyWithTheSandboxLoginAndCertificatePassword(@TempDir Path dir) {
        Path written = SandboxIdentity.writeKeyFiles(dir);
        CertificateKey plain = BouncyCastleSigning.readKey(SandboxIdentity.privateKeyPem(), "plain");
        CertificateKey decrypted = BouncyCastleSigning.loadKey(written.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE),
                SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.CERTIFICATE_PASSWORD));
        assertThat(decrypted).isEqualTo(plain);
        assertThat(plain.bits()).isEqualTo(2048);
        assertThat(plain.publicKey()).isEqualTo(SandboxIdentity.certificatePublicKey());
        assertThat(Files.exists(written.resolve(SandboxIdentity.PUBLIC_KEY_FILE))).isTrue();
    }

    @Test
    void theSandboxUserHasEveryMethodAndTheFourVerifiedAccounts() {
        SandboxUser user = SandboxIdentity.user();
        assertThat(user.methods()).hasSize(3);
        assertThat(user.accounts()).extracting(a -> a.number().value())
                .containsExactly("R0000001", "U0000001", "E0000001", "B0000001");
        assertThat(user.verified()).isTrue();
        assertThat(user.toString()).doesNotContain(SandboxIdentity.PASSWORD).doesNotContain(SandboxIdentity.PIN);
    }

    @Test
    void aBatchSignedWithTheShippedKeyVerifiesAgainstTheUsersCertificate() {
        BatchText text = BatchText.of("CAPITALIST;R0000002;1.00;RUR;K1;key check");
        String signature = BouncyCastleSigning.sign(SandboxIdentity.certificateKey(), text);
        assertThat(BankCrypto.verifySignature(SandboxIdentity.user().certificate().orElseThrow(),
                text.utf8(), signature)).isTrue();
    }

    @Test
    void theStandaloneSandboxPrintsItsUrlAndIdentityAndWritesTheKeys(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FakeCapitalistServer server = SandboxMain.run(0, dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
             RawClient client = new RawClient(server.uri())) {
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(out).contains(server.uri().toString()).contains("sandbox-password").contains("R0000001");
            assertThat(dir.resolve(SandboxIdentity.ENCRYPTED_KEY_FILE)).exists();
            assertThat(client.json(RawClient.plain("get_accounts")).code()).isZero();
        }
    }
}
