package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateKeyTest {

    @Test
    void aPkcs8AndAPkcs1FileOfOneKeyLoadAsTheSameKey() {
        assertThat(BouncyCastleSigning.loadKey(Vectors.path("client-key-pkcs8.pem"))).isEqualTo(Vectors.clientKey());
    }

    @Test
    void theVectorKeysHaveTheirDocumentedSizes() {
        assertThat(Vectors.clientKey().bits()).isEqualTo(2048);
        assertThat(Vectors.serverKey().bits()).isEqualTo(1024);
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
