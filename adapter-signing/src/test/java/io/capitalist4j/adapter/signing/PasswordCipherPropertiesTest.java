package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.auth.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PasswordCipherPropertiesTest {

    private static final CertificateKey KEY_2048 = Vectors.clientKey();
    private static final CertificateKey KEY_1024 = Vectors.serverKey();
    private static final TokenKey TOKEN_2048 = new TokenKey("", "", Vectors.text("client-pub-pkcs1.pem"));
    private static final TokenKey TOKEN_1024 = new TokenKey(
            KEY_1024.publicKey().getModulus().toString(16), KEY_1024.publicKey().getPublicExponent().toString(16), "");
    private static final int LIMIT_2048 = 245;

    private final PasswordCipherPort cipher = BouncyCastleSigning.passwordCipher();

    /** Passwords from 0 to 245 UTF-8 bytes: ASCII, Cyrillic (2 bytes), CJK (3 bytes), emoji (4 bytes). */
    private static Gen<String> passwordsThatFit() {
        Gen<String> ascii = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 245);
        Gen<String> cyrillic = strings().betweenCodePoints(0x400, 0x4FF).ofLengthBetween(0, 130);
        Gen<String> wide = strings().betweenCodePoints(0x4E00, 0x4E80).ofLengthBetween(0, 90);
        Gen<String> emoji = strings().betweenCodePoints(0x1F300, 0x1F5FF).ofLengthBetween(0, 70);
        return ascii.mix(cyrillic).mix(wide).mix(emoji).map(PasswordCipherPropertiesTest::cutToFit);
    }

    private static String cutToFit(String password) {
        String cut = password;
        while (cut.getBytes(StandardCharsets.UTF_8).length > LIMIT_2048) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut;
    }

    @Test
    void everyPasswordUpToTheKeyLimitDecryptsBackToItself() {
        qt().withExamples(60).forAll(passwordsThatFit()).checkAssert(password -> {
            String hex = cipher.encryptHex(TOKEN_2048, Secret.of(password));

            assertThat(hex).hasSize(512).matches("[0-9a-f]+");
            assertThat(new String(BankHalf.decrypt(Vectors.clientPrivateKey(), hex), StandardCharsets.UTF_8))
                    .isEqualTo(password);
        });
    }

    @Test
    void everyPasswordLongerThanTheKeyLimitFailsClearlyWithoutShowingIt() {
        Gen<String> tooLong = strings().betweenCodePoints(0x400, 0x4FF).ofLengthBetween(123, 300);
        qt().withExamples(30).forAll(tooLong).checkAssert(password ->
                assertThatThrownBy(() -> cipher.encryptHex(TOKEN_2048, Secret.of(password)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("the password is longer than the 245 UTF-8 bytes an RSA-2048 key can encrypt"));
    }

    @Test
    void theLimitIsExactlyModulusBytesMinusEleven() {
        String fits2048 = "ж".repeat(122) + "a";
        assertThat(fits2048.getBytes(StandardCharsets.UTF_8)).hasSize(245);
        assertThat(BankHalf.decrypt(Vectors.clientPrivateKey(), cipher.encryptHex(TOKEN_2048, Secret.of(fits2048))))
                .isEqualTo(fits2048.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> cipher.encryptHex(TOKEN_2048, Secret.of(fits2048 + "a")))
                .hasMessageContaining("245");

        String fits1024 = "p".repeat(117);
        assertThat(BankHalf.decrypt(Vectors.serverPrivateKey(), cipher.encryptHex(TOKEN_1024, Secret.of(fits1024))))
                .isEqualTo(fits1024.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> cipher.encryptHex(TOKEN_1024, Secret.of(fits1024 + "p")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the password is longer than the 117 UTF-8 bytes an RSA-1024 key can encrypt");
    }

    @Test
    void theHexIsLeftPaddedToTheFullModulusLength() {
        // about one ciphertext in 256 starts with a zero byte; 1500 tries make missing padding visible
        for (int i = 0; i < 1500; i++) {
            assertThat(cipher.encryptHex(TOKEN_1024, Secret.of("pw"))).hasSize(256);
        }
    }
}
