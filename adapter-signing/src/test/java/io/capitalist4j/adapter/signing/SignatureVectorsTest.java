package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.batch.VerificationMethod;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignatureVectorsTest {

    static Stream<Arguments> cases() {
        JsonNode signatures = Vectors.json().path("batch_signatures");
        assertThat(signatures.path("key").asText()).isEqualTo("client-key-pkcs1.pem");
        return StreamSupport.stream(signatures.path("cases").spliterator(), false)
                .map(c -> Arguments.of(c.path("name").asText(),
                        Base64.getDecoder().decode(c.path("batch_base64").asText()),
                        c.path("signature_base64").asText()));
    }

    private static BatchText batch(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).as("vector is valid UTF-8").isEqualTo(bytes);
        return BatchText.of(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signsEveryVectorBatchByteIdenticallyWithThePkcs1Key(String name, byte[] bytes, String expected) {
        assertThat(BouncyCastleSigning.sign(Vectors.clientKey(), batch(bytes))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void signsEveryVectorBatchByteIdenticallyWithThePkcs8Key(String name, byte[] bytes, String expected) {
        CertificateKey pkcs8 = BouncyCastleSigning.loadKey(Vectors.path("client-key-pkcs8.pem"));
        assertThat(BouncyCastleSigning.sign(pkcs8, batch(bytes))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSignatureVerificationPortSendsTheVectorSignature(String name, byte[] bytes, String expected) {
        Verification verification = BouncyCastleSigning.signatureVerification(Vectors.clientKey())
                .verificationFor(batch(bytes));
        assertThat(verification.method()).isEqualTo(VerificationMethod.SIGNATURE);
        assertThat(verification.data()).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theVectorSignaturesVerifyWithBothPublicKeyPemKinds(String name, byte[] bytes, String expected) {
        RSAPublicKey pkcs1 = BouncyCastleSigning.readPublicKey(Vectors.text("client-pub-pkcs1.pem"));
        RSAPublicKey spki = BouncyCastleSigning.readPublicKey(Vectors.text("client-pub-spki.pem"));
        assertThat(BankHalf.verifies(pkcs1, bytes, expected)).isTrue();
        assertThat(BankHalf.verifies(spki, bytes, expected)).isTrue();
        assertThat(BankHalf.verifies(
                Vectors.serverKey().publicKey(), bytes, expected)).as("someone else's key").isFalse();
    }
}
