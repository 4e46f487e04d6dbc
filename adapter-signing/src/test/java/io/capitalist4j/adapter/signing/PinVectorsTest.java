package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.batch.VerificationMethod;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PinVectorsTest {

    static Stream<Arguments> cases() {
        return StreamSupport.stream(Vectors.json().path("pin_verification").path("cases").spliterator(), false)
                .map(c -> Arguments.of(c.path("pin").asText(), c.path("verification_data").asText()));
    }

    @ParameterizedTest(name = "PIN {0}")
    @MethodSource("cases")
    void thePinHashEqualsTheVector(String pin, String expected) {
        assertThat(BouncyCastleSigning.pinHash(Secret.of(pin))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "PIN {0}")
    @MethodSource("cases")
    void thePinVerificationSendsTheHashEvenAfterTheCallerWipedThePin(String pin, String expected) {
        Secret secret = Secret.of(pin);
        var port = BouncyCastleSigning.pinVerification(secret);
        secret.wipe();

        Verification verification = port.verificationFor(BatchText.of("CAPITALIST;U1;1.00;USD;1;x"));

        assertThat(verification.method()).isEqualTo(VerificationMethod.PIN);
        assertThat(verification.data()).contains(expected);
        assertThat(port.toString()).doesNotContain(pin).doesNotContain(expected);
    }

    @Test
    void anEmptyPinIsRejected() {
        assertThatThrownBy(() -> BouncyCastleSigning.pinHash(Secret.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the PIN is empty");
    }

    @Test
    void aNonAsciiPinIsHashedAsUtf8() {
        // md5("пин") as PHP computes it over the UTF-8 bytes
        assertThat(BouncyCastleSigning.pinHash(Secret.of("пин"))).isEqualTo("fcd398939e2d717b62eb75d4a18eb6e9");
    }

    @Test
    void mobileVerificationSendsNothing() {
        Verification verification = BouncyCastleSigning.mobileVerification().verificationFor(BatchText.of("x"));
        assertThat(verification.method()).isEqualTo(VerificationMethod.MOBILE);
        assertThat(verification.data()).isEmpty();
    }
}
