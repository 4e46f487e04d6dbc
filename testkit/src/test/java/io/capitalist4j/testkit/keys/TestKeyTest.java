package io.capitalist4j.testkit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.adapter.signing.KeyFileException;
import io.capitalist4j.domain.auth.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKeyTest {

    private static final TestKey CLIENT = TestKey.fromPkcs1Pem(Vectors.text("client-key-pkcs1.pem"));
    private static final TestKey SERVER = TestKey.fromPkcs1Pem(Vectors.text("server-key-pkcs1.pem"));

    @Test
    void thePrivateKeyIsWrittenAsExactlyThePhpseclibPkcs1File() {
        assertThat(CLIENT.privateKeyPem()).isEqualTo(Vectors.text("client-key-pkcs1.pem"));
        assertThat(SERVER.privateKeyPem()).isEqualTo(Vectors.text("server-key-pkcs1.pem"));
    }

    @Test
    void thePublicKeyIsWrittenAsExactlyThePhpseclibPkcs1PublicFile() {
        assertThat(CLIENT.publicKeyPem()).isEqualTo(Vectors.text("client-pub-pkcs1.pem"));
        assertThat(SERVER.publicKeyPem()).isEqualTo(Vectors.text("server-pub-pkcs1.pem"));
    }

    @Test
    void encryptingAVectorKeyWithTheVectorSaltReproducesTheVectorFileByteForByte() {
        for (JsonNode f : Vectors.json().path("encrypted_key_files")) {
            String vectorFile = Vectors.text(f.path("file").asText());
            String salt = vectorFile.substring(0, vectorFile.indexOf('\n'));

            String written = CLIENT.encryptedKeyFile(salt, f.path("login").asText(),
                    Secret.of(f.path("certificate_password").asText()));

            assertThat(written).as(f.path("file").asText()).isEqualTo(vectorFile);
        }
    }

    @Test
    void anEncryptedKeyFileWrittenHereIsOpenedByTheClientReaderWithCyrillicCredentials(@TempDir Path dir)
            throws Exception {
        TestKey key = TestKey.generate(1024);
        Path file = dir.resolve("key.txt");
        Files.writeString(file, key.encryptedKeyFile("0a1b2c3d4e5f", "логин", Secret.of("секрет 1")));

        CertificateKey read = BouncyCastleSigning.loadKey(file, "логин", Secret.of("секрет 1"));

        assertThat(read).isEqualTo(key.certificateKey());
        assertThat(read.publicKey()).isEqualTo(key.publicKey());
        assertThat(read.bits()).isEqualTo(1024);
        assertThatThrownBy(() -> BouncyCastleSigning.loadKey(file, "логин", Secret.of("секрет 2")))
                .isInstanceOf(KeyFileException.class)
                .extracting(e -> ((KeyFileException) e).problem())
                .isEqualTo(KeyFileException.Problem.CREDENTIALS_MISMATCH);
    }

    @Test
    void aGeneratedKeySurvivesTheClientsPemReaders() {
        TestKey key = TestKey.generate(1024);

        assertThat(key.certificateKey().publicKey()).isEqualTo(key.publicKey());
        assertThat(BouncyCastleSigning.readPublicKey(key.publicKeyPem())).isEqualTo(key.publicKey());
        assertThat(TestKey.fromPkcs1Pem(key.privateKeyPem())).isEqualTo(key);
        assertThat(key.bits()).isEqualTo(1024);
    }

    @Test
    void aSaltThatWouldNotReadBackVerbatimIsRefused() {
        for (String salt : new String[] {"", " abc", "abc ", "ab\ncd", "-----BEGIN x"}) {
            assertThatThrownBy(() -> CLIENT.encryptedKeyFile(salt, "login", Secret.of("pw")))
                    .as("salt %s", salt)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("salt");
        }
    }

    @Test
    void absurdKeySizesAreRefused() {
        assertThatThrownBy(() -> TestKey.generate(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RSA key size must be between 512 and 16384 bits: 256");
    }

    @Test
    void aTestKeyShowsOnlyItsSize() {
        assertThat(CLIENT).hasToString("TestKey[RSA 2048]");
    }
}
