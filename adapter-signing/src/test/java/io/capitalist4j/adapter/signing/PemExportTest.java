package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PemExportTest {

    @Test
    void aPkcs8KeyIsExportedAsExactlyThePhpseclibPkcs1File() {
        CertificateKey key = BouncyCastleSigning.loadKey(Vectors.path("client-key-pkcs8.pem"));
        assertThat(BouncyCastleSigning.toPkcs1Pem(key)).isEqualTo(Vectors.text("client-key-pkcs1.pem"));
    }

    @Test
    void thePublicKeyIsExportedAsExactlyThePhpseclibPkcs1PublicFile() {
        assertThat(BouncyCastleSigning.publicKeyPkcs1Pem(Vectors.clientKey()))
                .isEqualTo(Vectors.text("client-pub-pkcs1.pem"));
        assertThat(BouncyCastleSigning.publicKeyPkcs1Pem(Vectors.serverKey()))
                .isEqualTo(Vectors.text("server-pub-pkcs1.pem"));
    }

    @Test
    void theVectorKeysHaveTheirDocumentedSizes() {
        assertThat(Vectors.clientKey().bits()).isEqualTo(2048);
        assertThat(Vectors.serverKey().bits()).isEqualTo(1024);
    }

    @Test
    void aGeneratedKeySurvivesThePemRoundTrip() {
        CertificateKey key = BouncyCastleSigning.generateKey(1024);

        CertificateKey reread = BouncyCastleSigning.readKey(BouncyCastleSigning.toPkcs1Pem(key), "generated");

        assertThat(reread).isEqualTo(key);
        assertThat(key.bits()).isEqualTo(1024);
        assertThat(BouncyCastleSigning.readPublicKey(BouncyCastleSigning.publicKeyPkcs1Pem(key)))
                .isEqualTo(key.publicKey());
    }

    @Test
    void generateKeyRefusesAbsurdSizes() {
        assertThatThrownBy(() -> BouncyCastleSigning.generateKey(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("256");
    }

    @Test
    void aKeyShowsOnlyItsSize() {
        CertificateKey key = Vectors.clientKey();
        assertThat(key).hasToString("CertificateKey[RSA 2048]");
        assertThat(BouncyCastleSigning.signatureVerification(key).toString())
                .isEqualTo("SignatureVerification[CertificateKey[RSA 2048]]");
    }

    @Test
    void readPublicKeyRejectsAPrivateKey() {
        assertThatThrownBy(() -> BouncyCastleSigning.readPublicKey(Vectors.text("client-key-pkcs1.pem")))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("private key where a public key is expected");
    }
}
