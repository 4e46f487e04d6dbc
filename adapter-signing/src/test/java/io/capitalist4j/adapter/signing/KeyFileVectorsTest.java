package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.auth.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyFileVectorsTest {

    static Stream<Arguments> encryptedFiles() {
        return StreamSupport.stream(Vectors.json().path("encrypted_key_files").spliterator(), false)
                .map(f -> Arguments.of(f.path("file").asText(), f.path("login").asText(),
                        f.path("certificate_password").asText(), f.path("decrypts_to").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedFiles")
    void everyEncryptedVectorFileOpensToExactlyThePkcs1Key(String file, String login, String password, String pem) {
        CertificateKey key = BouncyCastleSigning.loadKey(Vectors.path(file), login, Secret.of(password));

        assertThat(key).isEqualTo(BouncyCastleSigning.loadKey(Vectors.path(pem))).isEqualTo(Vectors.clientKey());
        assertThat(key.bits()).isEqualTo(2048);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedFiles")
    void anEncryptedFileIsReadFromTextToo(String file, String login, String password, String pem) {
        CertificateKey key = BouncyCastleSigning.readKey(Vectors.text(file), "vault entry", login, Secret.of(password));
        assertThat(key).isEqualTo(BouncyCastleSigning.loadKey(Vectors.path(pem)));
    }

    @Test
    void aWrongCertificatePasswordIsReportedAsNotMatchingTheKeyFile() {
        JsonNode first = Vectors.json().path("encrypted_key_files").get(0);
        Path file = Vectors.path(first.path("file").asText());

        assertThatThrownBy(() -> BouncyCastleSigning.loadKey(file, first.path("login").asText(), Secret.of("wrong")))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("certificate password or login does not match this key file")
                .hasMessageContaining(file.toString())
                .hasMessageNotContaining("wrong")
                .extracting(e -> ((KeyFileException) e).problem())
                .isEqualTo(KeyFileException.Problem.CREDENTIALS_MISMATCH);
    }

    @Test
    void aWrongLoginIsReportedAsNotMatchingTheKeyFile() {
        JsonNode second = Vectors.json().path("encrypted_key_files").get(1);
        Path file = Vectors.path(second.path("file").asText());

        assertThatThrownBy(() -> BouncyCastleSigning.loadKey(file, "someone-else",
                Secret.of(second.path("certificate_password").asText())))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("certificate password or login does not match this key file")
                .hasMessageNotContaining("someone-else");
    }

    @Test
    void anEncryptedFileLoadedWithoutCredentialsAsksForThem() {
        Path file = Vectors.path("client-key-encrypted-0.txt");
        assertThatThrownBy(() -> BouncyCastleSigning.loadKey(file))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("login and the certificate password are needed");
    }

    @Test
    void aPlainPemFileIgnoresTheLoginAndCertificatePassword() {
        CertificateKey key = BouncyCastleSigning.loadKey(Vectors.path("client-key-pkcs8.pem"), "demo-user",
                Secret.of("irrelevant"));
        assertThat(key).isEqualTo(Vectors.clientKey());
    }

    @Test
    void theEncryptedFileToleratesCrlfBlankLinesByteOrderMarkAndTrailingSpaces(@TempDir Path dir) throws Exception {
        String[] lines = Vectors.text("client-key-encrypted-1.txt").split("\n");
        String messy = "\uFEFF\r\n" + lines[0] + "  \t\r\n\r\n" + lines[1] + " \r\n\r\n";
        Path file = dir.resolve("messy.txt");
        Files.writeString(file, messy);

        CertificateKey key = BouncyCastleSigning.loadKey(file, "пользователь", Secret.of("пароль с пробелом"));

        assertThat(key).isEqualTo(Vectors.clientKey());
    }

    @Test
    void aBase64LineWrappedOverSeveralLinesStillOpens() {
        String[] lines = Vectors.text("client-key-encrypted-0.txt").split("\n");
        StringBuilder wrapped = new StringBuilder(lines[0]).append('\n');
        for (int i = 0; i < lines[1].length(); i += 76) {
            wrapped.append(lines[1], i, Math.min(lines[1].length(), i + 76)).append("\r\n");
        }
        CertificateKey key = BouncyCastleSigning.readKey(wrapped.toString(), "wrapped", "demo-user",
                Secret.of("cert-pass-1"));
        assertThat(key).isEqualTo(Vectors.clientKey());
    }

    @Test
    void aPemFileWithCrlfByteOrderMarkAndTrailingSpacesLoads() {
        String messy = "\uFEFF" + Vectors.text("client-key-pkcs1.pem").replace("\n", "   \r\n\r\n");
        assertThat(BouncyCastleSigning.readKey(messy, "messy.pem")).isEqualTo(Vectors.clientKey());
    }

    @Test
    void aBundleWithTheCertificatePublicKeyBeforeThePrivateKeyLoadsThePrivateKey() {
        String bundle = "subject=CN=demo\n" + Vectors.text("client-pub-spki.pem") + Vectors.text("client-key-pkcs8.pem");
        assertThat(BouncyCastleSigning.readKey(bundle, "bundle.pem")).isEqualTo(Vectors.clientKey());
    }
}
