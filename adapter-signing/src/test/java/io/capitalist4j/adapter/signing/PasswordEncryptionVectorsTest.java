package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PasswordEncryptionVectorsTest {

    private static final JsonNode SECTION = Vectors.json().path("password_encryption");
    private static final JsonNode TOKEN = SECTION.path("get_token_data");
    private final PasswordCipherPort cipher = BouncyCastleSigning.passwordCipher(new SecureRandom());

    static Stream<Arguments> cases() {
        assertThat(SECTION.path("server_private_key").asText()).isEqualTo("server-key-pkcs1.pem");
        return StreamSupport.stream(SECTION.path("cases").spliterator(), false)
                .map(c -> Arguments.of(c.path("password").asText(), c.path("encrypted_password_hex").asText()));
    }

    private static String decrypted(java.security.interfaces.RSAPrivateKey key, String hex) {
        return new String(BankHalf.decrypt(key, hex), StandardCharsets.UTF_8);
    }

    private static java.security.interfaces.RSAPrivateKey serverKey() {
        return Vectors.serverPrivateKey();
    }

    private static java.security.interfaces.RSAPrivateKey clientKey() {
        return Vectors.clientPrivateKey();
    }

    private static void assertWellFormed(String hex, int modulusBits) {
        assertThat(hex).hasSize(modulusBits / 4).matches("[0-9a-f]+");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theVectorCiphertextsDecryptWithTheServerKeyInEitherHexCase(String password, String hex) {
        assertThat(decrypted(serverKey(), hex)).isEqualTo(password);
        assertThat(decrypted(serverKey(), hex.toUpperCase(Locale.ROOT))).isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encryptingWithModulusAndExponentDecryptsOnTheServer(String password, String ignored) {
        TokenKey key = new TokenKey(TOKEN.path("modulus").asText(), TOKEN.path("exponent").asText(), "");

        String hex = cipher.encryptHex(key, Secret.of(password));

        assertWellFormed(hex, 1024);
        assertThat(decrypted(serverKey(), hex)).isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encryptingWithTheGetTokenPemDecryptsOnTheServer(String password, String ignored) {
        TokenKey key = new TokenKey("", "", TOKEN.path("rsa_public_key_pkcs1_pem").asText());

        String hex = cipher.encryptHex(key, Secret.of(password));

        assertWellFormed(hex, 1024);
        assertThat(decrypted(serverKey(), hex)).isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encryptingWithTheServerPublicKeyFileDecryptsOnTheServer(String password, String ignored) {
        TokenKey key = new TokenKey("bad", "bad", Vectors.text("server-pub-pkcs1.pem"));

        String hex = cipher.encryptHex(key, Secret.of(password));

        assertThat(decrypted(serverKey(), hex)).as("PEM wins over modulus/exponent").isEqualTo(password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void encryptingWithBothClientPublicKeyPemKindsDecryptsWithTheClientKey(String password, String ignored) {
        for (String pem : new String[] {"client-pub-pkcs1.pem", "client-pub-spki.pem"}) {
            String hex = cipher.encryptHex(new TokenKey("", "", Vectors.text(pem)), Secret.of(password));

            assertWellFormed(hex, 2048);
            assertThat(decrypted(clientKey(), hex)).as(pem).isEqualTo(password);
        }
    }

    @Test
    void theGetTokenPemAndTheModulusAndExponentAreTheSameKeyAsTheServerKey() {
        assertThat(BouncyCastleSigning.readPublicKey(TOKEN.path("rsa_public_key_pkcs1_pem").asText()))
                .isEqualTo(Vectors.serverKey().publicKey())
                .isEqualTo(BouncyCastleSigning.publicKey(TOKEN.path("modulus").asText(), TOKEN.path("exponent").asText()))
                .isEqualTo(BouncyCastleSigning.publicKey(TOKEN.path("modulus").asText().toUpperCase(Locale.ROOT), "10001"));
    }

    @Test
    void twoEncryptionsOfOnePasswordDifferBecauseThePaddingIsRandom() {
        TokenKey key = new TokenKey(TOKEN.path("modulus").asText(), TOKEN.path("exponent").asText(), "");
        assertThat(cipher.encryptHex(key, Secret.of("mypassword")))
                .isNotEqualTo(cipher.encryptHex(key, Secret.of("mypassword")));
    }

    @Test
    void aBrokenModulusIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> cipher.encryptHex(new TokenKey("zz-not-hex", "10001", ""), Secret.of("pw")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modulus is not a hex number")
                .hasMessageNotContaining("zz-not-hex");
        assertThatThrownBy(() -> cipher.encryptHex(new TokenKey("", "", "not a pem"), Secret.of("pw")))
                .isInstanceOf(KeyFileException.class)
                .hasMessageContaining("not PEM");
    }
}
