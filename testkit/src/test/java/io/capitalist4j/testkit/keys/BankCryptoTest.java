package io.capitalist4j.testkit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BankCryptoTest {

    private static final TestKey CLIENT = TestKey.fromPkcs1Pem(Vectors.text("client-key-pkcs1.pem"));
    private static final TestKey SERVER = TestKey.fromPkcs1Pem(Vectors.text("server-key-pkcs1.pem"));

    @Test
    void everyVectorSignatureVerifiesWithBothPublicKeyPemKindsAndNotWithAnotherKey() {
        RSAPublicKey pkcs1 = BankCrypto.readPublicKey(Vectors.text("client-pub-pkcs1.pem"));
        RSAPublicKey spki = BankCrypto.readPublicKey(Vectors.text("client-pub-spki.pem"));
        assertThat(pkcs1).isEqualTo(spki).isEqualTo(CLIENT.publicKey());
        JsonNode cases = Vectors.json().path("batch_signatures").path("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(5);
        for (JsonNode c : cases) {
            byte[] bytes = Base64.getDecoder().decode(c.path("batch_base64").asText());
            String signature = c.path("signature_base64").asText();
            assertThat(BankCrypto.verifySignature(pkcs1, bytes, signature)).as(c.path("name").asText()).isTrue();
            assertThat(BankCrypto.verifySignature(SERVER.publicKey(), bytes, signature)).as("someone else's key").isFalse();
        }
    }

    @Test
    void badSignaturesAreSimplyInvalid() {
        String text = "CAPITALIST;U1;1.00;USD;1;x";
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        String good = BouncyCastleSigning.sign(CLIENT.certificateKey(), BatchText.of(text));

        assertThat(BankCrypto.verifySignature(CLIENT.publicKey(), data, good)).isTrue();
        for (String bad : new String[] {"", "not base64!", "QUJD", good.substring(4), null}) {
            assertThat(BankCrypto.verifySignature(CLIENT.publicKey(), data, bad)).as(String.valueOf(bad)).isFalse();
        }
        assertThat(BankCrypto.verifySignature(null, data, good)).isFalse();
        assertThat(BankCrypto.verifySignature(CLIENT.publicKey(), null, good)).isFalse();
    }

    @Test
    void everyVectorPasswordDecryptsWithTheServerKeyInEitherHexCase() {
        JsonNode cases = Vectors.json().path("password_encryption").path("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(3);
        for (JsonNode c : cases) {
            String hex = c.path("encrypted_password_hex").asText();
            String password = c.path("password").asText();
            assertThat(decrypted(hex)).isEqualTo(password);
            assertThat(decrypted(hex.toUpperCase(Locale.ROOT))).isEqualTo(password);
        }
    }

    private static String decrypted(String hex) {
        return new String(BankCrypto.decryptPasswordHex(SERVER.privateKey(), hex), StandardCharsets.UTF_8);
    }

    @Test
    void aCiphertextThatIsNotForThisKeyOrNotHexIsRefused() {
        String hex = Vectors.json().path("password_encryption").path("cases").get(0).path("encrypted_password_hex").asText();
        assertThatThrownBy(() -> BankCrypto.decryptPasswordHex(CLIENT.privateKey(), hex))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encrypted password does not decrypt with this RSA-2048 key");
        assertThatThrownBy(() -> BankCrypto.decryptPasswordHex(SERVER.privateKey(), "ab".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encrypted password does not decrypt with this RSA-1024 key");
        assertThatThrownBy(() -> BankCrypto.decryptPasswordHex(SERVER.privateKey(), "xyz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encrypted password is not an even-length hex string");
        assertThatThrownBy(() -> BankCrypto.decryptPasswordHex(SERVER.privateKey(), "ab".repeat(129)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the encrypted password does not decrypt with this RSA-1024 key");
    }

    @Test
    void whatTheClientsPasswordCipherSendsDecryptsOnTheBanksSide() {
        var token = new io.capitalist4j.application.port.out.TokenKey("", "", SERVER.publicKeyPem());
        String hex = BouncyCastleSigning.passwordCipher().encryptHex(token, Secret.of("пароль"));
        assertThat(decrypted(hex)).isEqualTo("пароль");
    }

    @Test
    void everyVectorPinHashIsTheLowerCaseMd5OfThePin() {
        JsonNode cases = Vectors.json().path("pin_verification").path("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(2);
        for (JsonNode c : cases) {
            assertThat(BankCrypto.pinHash(Secret.of(c.path("pin").asText())))
                    .isEqualTo(c.path("verification_data").asText());
        }
    }
}
